#include "searchindex.h"

namespace pressdesk {

namespace {

const QString releaseColumns = QStringLiteral("headline, subheadline, lead, body, quotes, speakers");

QString releaseStatement(bool remove, const QString &condition)
{
    return QStringLiteral("INSERT INTO releases_fts (%1rowid, %2) SELECT %3id, %2 FROM release_search_content WHERE %4")
        .arg(remove ? QStringLiteral("releases_fts, ") : QString(), releaseColumns,
            remove ? QStringLiteral("'delete', ") : QString(), condition);
}

const QString quotingSpeaker = QStringLiteral("id IN (SELECT release_id FROM quotes WHERE speaker_id = ?)");

QString speakerInsert(const QString &condition)
{
    return QStringLiteral("INSERT INTO speakers_fts (rowid, full_name, title, organization, bio) "
                          "SELECT s.id, s.full_name, s.title, coalesce(o.name || ' ' || o.short_name, ''), s.bio "
                          "FROM speakers s LEFT JOIN organizations o ON o.id = s.organization_id "
                          "WHERE s.deleted_at IS NULL AND %1")
        .arg(condition);
}

QString eventInsert(const QString &condition)
{
    return QStringLiteral("INSERT INTO events_fts (rowid, name, description, venue, organizations) "
                          "SELECT e.id, e.edition || ' ' || e.name, e.description, "
                          "e.venue || ' ' || e.city || ' ' || e.country, "
                          "coalesce((SELECT group_concat(o.name || ' ' || o.short_name, char(10)) "
                          "  FROM event_organizations l JOIN organizations o ON o.id = l.organization_id "
                          "  WHERE l.event_id = e.id), '') "
                          "FROM events e WHERE e.deleted_at IS NULL AND %1")
        .arg(condition);
}

const QString eventsOfOrganization =
    QStringLiteral("(SELECT event_id FROM event_organizations WHERE organization_id = ?)");

} // namespace

QString SearchIndex::unindexRelease(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QString();
    return releaseStatement(true, QStringLiteral("id = ?"));
}

QString SearchIndex::indexRelease(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QStringLiteral("SELECT pressdesk_index_releases(ARRAY[CAST(? AS bigint)])");
    return releaseStatement(false, QStringLiteral("id = ?"));
}

QString SearchIndex::unindexQuoting(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QString();
    return releaseStatement(true, quotingSpeaker);
}

QString SearchIndex::indexQuoting(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QStringLiteral(
            "SELECT pressdesk_index_releases(ARRAY(SELECT release_id FROM quotes WHERE speaker_id = ?))");
    return releaseStatement(false, quotingSpeaker);
}

QString SearchIndex::removeSpeaker(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QString();
    return QStringLiteral("DELETE FROM speakers_fts WHERE rowid = ?");
}

QString SearchIndex::addSpeaker(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QStringLiteral("SELECT pressdesk_index_speakers(ARRAY[CAST(? AS bigint)])");
    return speakerInsert(QStringLiteral("s.id = ?"));
}

QString SearchIndex::removeEvent(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QString();
    return QStringLiteral("DELETE FROM events_fts WHERE rowid = ?");
}

QString SearchIndex::addEvent(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QStringLiteral("SELECT pressdesk_index_events(ARRAY[CAST(? AS bigint)])");
    return eventInsert(QStringLiteral("e.id = ?"));
}

QString SearchIndex::removeSpeakersOf(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QString();
    return QStringLiteral(
        "DELETE FROM speakers_fts WHERE rowid IN (SELECT id FROM speakers WHERE organization_id = ?)");
}

QString SearchIndex::addSpeakersOf(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QStringLiteral(
            "SELECT pressdesk_index_speakers(ARRAY(SELECT id FROM speakers WHERE organization_id = ?))");
    return speakerInsert(QStringLiteral("s.organization_id = ?"));
}

QString SearchIndex::removeEventsOf(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QString();
    return QStringLiteral("DELETE FROM events_fts WHERE rowid IN ") + eventsOfOrganization;
}

QString SearchIndex::addEventsOf(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return QStringLiteral("SELECT pressdesk_index_events(ARRAY") + eventsOfOrganization + QStringLiteral(")");
    return eventInsert(QStringLiteral("e.id IN ") + eventsOfOrganization);
}

QStringList SearchIndex::rebuildAll(StoreBackend backend)
{
    if (backend == StoreBackend::Postgres)
        return { QStringLiteral("SELECT pressdesk_index_releases(ARRAY(SELECT id FROM releases))"),
            QStringLiteral("SELECT pressdesk_index_speakers(ARRAY(SELECT id FROM speakers))"),
            QStringLiteral("SELECT pressdesk_index_events(ARRAY(SELECT id FROM events))") };
    return { QStringLiteral("INSERT INTO releases_fts (releases_fts) VALUES ('rebuild')"),
        QStringLiteral("DELETE FROM speakers_fts"), speakerInsert(QStringLiteral("1 = 1")),
        QStringLiteral("DELETE FROM events_fts"), eventInsert(QStringLiteral("1 = 1")) };
}

} // namespace pressdesk
