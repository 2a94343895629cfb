#include "eventrepository.h"

#include "searchindex.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

const QString selectEvent =
    QStringLiteral("SELECT id, name, edition, description, start_at, end_at, all_day, time_zone, format, venue, "
                   "city, country, online_url, created_at, updated_at, deleted_at, version FROM events ");

} // namespace

EventRepository::EventRepository(Database &database)
    : Repository(database, Entity::Event)
{ }

Event EventRepository::fromRow(const Query &query) const
{
    Event event;
    event.id = query.value(0).toLongLong();
    event.name = query.value(1).toString();
    event.edition = query.value(2).toString();
    event.description = query.value(3).toString();
    event.allDay = query.value(6).toBool();
    event.timeZone = query.value(7).toString();
    event.start = Event::parseMoment(query.value(4).toString(), event.timeZone);
    event.end = Event::parseMoment(query.value(5).toString(), event.timeZone);
    event.format = formatFromKey(query.value(8).toString()).value_or(EventFormat::InPerson);
    event.venue = query.value(9).toString();
    event.city = query.value(10).toString();
    event.country = query.value(11).toString();
    event.onlineUrl = query.value(12).toString();
    event.createdAt = parseTimestamp(query.value(13));
    event.updatedAt = parseTimestamp(query.value(14));
    event.deletedAt = parseTimestamp(query.value(15));
    event.version = query.value(16).toInt();
    return event;
}

void EventRepository::loadLinks(Event &event)
{
    Query &organizations = prepared(
        QStringLiteral("SELECT l.organization_id, l.role, o.name FROM event_organizations l "
                       "JOIN organizations o ON o.id = l.organization_id WHERE l.event_id = ? ORDER BY l.position"));
    organizations.bind(0, event.id).exec();
    while (organizations.next()) {
        event.organizations.append({ organizations.value(0).toLongLong(),
            organizationRoleFromKey(organizations.value(1).toString()).value_or(OrganizationRole::Partner),
            organizations.value(2).toString() });
    }
    organizations.finish();

    Query &speakers =
        prepared(QStringLiteral("SELECT l.speaker_id, l.role, s.full_name FROM event_speakers l "
                                "JOIN speakers s ON s.id = l.speaker_id WHERE l.event_id = ? ORDER BY l.position"));
    speakers.bind(0, event.id).exec();
    while (speakers.next()) {
        event.speakers.append({ speakers.value(0).toLongLong(),
            speakerRoleFromKey(speakers.value(1).toString()).value_or(SpeakerRole::Panelist),
            speakers.value(2).toString() });
    }
    speakers.finish();
}

std::optional<Event> EventRepository::load(qint64 id)
{
    std::optional<Event> result;
    read([&] {
        Query &query = prepared(selectEvent + QStringLiteral("WHERE id = ?"));
        query.bind(0, id).exec();
        if (query.next())
            result = fromRow(query);
        query.finish();
        if (result)
            loadLinks(*result);
    });
    return result;
}

QList<Event> EventRepository::list(int limit)
{
    QList<Event> result;
    read([&] {
        Query &query = prepared(selectEvent
            + QStringLiteral("WHERE deleted_at IS NULL "
                             "ORDER BY start_at DESC, id DESC LIMIT ?"));
        query.bind(0, rowLimit(limit)).exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
    });
    return result;
}

bool EventRepository::save(Event &event)
{
    const ValidationIssues issues = event.validate();
    if (!issues.isEmpty())
        return fail(describeIssues(issues));
    const QString timestamp = now();
    qint64 id = event.id;
    const bool ok = write(id, [&] {
        const bool inserting = id == 0;
        Query &query = prepared(inserting
                ? QStringLiteral(
                    "INSERT INTO events (name, edition, description, start_at, end_at, "
                    "all_day, time_zone, format, venue, city, country, online_url, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                : QStringLiteral("UPDATE events SET name = ?, edition = ?, description = ?, start_at = ?, "
                                 "end_at = ?, all_day = ?, time_zone = ?, format = ?, venue = ?, city = ?, "
                                 "country = ?, online_url = ?, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
        query.bind(0, event.name.trimmed())
            .bind(1, text(event.edition))
            .bind(2, text(event.description))
            .bind(3, event.startText())
            .bind(4, text(event.endText()))
            .bind(5, event.allDay ? 1 : 0)
            .bind(6, text(event.timeZone))
            .bind(7, formatKey(event.format))
            .bind(8, text(event.venue))
            .bind(9, text(event.city))
            .bind(10, text(event.country))
            .bind(11, text(event.onlineUrl));
        if (inserting)
            query.bind(12, timestamp).bind(13, timestamp);
        else
            query.bind(12, timestamp).bind(13, id).bind(14, event.version);
        query.exec();
        if (inserting)
            id = query.returnedId();
        else if (query.numRowsAffected() == 0)
            throwNotSavedBecause(id, event.version, QCoreApplication::translate("Repository", "event"));

        prepared(QStringLiteral("DELETE FROM event_organizations WHERE event_id = ?")).bind(0, id).exec();
        Query &addOrganization =
            prepared(QStringLiteral("INSERT INTO event_organizations (event_id, organization_id, role, position) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        for (qsizetype i = 0; i < event.organizations.size(); ++i) {
            const EventOrganization &link = event.organizations.at(i);
            addOrganization.bind(0, id)
                .bind(1, link.organizationId)
                .bind(2, organizationRoleKey(link.role))
                .bind(3, static_cast<int>(i))
                .exec();
        }
        prepared(QStringLiteral("DELETE FROM event_speakers WHERE event_id = ?")).bind(0, id).exec();
        Query &addSpeaker = prepared(QStringLiteral("INSERT INTO event_speakers (event_id, speaker_id, role, position) "
                                                    "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        for (qsizetype i = 0; i < event.speakers.size(); ++i) {
            const EventSpeaker &link = event.speakers.at(i);
            addSpeaker.bind(0, id)
                .bind(1, link.speakerId)
                .bind(2, speakerRoleKey(link.role))
                .bind(3, static_cast<int>(i))
                .exec();
        }
        afterLifecycleChange(id);
    });
    if (ok) {
        if (event.id == 0)
            event.createdAt = parseTimestamp(timestamp);
        event.id = id;
        event.version = event.version > 0 ? event.version + 1 : 1;
        event.updatedAt = parseTimestamp(timestamp);
    }
    return ok;
}

void EventRepository::afterLifecycleChange(qint64 id)
{
    updateIndex(SearchIndex::removeEvent(backend()), id);
    updateIndex(SearchIndex::addEvent(backend()), id);
}

QString EventRepository::usedBy(qint64 id)
{
    const int releases =
        prepared(QStringLiteral("SELECT count(*) FROM release_events WHERE event_id = ?")).bind(0, id).scalar().toInt();
    if (releases > 0)
        return QCoreApplication::translate(
            "Repository", "The event is linked from %n release(s); unlink it first.", nullptr, releases);
    return {};
}

} // namespace pressdesk
