#include "sqlitefilelocks.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#ifdef PRESSDESK_SYSTEM_SQLITE
#include <sqlite3.h>
#endif

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/sysmacros.h>
#endif

namespace pressdesk {

namespace {

#if defined(Q_OS_LINUX)
// SQLite's unix VFS: a SHARED lock is a read lock on 510 bytes after the pending byte, and
// an open -shm holds a read lock on the byte after the eight WAL locks (offset 128).
constexpr long long pendingByte = 0x40000000LL;
constexpr long long sharedFirst = pendingByte + 2;
constexpr long long sharedSize = 510;
constexpr long long shmDeadMansSwitch = 128;

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool valid = false;
};

FileId fileId(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return { info.st_dev, info.st_ino, true };
}

// Does this process hold a lock covering offset on the file? Reads /proc/locks, whose lines
// look like "3: POSIX  ADVISORY  READ 1234 08:01:5678 128 128" (device numbers in hex).
bool holdsLockAt(const FileId &file, long long offset)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!file.valid || !locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray device = QByteArray::number(major(file.device), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(file.device), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(qulonglong(file.inode));
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(1) != "POSIX" || fields.at(4) != pid || fields.at(5) != device)
            continue;
        bool ok = false;
        const long long start = fields.at(6).toLongLong(&ok);
        if (!ok)
            continue;
        const long long end =
            fields.at(7) == "EOF" ? std::numeric_limits<long long>::max() : fields.at(7).toLongLong(&ok);
        if (ok && start <= offset && offset <= end)
            return true;
    }
    return false;
}

// A descriptor SQLite holds on the file, found without opening anything: /proc/self/fd
// lists them, fstat identifies them.
int descriptorOf(const FileId &file)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    const QStringList entries = fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const int fd = entry.toInt(&ok);
        struct stat info
        {
        };
        if (ok && ::fstat(fd, &info) == 0 && info.st_dev == file.device && info.st_ino == file.inode)
            return fd;
    }
    return -1;
}

bool readLock(int fd, long long start, long long length)
{
    struct flock lock
    {
    };
    lock.l_type = F_RDLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    return ::fcntl(fd, F_SETLK, &lock) == 0;
}
#endif

} // namespace

SqliteFileLocks::SqliteFileLocks(const QString &databasePath)
    : m_path(databasePath)
{ }

void SqliteFileLocks::calibrate()
{
    m_calibrated = false;
#if defined(Q_OS_LINUX)
    const FileId database = fileId(m_path);
    const FileId shm = fileId(m_path + QLatin1String("-shm"));
    const FileId wal = fileId(m_path + QLatin1String("-wal"));
    if (!wal.valid || !holdsLockAt(database, sharedFirst) || !holdsLockAt(shm, shmDeadMansSwitch))
        return;
    m_walDevice = wal.device;
    m_walInode = wal.inode;
    m_calibrated = true;
#endif
}

SqliteFileLocks::State SqliteFileLocks::state() const
{
    if (!m_calibrated)
        return State::Unknown;
#if defined(Q_OS_LINUX)
    const bool held = holdsLockAt(fileId(m_path), sharedFirst)
        && holdsLockAt(fileId(m_path + QLatin1String("-shm")), shmDeadMansSwitch);
    return held ? State::Held : State::Lost;
#else
    return State::Unknown;
#endif
}

bool SqliteFileLocks::walIsTheSame() const
{
    if (!m_calibrated)
        return true;
#if defined(Q_OS_LINUX)
    const FileId wal = fileId(m_path + QLatin1String("-wal"));
    return wal.valid && static_cast<unsigned long long>(wal.device) == m_walDevice
        && static_cast<unsigned long long>(wal.inode) == m_walInode;
#else
    return true;
#endif
}

bool SqliteFileLocks::restore() const
{
#if defined(Q_OS_LINUX)
    const FileId database = fileId(m_path);
    const FileId shm = fileId(m_path + QLatin1String("-shm"));
    const int databaseFd = descriptorOf(database);
    const int shmFd = descriptorOf(shm);
    if (databaseFd < 0 || shmFd < 0)
        return false;
    if (!holdsLockAt(database, sharedFirst) && !readLock(databaseFd, sharedFirst, sharedSize))
        return false;
    if (!holdsLockAt(shm, shmDeadMansSwitch) && !readLock(shmFd, shmDeadMansSwitch, 1))
        return false;
    return state() == State::Held;
#else
    return false;
#endif
}

bool SqliteFileLocks::usedByAnotherProcess(const QString &databasePath)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(databasePath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // Any connection holds at least a read lock on the shared range (in WAL mode, all the
    // time); asking for a write lock there reports it.
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0x40000000LL; // the pending byte, the reserved byte and the shared range
    lock.l_len = 512;
    const bool used = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return used;
#else
    Q_UNUSED(databasePath)
    return false;
#endif
}

bool SqliteFileLocks::keepWalPersistent(const QSqlDatabase &connection)
{
#ifdef PRESSDESK_SYSTEM_SQLITE
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *db = *static_cast<sqlite3 *const *>(handle.constData());
    int persist = 1;
    return db && sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist) == SQLITE_OK;
#else
    Q_UNUSED(connection)
    return false;
#endif
}

} // namespace pressdesk
