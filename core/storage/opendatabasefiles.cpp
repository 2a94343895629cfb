#include "opendatabasefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <sys/stat.h>

namespace pressdesk {

namespace {

struct OpenFile
{
    QString path;
    dev_t device = 0;
    ino_t inode = 0;
    int users = 0;
};

QMutex registryMutex;
QList<OpenFile> registry; // guarded by registryMutex

const char *const companionSuffixes[] = { "-wal", "-shm", "-journal" };

bool identify(const QString &path, dev_t &device, ino_t &inode)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    device = info.st_dev;
    inode = info.st_ino;
    return true;
}

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

void OpenDatabaseFiles::add(const QString &databasePath)
{
    OpenFile file;
    file.path = normalized(databasePath);
    identify(file.path, file.device, file.inode);
    QMutexLocker lock(&registryMutex);
    for (OpenFile &known : registry) {
        if (known.path == file.path) {
            ++known.users;
            return;
        }
    }
    file.users = 1;
    registry.append(file);
}

void OpenDatabaseFiles::remove(const QString &databasePath)
{
    const QString path = normalized(databasePath);
    QMutexLocker lock(&registryMutex);
    for (qsizetype i = 0; i < registry.size(); ++i) {
        if (registry[i].path == path && --registry[i].users <= 0) {
            registry.removeAt(i);
            return;
        }
    }
}

bool OpenDatabaseFiles::contains(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString candidate = normalized(path);
    dev_t device = 0;
    ino_t inode = 0;
    const bool exists = identify(candidate, device, inode);
    // The companions of a file reached through a link or another spelling of its folder.
    QString base = candidate;
    for (const char *suffix : companionSuffixes) {
        if (candidate.endsWith(QLatin1String(suffix))) {
            base = candidate.chopped(int(qstrlen(suffix)));
            break;
        }
    }
    dev_t baseDevice = 0;
    ino_t baseInode = 0;
    const bool baseExists = base != candidate && identify(base, baseDevice, baseInode);

    QMutexLocker lock(&registryMutex);
    for (const OpenFile &known : std::as_const(registry)) {
        if (known.path == candidate || known.path == base)
            return true;
        if (known.inode == 0)
            continue;
        if (exists && known.device == device && known.inode == inode)
            return true;
        if (baseExists && known.device == baseDevice && known.inode == baseInode)
            return true;
    }
    // The WAL and shared-memory files of an open database have inodes of their own.
    for (const OpenFile &known : std::as_const(registry)) {
        for (const char *suffix : companionSuffixes) {
            dev_t companionDevice = 0;
            ino_t companionInode = 0;
            if (exists && identify(known.path + QLatin1String(suffix), companionDevice, companionInode)
                && companionDevice == device && companionInode == inode)
                return true;
        }
    }
    return false;
}

QString OpenDatabaseFiles::refusal(const QString &path)
{
    return QCoreApplication::translate("OpenDatabaseFiles",
        "%1 is the newsroom database Pressdesk has open (or one of its working files). Pressdesk does "
        "not read or write it as an ordinary file, so that no work is lost; choose another file.")
        .arg(QDir::toNativeSeparators(path));
}

bool OpenDatabaseFiles::isCompanionFile(const QString &path)
{
    for (const char *suffix : companionSuffixes) {
        if (path.endsWith(QLatin1String(suffix)))
            return QFileInfo::exists(path.chopped(int(qstrlen(suffix))));
    }
    return false;
}

} // namespace pressdesk
