#pragma once

#include <QString>

class QSqlDatabase;

namespace pressdesk {

// What the operating system says about the locks SQLite believes it holds on a database in
// WAL mode, and the one repair that is safe. Each open connection of a process keeps a
// shared lock on the database file and a read lock on the "dead man's switch" byte of the
// -shm file; another process that sees neither believes it is the last user, checkpoints
// and (without a persistent WAL) deletes the WAL and -shm files. POSIX drops those locks as
// soon as anything in the process closes any descriptor of either file.
//
// Linux only (it reads /proc/locks and /proc/self/fd); elsewhere every answer is Unknown.
class SqliteFileLocks final
{
public:
    enum class State { Held, Lost, Unknown };

    explicit SqliteFileLocks(const QString &databasePath);

    // Call once the connection holds its locks (after the first read in WAL mode): it
    // checks that the probe sees them, otherwise every later answer is Unknown (a sandbox
    // without /proc/locks), and it remembers which WAL file is on disk.
    void calibrate();
    bool isCalibrated() const { return m_calibrated; }

    State state() const;
    // False when the WAL on disk is no longer the file that was there at calibrate() (it
    // was deleted or replaced by another program): writes would go to an orphan.
    bool walIsTheSame() const;
    // Takes the locks back through SQLite's own descriptors. Safe only between
    // transactions, when SQLite holds exactly these two; false when another process holds
    // a conflicting lock right now (try again) or nothing could be found.
    bool restore() const;

    // True when another process holds a lock on the database file (a connection is open).
    // It opens the file to ask: call it only where this process has no connection to it.
    static bool usedByAnotherProcess(const QString &databasePath);

    // Makes the connection keep its WAL and -shm files when it closes, so that a process
    // that wrongly thinks it is the last one never deletes them under another's feet.
    static bool keepWalPersistent(const QSqlDatabase &connection);

private:
    QString m_path;
    bool m_calibrated = false;
    unsigned long long m_walDevice = 0;
    unsigned long long m_walInode = 0;
};

} // namespace pressdesk
