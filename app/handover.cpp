#include "handover.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace pressdesk {

namespace {

constexpr const char *startVariable = "PRESSDESK_STARTED_AT_MS";

QString siblingPath()
{
    // Linux: the running binary, wherever it was called from.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    const QString folder = QFileInfo(self.symLinkTarget()).absolutePath();
    return folder + QStringLiteral("/pressdesk-gui");
}

} // namespace

int Handover::toFullApplication(int argc, char *argv[], long long startedAtMs)
{
    const QByteArray path = siblingPath().toLocal8Bit();
    // The full binary reports start-up time from the moment this process started.
    const QByteArray started = QByteArray::number(startedAtMs);
    ::setenv(startVariable, started.constData(), 1);
    argv[0] = const_cast<char *>(path.constData());
    (void)argc;
    ::execv(path.constData(), argv);
    std::fprintf(stderr, "pressdesk: cannot start %s: %s\n", path.constData(), std::strerror(errno));
    return 1;
}

long long Handover::inheritedStartMs()
{
    const char *value = std::getenv(startVariable);
    if (!value)
        return -1;
    const long long started = std::atoll(value);
    ::unsetenv(startVariable); // not for the processes this one starts
    return started > 0 ? started : -1;
}

} // namespace pressdesk
