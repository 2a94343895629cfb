#include "database.h"

#include "backups.h"
#include "localecollation.h"
#include "migrations.h"
#include "opendatabasefiles.h"
#include "postgres/postgresstore.h"
#include "query.h"
#include "sqlitefilelocks.h"
#include "storageerror.h"
#include "teamrepository.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace pressdesk {

namespace {

bool isLockedMessage(const QString &message)
{
    return message.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("pressdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

void Database::close()
{
    m_localeCollation = false;
    m_reachable = true;
    if (m_heartbeat)
        m_heartbeat->stop();
    delete m_server;
    m_server = nullptr;
    if (m_locks) {
        m_locks.reset();
        OpenDatabaseFiles::remove(m_path);
    }
    m_stopReason.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        for (const QString &name : std::as_const(m_endedSessions))
            QSqlDatabase::removeDatabase(name);
        m_endedSessions.clear();
    }
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

bool Database::open(const QString &location)
{
    QString error;
    const StoreLocation parsed = StoreLocation::parse(location, &error);
    if (!parsed.isValid()) {
        close();
        m_damaged = false;
        return fail(error);
    }
    return open(parsed);
}

bool Database::open(const StoreLocation &location)
{
    close();
    m_error.clear();
    m_damaged = false;
    m_location = location;
    m_dialect = SqlDialect(location.backend());
    if (location.backend() == StoreBackend::Postgres)
        return openServer(false);
    m_path = location.path();
    m_created = !QFileInfo::exists(m_path);
    if (!checkLocation())
        return false;

    // A new file is the user's alone (0600 on Unix); SQLite gives its WAL the same mode.
    // Another process may create it at the same moment: NewOnly never truncates its file.
    if (m_created) {
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.close();
            Backups::makePrivate(m_path);
        } else if (QFileInfo::exists(m_path)) {
            m_created = false;
        } else {
            return fail(tr("Cannot create %1: %2").arg(m_path, file.errorString()));
        }
    }
    // Every file is checked before use (PRAGMA quick_check), except that a large archive
    // closed cleanly last time is trusted at start-up: checking 500 MB takes seconds. A WAL
    // left behind means the last session did not close.
    constexpr qint64 alwaysCheckBelowBytes = 64 * 1024 * 1024;
    const bool uncleanShutdown = !m_created && QFileInfo(m_path + QLatin1String("-wal")).size() > 0;
    const bool mustCheck = !m_created && (uncleanShutdown || QFileInfo(m_path).size() < alwaysCheckBelowBytes);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return fail(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open())
        return fail(tr("Cannot open %1: %2").arg(m_path, m_db.lastError().text()));

    int userVersion = 0;
    if (!identify(userVersion))
        return false;
    if (mustCheck && !quickCheck())
        return false;
    if (!configure())
        return false;
    m_localeCollation = LocaleCollation::install(m_db);
    if (!migrate(userVersion))
        return false;
    OpenDatabaseFiles::add(m_path);
    m_locks = std::make_unique<SqliteFileLocks>(m_path);
    m_locks->calibrate();
    return true;
}

bool Database::initialize(const StoreLocation &location)
{
    close();
    m_error.clear();
    m_damaged = false;
    m_location = location;
    m_dialect = SqlDialect(location.backend());
    if (location.backend() == StoreBackend::Postgres)
        return openServer(true);
    return open(location);
}

bool Database::openServer(bool createSchema)
{
    m_path = m_location.redacted();
    m_created = false;
    m_server = new PostgresStore(this);
    connect(m_server, &PostgresStore::changed, this, [this](Entity entity) { Q_EMIT changed(entity, 0); });
    if (!m_server->connect(m_db, m_connectionName, m_location))
        return fail(m_server->errorString());
    int version = 0;
    QStringList foreignTables;
    if (!m_server->identify(m_db, version, foreignTables))
        return fail(m_server->errorString());
    const QString where = m_location.displayName();
    if (version > latestSchemaVersion())
        return fail(tr("%1 was set up by a newer version of Pressdesk (schema %2; this version reads up to schema "
                       "%3). Nothing was changed; please update Pressdesk.")
                        .arg(where)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (version == 0) {
        if (!foreignTables.isEmpty())
            return fail(tr("%1 is not a Pressdesk newsroom: it holds other tables (%2). Nothing was changed; use "
                           "an empty database.")
                            .arg(where, foreignTables.mid(0, 8).join(QLatin1String(", "))));
        if (!createSchema)
            return fail(tr("%1 is an empty database, not yet a Pressdesk newsroom. Set it up with pressdesk team "
                           "init.")
                            .arg(where));
        m_created = true;
    }
    if (version < latestSchemaVersion() && !m_server->migrate(m_db))
        return fail(m_server->errorString());
    TeamRepository(*this).markSeen(); // the person's last_seen (team users)
    return true;
}

void Database::guardWrites()
{
    if (!m_stopReason.isEmpty())
        throw StorageError(m_stopReason);
    if (isServer() || !m_locks || !m_locks->isCalibrated())
        return;
    const auto halt = [this](const QString &reason) {
        m_stopReason = reason;
        qWarning("Pressdesk stopped writing to %s: %s", qUtf8Printable(m_path), qUtf8Printable(reason));
        Q_EMIT writesHalted(reason);
        throw StorageError(reason);
    };
    if (!m_locks->walIsTheSame()) {
        halt(tr("Another program removed or replaced the journal of %1 (%2-wal) while Pressdesk had the file "
                "open. To keep your work safe, Pressdesk writes nothing more to it in this session: what you "
                "have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it "
                "again.")
                 .arg(QDir::toNativeSeparators(m_path), QFileInfo(m_path).fileName()));
    }
    if (m_locks->state() != SqliteFileLocks::State::Lost)
        return;
    // Something in this process closed a descriptor of the file (POSIX then drops all of
    // the process's locks on it). Take them back while no transaction runs; another process
    // may hold an exclusive lock for a moment (a checkpoint when it closes).
    QElapsedTimer waited;
    waited.start();
    do {
        if (m_locks->restore() && m_locks->walIsTheSame()) {
            ++m_locksRestored;
            qWarning("Pressdesk took back its lock on %s after something closed the file.", qUtf8Printable(m_path));
            return;
        }
        QThread::msleep(10);
    } while (waited.elapsed() < m_busyTimeoutMs);
    halt(tr("Pressdesk lost its lock on %1 and could not take it back. To keep your work safe, it writes "
            "nothing more to the file in this session: what you have not saved stays in the open editors and "
            "in the recovery copy. Close Pressdesk and open it again.")
             .arg(QDir::toNativeSeparators(m_path)));
}

bool Database::locksStillHeld() const
{
    return !m_locks || m_locks->state() != SqliteFileLocks::State::Lost;
}

QString Database::nameCollation() const
{
    if (isServer())
        return QStringLiteral("\"und-x-icu\"");
    return m_localeCollation ? LocaleCollation::name() : QStringLiteral("NOCASE");
}

bool Database::checkLocation()
{
    const QFileInfo file(m_path);
    if (m_created) {
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir())
            return fail(tr("Cannot create %1: the folder %2 does not exist.").arg(m_path, folder.absoluteFilePath()));
        if (!folder.isWritable())
            return fail(tr("Cannot create %1: the folder %2 is read-only.").arg(m_path, folder.absoluteFilePath()));
        return true;
    }
    if (file.isDir())
        return fail(tr("%1 is a folder, not a Pressdesk database.").arg(m_path));
    if (!file.isReadable())
        return fail(tr("Cannot read %1: permission denied.").arg(m_path));
    if (!file.isWritable())
        return fail(tr("Cannot open %1 for writing: the file is read-only.").arg(m_path));
    return true;
}

// Reads what the file says it is, without writing to it.
bool Database::identify(int &userVersion)
{
    try {
        // One statement, one snapshot: another process may be building the schema right now.
        Query identity(m_db,
            QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                           "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)"));
        identity.exec();
        if (!identity.next())
            throw StorageError(QStringLiteral("no answer to the identification query"));
        const qint32 appId = identity.value(0).toInt();
        userVersion = identity.value(1).toInt();
        const int objects = identity.value(2).toInt();
        const bool empty = appId == 0 && userVersion == 0 && objects == 0;
        if (!empty && appId != applicationId)
            return fail(tr("%1 is an SQLite database, but not a Pressdesk database.").arg(m_path));
        if (userVersion > latestSchemaVersion())
            return fail(tr("%1 was written by a newer version of Pressdesk (schema %2; this "
                           "version reads up to schema %3). It was left unchanged; please "
                           "update Pressdesk.")
                            .arg(m_path)
                            .arg(userVersion)
                            .arg(latestSchemaVersion()));
    } catch (const StorageError &error) {
        if (isLockedMessage(error.message()))
            return fail(tr("%1 is locked by another program; try again when it is closed.").arg(m_path));
        if (error.message().contains(QLatin1String("not a database"), Qt::CaseInsensitive)
            || error.message().contains(QLatin1String("malformed"), Qt::CaseInsensitive)) {
            m_damaged = true;
            return fail(tr("%1 is not a Pressdesk database (it is not an SQLite file, or it "
                           "is damaged).")
                            .arg(m_path));
        }
        return fail(tr("Cannot read %1: %2").arg(m_path, error.message()));
    }
    return true;
}

bool Database::quickCheck()
{
    try {
        const QString result = Query(m_db, QStringLiteral("PRAGMA quick_check")).scalar().toString();
        if (result == QLatin1String("ok"))
            return true;
        m_damaged = true;
        const QString backup = Backups::newestGood(m_path);
        return fail(backup.isEmpty() ? tr("%1 is damaged (%2). It was not opened, so nothing more is lost. "
                                          "Rescue what can still be read with pressdesk salvage.")
                                           .arg(m_path, result)
                                     : tr("%1 is damaged (%2). It was not opened, so nothing more is lost. The newest "
                                          "good backup is %3 (pressdesk restore %3); or rescue what can still be read "
                                          "with pressdesk salvage.")
                                           .arg(m_path, result, backup));
    } catch (const StorageError &error) {
        m_damaged = !isLockedMessage(error.message());
        return fail(tr("%1 is damaged: %2").arg(m_path, error.message()));
    }
}

bool Database::configure()
{
    try {
        Query(m_db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
        // WAL lets the GUI read while a batch writes; a file system without shared memory
        // support keeps the rollback journal, which is still safe.
        setWalMode();
        // A WAL that outlives every connection is never deleted under one that lives on; a
        // clean close still truncates it to zero bytes (the journal size limit), which is
        // how the next start knows the last session ended well.
        SqliteFileLocks::keepWalPersistent(m_db);
        Query(m_db, QStringLiteral("PRAGMA journal_size_limit = 67108864")).scalar();
        Query(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
        // 32 MiB of page cache: large batches (imports, the demo archive) and FTS merges
        // otherwise spend their time re-reading pages.
        Query(m_db, QStringLiteral("PRAGMA cache_size = -32768")).exec();
    } catch (const StorageError &error) {
        if (isLockedMessage(error.message()))
            return fail(tr("%1 is locked by another program; try again when it is closed.").arg(m_path));
        return fail(tr("Cannot configure %1: %2").arg(m_path, error.message()));
    }
    return true;
}

void Database::setWalMode()
{
    // Switching a new file to WAL needs it to itself. When other processes open the same
    // new file at once, SQLite may answer "locked" at once rather than wait (it will not
    // wait where waiting could deadlock), so the switch is tried again for as long as the
    // busy timeout.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            Query(m_db, QStringLiteral("PRAGMA journal_mode = WAL")).exec();
            return;
        } catch (const StorageError &error) {
            if (!isLockedMessage(error.message()) || waited.elapsed() >= m_busyTimeoutMs)
                throw;
        }
        QThread::msleep(20);
    }
}

bool Database::migrate(int fromVersion)
{
    // A current file (the usual case) needs no migration text read.
    if (fromVersion == Migrations::latestVersion())
        return true;
    if (fromVersion > 0) {
        // An upgrade cannot be undone by the program that made it: keep the file as it was.
        const QString copy =
            QDir(Backups::folderFor(m_path))
                .filePath(QStringLiteral("pressdesk-before-schema-%1-%2.sqlite")
                              .arg(Migrations::latestVersion())
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        QString error;
        if (!Backups::create(*this, copy, &error))
            return fail(
                tr("%1 was not upgraded, because the copy made before upgrading failed: %2").arg(m_path, error));
    }
    // One transaction for every step, under the write lock: another process that opens the
    // file meanwhile (a window and a script starting on a new file) waits, then finds the
    // schema complete. The version is read again under the lock, since such a process may
    // have built or upgraded the file after this one identified it.
    int attempted = fromVersion;
    try {
        Transaction transaction(*this);
        for (const Migration &migration : Migrations::after(schemaVersion())) {
            attempted = migration.version;
            for (const QString &statement : migration.statements)
                Query(m_db, statement).exec();
            // PRAGMAs take no bound values; these are integers we control.
            Query(m_db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)).exec();
            Query(m_db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId)).exec();
        }
        transaction.commit();
    } catch (const StorageError &error) {
        if (isLockedMessage(error.message()))
            return fail(tr("%1 is locked by another program; try again when it is closed.").arg(m_path));
        return fail(tr("Upgrading %1 to schema %2 failed; the file was left at schema %3. %4")
                        .arg(m_path)
                        .arg(attempted)
                        .arg(schemaVersion())
                        .arg(error.message()));
    }
    return true;
}

void Database::watchOtherWriters(int intervalMs)
{
    // A server says when others commit; it is only asked whether it is still there.
    if (m_server) {
        m_server->listen(m_db);
        if (!m_heartbeat) {
            m_heartbeat = new QTimer(this);
            connect(m_heartbeat, &QTimer::timeout, this, &Database::checkServer);
        }
        m_heartbeatMs = intervalMs;
        m_heartbeat->start(intervalMs);
        return;
    }
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] {
            if (!m_db.isOpen() || m_transactionDepth > 0)
                return;
            try {
                const qint64 version = Query(m_db, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
                const bool changedElsewhere = m_dataVersion >= 0 && version != m_dataVersion;
                m_dataVersion = version;
                if (changedElsewhere) {
                    for (Entity entity : { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release,
                             Entity::Contact, Entity::MediaList })
                        Q_EMIT changed(entity, 0);
                }
            } catch (const StorageError &) {
                // Busy or closed: try again at the next tick.
            }
        });
    }
    // The baseline is taken now: a commit by another process before the first tick counts.
    if (m_dataVersion < 0 && m_db.isOpen()) {
        try {
            m_dataVersion = Query(m_db, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
        } catch (const StorageError &) {
            // Busy: the first tick takes the baseline instead.
        }
    }
    m_watch->start(intervalMs);
}

void Database::checkServer()
{
    if (!m_server || m_transactionDepth > 0)
        return;
    if (m_reachable) {
        try {
            Query(m_db, QStringLiteral("SELECT 1")).exec();
        } catch (const StorageError &error) {
            m_reachable = false;
            Q_EMIT reachabilityChanged(false, error.message());
        }
        return;
    }
    const QString ended = m_db.connectionName();
    if (!m_server->reconnect(m_db, m_connectionName + QStringLiteral("-session-%1").arg(m_session + 1))) {
        // Still unreachable: tried again less and less often (a connection attempt to a host
        // that does not answer holds the window for up to its connect_timeout).
        m_heartbeat->setInterval(std::min(m_heartbeat->interval() * 2, std::max(m_heartbeatMs, 30'000)));
        return;
    }
    m_heartbeat->setInterval(m_heartbeatMs);
    if (ended != m_connectionName)
        m_endedSessions.append(ended);
    ++m_session;
    m_reachable = true;
    Q_EMIT reachabilityChanged(true, QString());
    // Whatever others saved meanwhile was not heard: every list reads again.
    for (Entity entity :
        { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release, Entity::Contact, Entity::MediaList })
        Q_EMIT changed(entity, 0);
}

int Database::schemaVersion() const
{
    if (!m_db.isOpen())
        return 0;
    if (isServer())
        return PostgresStore::schemaVersion(m_db);
    try {
        return Query(m_db, QStringLiteral("PRAGMA user_version")).scalar().toInt();
    } catch (const StorageError &) {
        return 0;
    }
}

Database::IntegrityReport Database::check() const
{
    IntegrityReport report;
    if (!m_db.isOpen()) {
        report.problems.append(tr("The database is not open."));
        return report;
    }
    if (isServer()) {
        report.schemaVersion = schemaVersion();
        report.problems = PostgresStore::check(m_db);
    } else
        try {
            report.schemaVersion = schemaVersion();
            Query integrity(m_db, QStringLiteral("PRAGMA integrity_check"));
            integrity.exec();
            while (integrity.next()) {
                const QString line = integrity.value(0).toString();
                if (line != QLatin1String("ok"))
                    report.problems.append(line);
            }
            Query keys(m_db, QStringLiteral("PRAGMA foreign_key_check"));
            keys.exec();
            while (keys.next()) {
                report.problems.append(
                    tr("Row %1 of table %2 points to a missing row of %3.")
                        .arg(keys.value(1).toString(), keys.value(0).toString(), keys.value(2).toString()));
            }
            // Compares each search index with the text it should hold; a mismatch is said in
            // words, not as the statement that found it.
            const std::pair<const char *, QString> indexes[] = { { "releases_fts", tr("releases") },
                { "speakers_fts", tr("speakers") }, { "events_fts", tr("events") } };
            for (const auto &[index, what] : indexes) {
                try {
                    Query(m_db,
                        QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                            .arg(QLatin1String(index)))
                        .exec();
                } catch (const StorageError &) {
                    report.problems.append(
                        tr("The search index of the %1 does not match their saved text: searches may "
                           "miss or show wrong %1. pressdesk salvage --to FILE writes a copy with "
                           "the index rebuilt.")
                            .arg(what));
                }
            }
        } catch (const StorageError &error) {
            report.problems.append(error.message());
        }
    if (report.schemaVersion != latestSchemaVersion())
        report.problems.append(
            tr("Schema version %1, expected %2.").arg(report.schemaVersion).arg(latestSchemaVersion()));
    report.healthy = report.problems.isEmpty();
    return report;
}

} // namespace pressdesk
