#pragma once

#include "storage/entity.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QTimer;

namespace pressdesk {

class Database;
class SqliteFileLocks;

// The SQLite side of Database (as PostgresStore is the server's): creating the file private
// to its user, telling a Pressdesk file from another or a damaged one before anything is
// written, WAL and the other settings, migrations (migrations/sqlite) with a copy of the file
// kept before an upgrade, the file locks that keep other processes from deleting the WAL,
// and noticing other processes' commits through data_version.
class SqliteStore final : public QObject
{
    Q_OBJECT

public:
    // database: the owner, for transactions and the copy before an upgrade.
    explicit SqliteStore(Database &database);
    ~SqliteStore() override;

    // Opens db (a QSQLITE connection named connectionName) on the file at path, creating it
    // when it does not exist; busyTimeoutMs is how long a statement waits for another
    // process's lock.
    bool open(QSqlDatabase &db, const QString &connectionName, const QString &path, int busyTimeoutMs);
    // Releases the file (its locks, the process's list of open files); the caller closes db.
    void close();

    QString errorString() const { return m_error; }
    // open() created the file.
    bool wasCreated() const { return m_created; }
    // open() failed because the file is damaged (not locked, not too new).
    bool isDamaged() const { return m_damaged; }
    QString nameCollation() const;

    static int schemaVersion(const QSqlDatabase &db);
    // Problems found by SQLite's integrity and foreign key checks and the search indexes'.
    static QStringList check(const QSqlDatabase &db);

    // See Database::guardWrites (throws StorageError).
    void guardWrites();
    bool locksStillHeld() const;
    bool writesStopped() const { return !m_stopReason.isEmpty(); }
    QString stopReason() const { return m_stopReason; }
    int locksRestored() const { return m_locksRestored; }

    // Polls data_version every intervalMs and emits changed() for every entity when another
    // process committed.
    void watchOtherWriters(int intervalMs);

Q_SIGNALS:
    void changed(pressdesk::Entity entity);
    void writesHalted(const QString &reason);

private:
    bool fail(const QString &message);
    bool checkLocation();
    bool createPrivateFile();
    bool identify(int &userVersion);
    bool quickCheck();
    bool configure();
    void setWalMode(); // throws StorageError
    bool migrate(int fromVersion);

    Database &m_database;
    QSqlDatabase *m_db = nullptr;
    QString m_path;
    QString m_error;
    int m_busyTimeoutMs = 5000;
    bool m_created = false;
    bool m_damaged = false;
    bool m_localeCollation = false;
    bool m_registered = false; // in OpenDatabaseFiles
    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1;
    std::unique_ptr<SqliteFileLocks> m_locks;
    QString m_stopReason;
    int m_locksRestored = 0;
};

} // namespace pressdesk
