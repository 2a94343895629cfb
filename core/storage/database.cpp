#include "database.h"

#include "migrations.h"
#include "postgres/postgresstore.h"
#include "query.h"
#include "sqlite/sqlitestore.h"
#include "statementpool.h"
#include "storageerror.h"
#include "teamrepository.h"
#include "transaction.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace pressdesk {

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
    m_reachable = true;
    if (m_heartbeat)
        m_heartbeat->stop();
    delete m_server;
    m_server = nullptr;
    delete m_file;
    m_file = nullptr;
    if (m_db.isValid()) {
        // Its prepared statements are dropped while the session is still open.
        StatementPool::forget(m_db.connectionName());
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
    return openFile();
}

bool Database::openFile()
{
    m_path = m_location.path();
    m_file = new SqliteStore(*this);
    connect(m_file, &SqliteStore::changed, this, [this](Entity entity) { Q_EMIT changed(entity, 0); });
    connect(m_file, &SqliteStore::writesHalted, this, &Database::writesHalted);
    const bool opened = m_file->open(m_db, m_connectionName, m_path, m_busyTimeoutMs);
    m_created = m_file->wasCreated();
    if (!opened) {
        m_damaged = m_file->isDamaged();
        return fail(m_file->errorString());
    }
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
    connect(m_server, &PostgresStore::presenceChanged, this, &Database::presenceChanged);
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
    if (m_file)
        m_file->guardWrites();
}

void Database::refreshStatistics()
{
    if (!isServer())
        return;
    try {
        // Run by the newsroom's owner (no superuser), ANALYZE warns about every shared
        // catalog it may not analyze: fifty lines of warnings after a copy that went well.
        // SET LOCAL ends with the transaction, leaving the session's own level.
        Transaction transaction(*this);
        Query(m_db, QStringLiteral("SET LOCAL client_min_messages = error")).exec();
        Query(m_db, QStringLiteral("ANALYZE")).exec();
        transaction.commit();
    } catch (const StorageError &) {
        // Statistics come later from autovacuum; the data is written either way.
    }
}

bool Database::locksStillHeld() const
{
    return !m_file || m_file->locksStillHeld();
}

bool Database::writesStopped() const
{
    return m_file && m_file->writesStopped();
}

QString Database::stopReason() const
{
    return m_file ? m_file->stopReason() : QString();
}

int Database::locksRestored() const
{
    return m_file ? m_file->locksRestored() : 0;
}

QString Database::nameCollation() const
{
    if (isServer())
        return QStringLiteral("\"und-x-icu\"");
    return m_file ? m_file->nameCollation() : QStringLiteral("NOCASE");
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
    if (m_file)
        m_file->watchOtherWriters(intervalMs);
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
    Q_EMIT presenceChanged();
}

int Database::schemaVersion() const
{
    if (!m_db.isOpen())
        return 0;
    return isServer() ? PostgresStore::schemaVersion(m_db) : SqliteStore::schemaVersion(m_db);
}

Database::IntegrityReport Database::check() const
{
    IntegrityReport report;
    if (!m_db.isOpen()) {
        report.problems.append(tr("The database is not open."));
        return report;
    }
    report.schemaVersion = schemaVersion();
    report.problems = isServer() ? PostgresStore::check(m_db) : SqliteStore::check(m_db);
    if (report.schemaVersion != latestSchemaVersion())
        report.problems.append(
            tr("Schema version %1, expected %2.").arg(report.schemaVersion).arg(latestSchemaVersion()));
    report.healthy = report.problems.isEmpty();
    return report;
}

} // namespace pressdesk
