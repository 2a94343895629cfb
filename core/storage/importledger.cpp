#include "importledger.h"

#include "database.h"
#include "query.h"

#include <QDateTime>

namespace pressdesk {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ImportLedger::ImportLedger(Database &database)
    : m_database(database)
{ }

void ImportLedger::addExternalId(const QString &scheme, const QString &value, Entity entity, qint64 id)
{
    const char *column =
        entity == Entity::Release ? "release_id" : (entity == Entity::Speaker ? "speaker_id" : "event_id");
    Query insert(m_database.connection(),
        QStringLiteral("INSERT INTO external_ids (scheme, value, %1, imported_at) VALUES (?, ?, ?, ?)")
            .arg(QLatin1String(column)));
    insert.bind(0, scheme).bind(1, value).bind(2, id).bind(3, now()).exec();
}

void ImportLedger::addSource(
    qint64 releaseId, const QString &format, const QString &sourceName, const QString &original)
{
    Query insert(m_database.connection(),
        QStringLiteral("INSERT INTO import_sources (release_id, format, source_name, original, imported_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(0, releaseId).bind(1, format).bind(2, text(sourceName)).bind(3, original).bind(4, now()).exec();
}

bool ImportLedger::releaseUuidTaken(const QString &uuid)
{
    return !uuid.isEmpty()
        && Query(m_database.connection(), QStringLiteral("SELECT 1 FROM releases WHERE uuid = ?"))
               .bind(0, uuid)
               .scalar()
               .isValid();
}

QList<ImportLedger::NamedRow> ImportLedger::speakers()
{
    QList<NamedRow> rows;
    Query query(m_database.connection(),
        QStringLiteral("SELECT s.id, s.full_name, coalesce(o.name, '') FROM speakers s "
                       "LEFT JOIN organizations o ON o.id = s.organization_id WHERE s.deleted_at IS NULL "
                       "ORDER BY s.id"));
    query.exec();
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() });
    return rows;
}

QList<ImportLedger::NamedRow> ImportLedger::organizations()
{
    QList<NamedRow> rows;
    Query query(m_database.connection(),
        QStringLiteral("SELECT id, name, coalesce(short_name, '') FROM organizations WHERE deleted_at IS NULL "
                       "ORDER BY id"));
    query.exec();
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() });
    return rows;
}

QList<ImportLedger::ReleaseRow> ImportLedger::releases()
{
    QList<ReleaseRow> rows;
    Query query(m_database.connection(),
        QStringLiteral("SELECT id, headline, release_date, uuid FROM releases WHERE deleted_at IS NULL ORDER BY id"));
    query.exec();
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString() });
    return rows;
}

QList<ImportLedger::EventRow> ImportLedger::events()
{
    QList<EventRow> rows;
    Query query(m_database.connection(),
        QStringLiteral("SELECT id, name, coalesce(edition, ''), start_at FROM events WHERE deleted_at IS NULL "
                       "ORDER BY id"));
    query.exec();
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString() });
    return rows;
}

QList<ImportLedger::ExternalRow> ImportLedger::externalIds()
{
    QList<ExternalRow> rows;
    Query query(m_database.connection(),
        QStringLiteral("SELECT x.scheme, x.value, coalesce(x.release_id, x.speaker_id, x.event_id) FROM external_ids x "
                       "LEFT JOIN releases r ON r.id = x.release_id LEFT JOIN speakers s ON s.id = x.speaker_id "
                       "LEFT JOIN events e ON e.id = x.event_id "
                       "WHERE coalesce(r.deleted_at, s.deleted_at, e.deleted_at) IS NULL"));
    query.exec();
    while (query.next())
        rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong() });
    return rows;
}

} // namespace pressdesk
