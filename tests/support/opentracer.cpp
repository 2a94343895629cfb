#include "opentracer.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <dlfcn.h>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <vector>

namespace {

struct Record
{
    std::string path;
    std::string library;
};

std::atomic<bool> tracing { false };
std::mutex guard;
std::vector<std::string> watched; // guarded
std::vector<Record> records; // guarded

void note(const char *path, void *caller)
{
    if (!tracing.load() || !path)
        return;
    std::lock_guard<std::mutex> lock(guard);
    for (const std::string &candidate : watched) {
        if (candidate == path) {
            Dl_info info {};
            const char *library = dladdr(caller, &info) && info.dli_fname ? info.dli_fname : "?";
            records.push_back({ path, library });
            return;
        }
    }
}

template<typename Function>
Function real(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

bool takesMode(int flags)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}

} // namespace

extern "C" {

int open64(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = static_cast<mode_t>(va_arg(arguments, int));
        va_end(arguments);
    }
    note(path, __builtin_return_address(0));
    static const auto next = real<int (*)(const char *, int, ...)>("open64");
    return next(path, flags, mode);
}

int open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = static_cast<mode_t>(va_arg(arguments, int));
        va_end(arguments);
    }
    note(path, __builtin_return_address(0));
    static const auto next = real<int (*)(const char *, int, ...)>("open");
    return next(path, flags, mode);
}

int openat64(int folder, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = static_cast<mode_t>(va_arg(arguments, int));
        va_end(arguments);
    }
    note(path, __builtin_return_address(0));
    static const auto next = real<int (*)(int, const char *, int, ...)>("openat64");
    return next(folder, path, flags, mode);
}

int openat(int folder, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = static_cast<mode_t>(va_arg(arguments, int));
        va_end(arguments);
    }
    note(path, __builtin_return_address(0));
    static const auto next = real<int (*)(int, const char *, int, ...)>("openat");
    return next(folder, path, flags, mode);
}

FILE *fopen(const char *path, const char *mode)
{
    note(path, __builtin_return_address(0));
    static const auto next = real<FILE *(*)(const char *, const char *)>("fopen");
    return next(path, mode);
}

FILE *fopen64(const char *path, const char *mode)
{
    note(path, __builtin_return_address(0));
    static const auto next = real<FILE *(*)(const char *, const char *)>("fopen64");
    return next(path, mode);
}

} // extern "C"

namespace pressdesk::test {

bool OpenTracer::isAvailable()
{
    return true;
}

void OpenTracer::watch(const QStringList &paths)
{
    std::lock_guard<std::mutex> lock(guard);
    watched.clear();
    records.clear();
    for (const QString &path : paths)
        watched.push_back(path.toStdString());
    tracing = true;
}

void OpenTracer::stop()
{
    tracing = false;
}

QList<OpenTracer::Open> OpenTracer::opens()
{
    std::lock_guard<std::mutex> lock(guard);
    QList<Open> result;
    for (const Record &record : records)
        result.append({ QString::fromStdString(record.path), QString::fromStdString(record.library) });
    return result;
}

} // namespace pressdesk::test

#else

namespace pressdesk::test {

bool OpenTracer::isAvailable()
{
    return false;
}
void OpenTracer::watch(const QStringList &)
{ }
void OpenTracer::stop()
{ }
QList<OpenTracer::Open> OpenTracer::opens()
{
    return {};
}

} // namespace pressdesk::test

#endif

namespace pressdesk::test {

QList<OpenTracer::Open> OpenTracer::opensNotBySqlite()
{
    QList<Open> result;
    const QList<Open> all = opens();
    for (const Open &open : all) {
        if (!open.library.contains(QLatin1String("libsqlite3")) && !open.library.contains(QLatin1String("libqsqlite")))
            result.append(open);
    }
    return result;
}

} // namespace pressdesk::test
