#pragma once

#include "entity.h"
#include "sqldialect.h"
#include "storelocation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QTimer;

namespace pressdesk {

class PostgresStore;
class SqliteStore;

// One open newsroom: the store behind every repository and list. It is a Pressdesk file
// (sqlite/SqliteStore: SQLite, the default and the offline mode) or a PostgreSQL server
// shared by a team (postgres/PostgresStore); dialect() says how the SQL of the two differs. Opening checks
// what the store is before anything is written, applies pending migrations (from
// migrations/<backend>) and refuses a store from a newer Pressdesk untouched. Repositories
// announce their committed writes through changed(); other writers' commits arrive the same
// way (SQLite's data_version, PostgreSQL's LISTEN/NOTIFY).
class Database final : public QObject
{
    Q_OBJECT

public:
    struct IntegrityReport
    {
        bool healthy = false;
        int schemaVersion = 0;
        QStringList problems;
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Milliseconds a statement waits for another process's lock before failing.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    // A file path or a postgresql:// URI (StoreLocation).
    bool open(const QString &location);
    bool open(const StoreLocation &location);
    // Creates Pressdesk's schema in an empty PostgreSQL database (pressdesk team init): refuses
    // a database that holds other tables, naming them. A Pressdesk database is upgraded.
    bool initialize(const StoreLocation &location);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    StoreBackend backend() const { return m_location.backend(); }
    bool isServer() const { return backend() == StoreBackend::Postgres; }
    const SqlDialect &dialect() const { return m_dialect; }
    const StoreLocation &location() const { return m_location; }
    // The file's path; for a server, its URI without the password.
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // The last open() failed because the file is damaged (not locked, not too new): the
    // newest good backup or a salvage may help.
    bool isDamaged() const { return m_damaged; }
    QSqlDatabase connection() const { return m_db; }
    int schemaVersion() const;
    // The collation for ORDER BY on names: LocaleCollation's, which follows the default
    // locale as it was when the file was opened, or NOCASE when it could not be registered.
    QString nameCollation() const;
    // True when open() had to create the file: the caller may seed it.
    bool wasCreated() const { return m_created; }

    IntegrityReport check() const;
    // After a bulk write (copy, demo): fresh planner statistics on a server, where a search
    // asks the planner how much it will match (ListReader); autovacuum gathers them only
    // some time later. Best effort: the server skips, with a warning, tables the role does
    // not own. Nothing on a file.
    void refreshStatistics();

    // The same on both backends: a schema version means the same tables everywhere.
    static int latestSchemaVersion();
    static constexpr qint32 applicationId = 0x50524453; // "PRDS"

    // Called by repositories after a successful commit. id 0 means "many rows".
    void notifyChanged(Entity entity, qint64 id) { Q_EMIT changed(entity, id); }

    // Notices commits by other processes (another Pressdesk on the same file) by polling
    // SQLite's data_version, a cheap counter, and announces them as changed(entity, 0) for
    // every entity so that lists reload. On a server, other people's commits arrive through
    // LISTEN/NOTIFY, and every intervalMs the server is asked whether it is still there: when
    // it is not, reachabilityChanged(false) and a new session is tried at each interval until
    // one opens (reachabilityChanged(true), then changed() for every entity).
    void watchOtherWriters(int intervalMs);
    // A server answered the last heartbeat (always true for a file).
    bool isReachable() const { return m_reachable; }
    // Counts the sessions opened since open(): statements prepared on an earlier one are gone.
    int session() const { return m_session; }

    // Used by Transaction to nest with savepoints.
    int &transactionDepth() { return m_transactionDepth; }
    // The statement that begins a write transaction.
    const char *beginStatement() const { return isServer() ? "BEGIN" : "BEGIN IMMEDIATE"; }

    // Called before every write transaction (throws StorageError). Checks that this
    // process still holds SQLite's locks on the file and that the WAL on disk is the one
    // SQLite writes to. Locks dropped by a stray close elsewhere in the process are taken
    // back; a WAL deleted or replaced by another program stops all writing for the rest of
    // the session (writesStopped), so that nothing more goes where no one can read it.
    void guardWrites();
    // After BEGIN IMMEDIATE: false when the locks went missing meanwhile.
    bool locksStillHeld() const;
    bool writesStopped() const;
    QString stopReason() const;
    // How many times lost locks were taken back (for the log and the tests).
    int locksRestored() const;

Q_SIGNALS:
    void changed(pressdesk::Entity entity, qint64 id);
    void writesHalted(const QString &reason);
    void reachabilityChanged(bool reachable, const QString &reason);
    // On a server: someone took or let go of an edit lock (PresenceRepository); heartbeats
    // and locks that lapse are not announced.
    void presenceChanged();

private:
    bool fail(const QString &message);
    bool openFile();
    bool openServer(bool createSchema);
    void checkServer();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    StoreLocation m_location;
    SqlDialect m_dialect;
    PostgresStore *m_server = nullptr;
    SqliteStore *m_file = nullptr;
    QString m_error;
    int m_busyTimeoutMs = 5000;
    int m_transactionDepth = 0;
    bool m_created = false;
    bool m_damaged = false;
    QTimer *m_heartbeat = nullptr;
    bool m_reachable = true;
    int m_heartbeatMs = 0;
    int m_session = 0;
    QStringList m_endedSessions; // connections of sessions that ended, removed by close()
};

} // namespace pressdesk
