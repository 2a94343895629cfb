#include "postgresstore.h"

#include "storage/migrations.h"
#include "storage/query.h"
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
        QStringLiteral("import_sources"), QStringLiteral("recovery_drafts") };
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
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return fail(tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setDatabaseName(location.database());
    db.setUserName(location.user());
    db.setPassword(location.password());
    QString options = location.connectOptions();
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
    if (!options.contains(QLatin1String("application_name=")))
        options += QStringLiteral(";application_name=Pressdesk");
    db.setConnectOptions(options);
    if (!db.open()) {
        QString detail = db.lastError().databaseText().trimmed();
        if (detail.isEmpty())
            detail = db.lastError().text().trimmed();
        if (!location.password().isEmpty())
            detail.replace(location.password(), QStringLiteral("********"));
        return fail(tr("Cannot connect to %1 (%2): %3").arg(m_where, location.redacted(), detail));
    }
    try {
        // Times and text as Pressdesk writes them, whatever the server's defaults.
        Query(db, QStringLiteral("SET client_encoding = 'UTF8'")).exec();
        Query(db, QStringLiteral("SET standard_conforming_strings = on")).exec();
        // The server's notices (a search of stop words only, an extension already there) are
        // not for the person at the keyboard; libpq would print them on stderr.
        Query(db, QStringLiteral("SET client_min_messages = warning")).exec();
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
        for (const Migration &migration : Migrations::after(version, StoreBackend::Postgres)) {
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
    if (driver->subscribedToNotifications().contains(changesChannel))
        return true;
    if (!driver->subscribeToNotification(changesChannel))
        return false;
    QObject::connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (name != changesChannel || source == QSqlDriver::SelfSource)
                return;
            const QString table = payload.toString();
            if (table == QLatin1String("releases"))
                Q_EMIT changed(Entity::Release);
            else if (table == QLatin1String("speakers"))
                Q_EMIT changed(Entity::Speaker);
            else if (table == QLatin1String("events"))
                Q_EMIT changed(Entity::Event);
            else if (table == QLatin1String("organizations"))
                Q_EMIT changed(Entity::Organization);
        });
    return true;
}

} // namespace pressdesk
