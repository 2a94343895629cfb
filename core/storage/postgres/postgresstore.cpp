#include "postgresstore.h"

#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/statementpool.h"
#include "storage/storageerror.h"

#include <QSqlDriver>
#include <QSqlError>

namespace pressdesk {

namespace {

const QString changesChannel = QStringLiteral("pressdesk_changes");

// Pressdesk's own tables at the latest schema; anything else in the public schema is
// someone else's.
bool isPressdeskTable(const QString &name)
{
    static const QStringList tables { QStringLiteral("pressdesk_schema"), QStringLiteral("settings"),
        QStringLiteral("organizations"), QStringLiteral("speakers"), QStringLiteral("events"),
        QStringLiteral("event_organizations"), QStringLiteral("event_speakers"), QStringLiteral("releases"),
        QStringLiteral("release_tags"), QStringLiteral("quotes"), QStringLiteral("release_events"),
        QStringLiteral("release_contacts"), QStringLiteral("revisions"), QStringLiteral("external_ids"),
        QStringLiteral("import_sources"), QStringLiteral("recovery_drafts"), QStringLiteral("people"),
        QStringLiteral("activity"), QStringLiteral("approvals"), QStringLiteral("comments"),
        QStringLiteral("media_contacts"), QStringLiteral("media_lists"), QStringLiteral("media_list_members"),
        QStringLiteral("outbox"), QStringLiteral("review_requests"), QStringLiteral("edit_locks"),
        QStringLiteral("notification_reads") };
    return tables.contains(name);
}

} // namespace

PostgresStore::PostgresStore(QObject *parent)
    : QObject(parent)
{ }

bool PostgresStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool PostgresStore::connect(QSqlDatabase &db, const QString &connectionName, const StoreLocation &location)
{
    m_where = location.displayName();
    m_redacted = location.redacted();
    m_password = location.password();
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return fail(tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setDatabaseName(location.database());
    db.setUserName(location.user());
    db.setPassword(location.password());
    QString options = location.connectOptions();
    const auto addDefault = [&options](const QString &keyword, const QString &value) {
        if (!options.contains(keyword + QLatin1Char('=')))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + keyword + QLatin1Char('=') + value;
    };
    addDefault(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    addDefault(QStringLiteral("application_name"), QStringLiteral("Pressdesk"));
    // A server that vanishes without closing the connection (a dropped VPN, a sleeping
    // laptop) is noticed within a minute instead of the system's two hours.
    addDefault(QStringLiteral("keepalives_idle"), QStringLiteral("30"));
    addDefault(QStringLiteral("keepalives_interval"), QStringLiteral("10"));
    addDefault(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    db.setConnectOptions(options);
    return openSession(db);
}

bool PostgresStore::reconnect(QSqlDatabase &db, const QString &connectionName)
{
    // A connection of its own: statements prepared on the old session are dropped by their
    // owners later, which must not touch the new session (a DEALLOCATE failing there would
    // abort its transaction).
    QSqlDatabase fresh = QSqlDatabase::cloneDatabase(db, connectionName);
    if (!openSession(fresh)) {
        fresh = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return false;
    }
    // The ended session's statements die with it, without a DEALLOCATE sent towards a server
    // that is gone (QuietQtWarnings hides Qt's complaint about the closed connection).
    db.close();
    StatementPool::forget(db.connectionName());
    db = fresh;
    // A new session hears nothing until it listens again.
    if (m_listening) {
        m_listening = false;
        if (!listen(db))
            return fail(tr("Cannot listen for changes on %1.").arg(m_where));
    }
    return true;
}

bool PostgresStore::openSession(QSqlDatabase &db)
{
    if (!db.open()) {
        // libpq's own words ("password authentication failed", "certificate verify failed");
        // QPSQL's text only says that it could not connect.
        QString detail = db.lastError().databaseText().trimmed();
        if (detail.isEmpty())
            detail = db.lastError().text().trimmed();
        if (!m_password.isEmpty())
            detail.replace(m_password, QStringLiteral("********"));
        return fail(tr("Cannot connect to %1 (%2): %3").arg(m_where, m_redacted, detail));
    }
    try {
        // Times and text as Pressdesk writes them, whatever the server's defaults.
        Query(db, QStringLiteral("SET client_encoding = 'UTF8'")).exec();
        Query(db, QStringLiteral("SET standard_conforming_strings = on")).exec();
        // The server's notices (a search of stop words only, an extension already there) are
        // not for the person at the keyboard; libpq would print them on stderr.
        Query(db, QStringLiteral("SET client_min_messages = warning")).exec();
        // Compiling a plan pays off for reports, not for the short queries of lists and editors.
        Query(db, QStringLiteral("SET jit = off")).exec();
    } catch (const StorageError &error) {
        return fail(tr("Cannot prepare the connection to %1: %2").arg(m_where, error.message()));
    }
    return true;
}

bool PostgresStore::identify(const QSqlDatabase &db, int &version, QStringList &foreignTables)
{
    version = 0;
    foreignTables.clear();
    try {
        Query tables(db,
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                           "ORDER BY table_name"));
        tables.exec();
        bool hasSchemaTable = false;
        while (tables.next()) {
            const QString name = tables.value(0).toString();
            if (name == QLatin1String("pressdesk_schema"))
                hasSchemaTable = true;
            if (!isPressdeskTable(name))
                foreignTables.append(name);
        }
        if (hasSchemaTable)
            version = schemaVersion(db);
    } catch (const StorageError &error) {
        return fail(tr("Cannot read the tables of %1: %2").arg(m_where, error.message()));
    }
    return true;
}

int PostgresStore::schemaVersion(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return 0;
    try {
        return Query(db, QStringLiteral("SELECT version FROM pressdesk_schema")).scalar().toInt();
    } catch (const StorageError &) {
        return 0;
    }
}

bool PostgresStore::migrate(const QSqlDatabase &db)
{
    int attempted = 0;
    try {
        Query(db, QStringLiteral("BEGIN")).exec();
        // One Pressdesk at a time builds or upgrades the schema; the next one waits here
        // and then reads the version the first one wrote.
        Query(db, QStringLiteral("SELECT pg_advisory_xact_lock(5050524453)")).exec();
        int version = 0;
        Query exists(db, QStringLiteral("SELECT to_regclass('pressdesk_schema') IS NOT NULL"));
        if (exists.scalar().toBool())
            version = schemaVersion(db);
        const QList<Migration> pending = Migrations::after(version, StoreBackend::Postgres);
        if (version > 0 && !pending.isEmpty()) {
            // Only the newsroom's owner (or a superuser) may change its tables: anyone else
            // hears what to ask for, not the first statement the server refused.
            Query owner(db,
                QStringLiteral("SELECT pg_get_userbyid(c.relowner), pg_has_role(current_user, c.relowner, 'USAGE') "
                               "FROM pg_class c WHERE c.oid = to_regclass('pressdesk_schema')"));
            owner.exec();
            if (owner.next() && !owner.value(1).toBool()) {
                Query(db, QStringLiteral("ROLLBACK")).exec();
                return fail(tr("%1 holds a newsroom of schema %2, and this Pressdesk needs schema %3. Only the "
                               "newsroom's owner, %4, can upgrade it: ask them to run pressdesk team init with "
                               "its address and this version of Pressdesk. Nothing was changed.")
                                .arg(m_where)
                                .arg(version)
                                .arg(pending.constLast().version)
                                .arg(owner.value(0).toString()));
            }
        }
        for (const Migration &migration : pending) {
            attempted = migration.version;
            for (const QString &statement : migration.statements)
                Query(db, statement).exec();
            Query(db, QStringLiteral("UPDATE pressdesk_schema SET version = ?")).bind(0, migration.version).exec();
        }
        Query(db, QStringLiteral("COMMIT")).exec();
    } catch (const StorageError &error) {
        try {
            Query(db, QStringLiteral("ROLLBACK")).exec();
        } catch (const StorageError &) { }
        return fail(tr("Creating or upgrading the schema of %1 to version %2 failed; nothing was changed. %3")
                        .arg(m_where)
                        .arg(attempted)
                        .arg(error.message()));
    }
    return true;
}

QStringList PostgresStore::check(const QSqlDatabase &db)
{
    QStringList problems;
    try {
        const std::pair<const char *, QString> indexed[] = { { "releases", tr("releases") },
            { "speakers", tr("speakers") }, { "events", tr("events") } };
        for (const auto &[table, what] : indexed) {
            const int missing = Query(db,
                QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL AND search_vector IS NULL")
                    .arg(QLatin1String(table)))
                                    .scalar()
                                    .toInt();
            if (missing > 0)
                problems.append(tr("%n %1 are missing from the search index.", nullptr, missing).arg(what));
        }
        // A word being typed is searched as the words it begins, from this list (schema 17).
        const int unlisted = Query(db,
            QStringLiteral("SELECT count(*) FROM pressdesk_used_words() AS used (word) "
                           "WHERE NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = used.word)"))
                                 .scalar()
                                 .toInt();
        if (unlisted > 0)
            problems.append(tr("%n words of the search index are missing from its word list, so words being "
                               "typed may miss releases. The newsroom's owner can list them again with: "
                               "SELECT pressdesk_relearn_words();",
                nullptr, unlisted));
    } catch (const StorageError &error) {
        problems.append(error.message());
    }
    return problems;
}

bool PostgresStore::listen(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (!subscribe(db))
        return false;
    if (m_listening)
        return true;
    m_listening = true;
    QObject::connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (name != changesChannel || source == QSqlDriver::SelfSource)
                return;
            const QString table = payload.toString();
            // A comment or a review request is news of its release (the comment panel, the
            // review queue and the bell follow releases).
            if (table == QLatin1String("releases") || table == QLatin1String("comments")
                || table == QLatin1String("review_requests"))
                Q_EMIT changed(Entity::Release);
            else if (table == QLatin1String("speakers"))
                Q_EMIT changed(Entity::Speaker);
            else if (table == QLatin1String("events"))
                Q_EMIT changed(Entity::Event);
            else if (table == QLatin1String("organizations"))
                Q_EMIT changed(Entity::Organization);
            else if (table == QLatin1String("media_contacts"))
                Q_EMIT changed(Entity::Contact);
            else if (table == QLatin1String("media_lists") || table == QLatin1String("media_list_members"))
                Q_EMIT changed(Entity::MediaList);
            else if (table == QLatin1String("edit_locks"))
                Q_EMIT presenceChanged();
        });
    return true;
}

bool PostgresStore::subscribe(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    return driver->subscribedToNotifications().contains(changesChannel)
        || driver->subscribeToNotification(changesChannel);
}

} // namespace pressdesk
