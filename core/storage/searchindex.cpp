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

QString SearchIndex::unindexRelease()
{
    return releaseStatement(true, QStringLiteral("id = ?"));
}

QString SearchIndex::indexRelease()
{
    return releaseStatement(false, QStringLiteral("id = ?"));
}

QString SearchIndex::unindexQuoting()
{
    return releaseStatement(true, quotingSpeaker);
}

QString SearchIndex::indexQuoting()
{
    return releaseStatement(false, quotingSpeaker);
}

QString SearchIndex::removeSpeaker()
{
    return QStringLiteral("DELETE FROM speakers_fts WHERE rowid = ?");
}

QString SearchIndex::addSpeaker()
{
    return speakerInsert(QStringLiteral("s.id = ?"));
}

QString SearchIndex::removeEvent()
{
    return QStringLiteral("DELETE FROM events_fts WHERE rowid = ?");
}

QString SearchIndex::addEvent()
{
    return eventInsert(QStringLiteral("e.id = ?"));
}

QString SearchIndex::removeSpeakersOf()
{
    return QStringLiteral(
        "DELETE FROM speakers_fts WHERE rowid IN (SELECT id FROM speakers WHERE organization_id = ?)");
}

QString SearchIndex::addSpeakersOf()
{
    return speakerInsert(QStringLiteral("s.organization_id = ?"));
}

QString SearchIndex::removeEventsOf()
{
    return QStringLiteral("DELETE FROM events_fts WHERE rowid IN ") + eventsOfOrganization;
}

QString SearchIndex::addEventsOf()
{
    return eventInsert(QStringLiteral("e.id IN ") + eventsOfOrganization);
}

QStringList SearchIndex::rebuildAll()
{
    return { QStringLiteral("INSERT INTO releases_fts (releases_fts) VALUES ('rebuild')"),
        QStringLiteral("DELETE FROM speakers_fts"), speakerInsert(QStringLiteral("1 = 1")),
        QStringLiteral("DELETE FROM events_fts"), eventInsert(QStringLiteral("1 = 1")) };
}

} // namespace pressdesk
