#include "duplicatefinder.h"

#include "storage/database.h"
#include "storage/query.h"
#include "textfolding.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

QString externalKey(const QString &scheme, const QString &value)
{
    return scheme + QLatin1Char('\n') + value;
}

QString schemeName(const QString &scheme)
{
    if (scheme == QLatin1String("ninjs"))
        return QCoreApplication::translate("Import", "same ninjs uri");
    if (scheme == QLatin1String("ical"))
        return QCoreApplication::translate("Import", "same iCalendar UID");
    return QCoreApplication::translate("Import", "same vCard UID");
}

} // namespace

DuplicateFinder::DuplicateFinder(Database &database)
    : m_database(database)
{ }

QString DuplicateFinder::speakerKey(const QString &fullName, const QString &organization)
{
    return TextFolding::fold(fullName) + QLatin1Char('|') + TextFolding::fold(organization);
}

QString DuplicateFinder::releaseKey(const QString &headline, const QDate &date)
{
    return TextFolding::fold(headline) + QLatin1Char('|') + date.toString(Qt::ISODate);
}

QString DuplicateFinder::eventKey(const QString &name, const QString &startText)
{
    return TextFolding::fold(name) + QLatin1Char('|') + startText;
}

void DuplicateFinder::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const QSqlDatabase db = m_database.connection();
    Query speakers(db,
        QStringLiteral("SELECT s.id, s.full_name, coalesce(o.name, '') FROM speakers s "
                       "LEFT JOIN organizations o ON o.id = s.organization_id WHERE s.deleted_at IS NULL "
                       "ORDER BY s.id"));
    speakers.exec();
    while (speakers.next()) {
        const qint64 id = speakers.value(0).toLongLong();
        rememberSpeaker(id, speakers.value(1).toString(), speakers.value(2).toString());
    }
    Query organizations(
        db, QStringLiteral("SELECT id, name, short_name FROM organizations WHERE deleted_at IS NULL ORDER BY id"));
    organizations.exec();
    while (organizations.next()) {
        rememberOrganization(organizations.value(0).toLongLong(), organizations.value(1).toString());
        if (!organizations.value(2).toString().isEmpty())
            rememberOrganization(organizations.value(0).toLongLong(), organizations.value(2).toString());
    }
    Query releases(db,
        QStringLiteral("SELECT id, headline, release_date, uuid FROM releases WHERE deleted_at IS NULL ORDER BY id"));
    releases.exec();
    while (releases.next()) {
        const qint64 id = releases.value(0).toLongLong();
        m_releases.insert(
            releaseKey(releases.value(1).toString(), QDate::fromString(releases.value(2).toString(), Qt::ISODate)), id);
        m_releaseUuids.insert(releases.value(3).toString(), id);
    }
    Query events(
        db, QStringLiteral("SELECT id, name, edition, start_at FROM events WHERE deleted_at IS NULL ORDER BY id"));
    events.exec();
    while (events.next()) {
        const qint64 id = events.value(0).toLongLong();
        const QString name = events.value(1).toString();
        const QString edition = events.value(2).toString();
        m_events.insert(eventKey(name, events.value(3).toString()), id);
        m_eventNames.insert(TextFolding::fold(name), id);
        if (!edition.isEmpty())
            m_eventNames.insert(TextFolding::fold(edition + QLatin1Char(' ') + name), id);
    }
    // External ids of records not in the trash.
    Query external(db,
        QStringLiteral("SELECT x.scheme, x.value, coalesce(x.release_id, x.speaker_id, x.event_id) FROM external_ids x "
                       "LEFT JOIN releases r ON r.id = x.release_id LEFT JOIN speakers s ON s.id = x.speaker_id "
                       "LEFT JOIN events e ON e.id = x.event_id "
                       "WHERE coalesce(r.deleted_at, s.deleted_at, e.deleted_at) IS NULL"));
    external.exec();
    while (external.next())
        m_external.insert(
            externalKey(external.value(0).toString(), external.value(1).toString()), external.value(2).toLongLong());
}

std::optional<qint64> DuplicateFinder::findExternal(const QString &scheme, const QString &value)
{
    load();
    if (scheme.isEmpty() || value.isEmpty())
        return std::nullopt;
    const auto it = m_external.constFind(externalKey(scheme, value));
    if (it == m_external.cend())
        return std::nullopt;
    return it.value();
}

std::optional<DuplicateFinder::Match> DuplicateFinder::find(const ImportRecord &record)
{
    load();
    if (const std::optional<qint64> id = findExternal(record.externalScheme, record.externalId))
        return Match { *id, schemeName(record.externalScheme) };
    switch (record.entity) {
    case Entity::Release: {
        if (!record.release.uuid.isEmpty() && m_releaseUuids.contains(record.release.uuid))
            return Match { m_releaseUuids.value(record.release.uuid),
                QCoreApplication::translate("Import", "same ninjs uri") };
        const auto it = m_releases.constFind(releaseKey(record.release.headline, record.release.releaseDate));
        if (it != m_releases.cend())
            return Match { it.value(), QCoreApplication::translate("Import", "same headline and date") };
        break;
    }
    case Entity::Speaker: {
        const auto it = m_speakers.constFind(speakerKey(record.speaker.fullName, record.organizationName));
        if (it != m_speakers.cend())
            return Match { it.value(), QCoreApplication::translate("Import", "same name and organization") };
        break;
    }
    case Entity::Event: {
        const auto it = m_events.constFind(eventKey(record.event.name, record.event.startText()));
        if (it != m_events.cend())
            return Match { it.value(), QCoreApplication::translate("Import", "same name and start") };
        break;
    }
    case Entity::Organization:
        if (const std::optional<qint64> id = findOrganization(record.organizationName))
            return Match { *id, QCoreApplication::translate("Import", "same name") };
        break;
    }
    return std::nullopt;
}

std::optional<qint64> DuplicateFinder::findSpeakerByName(const QString &fullName)
{
    load();
    const QList<qint64> ids = m_speakerNames.value(TextFolding::fold(fullName));
    if (ids.isEmpty())
        return std::nullopt;
    return ids.constFirst();
}

std::optional<qint64> DuplicateFinder::findOrganization(const QString &name)
{
    load();
    const QString key = TextFolding::fold(name);
    if (key.isEmpty() || !m_organizations.contains(key))
        return std::nullopt;
    return m_organizations.value(key);
}

std::optional<qint64> DuplicateFinder::findEventByName(const QString &name)
{
    load();
    const QString key = TextFolding::fold(name);
    if (key.isEmpty() || !m_eventNames.contains(key))
        return std::nullopt;
    return m_eventNames.value(key);
}

void DuplicateFinder::rememberSpeaker(qint64 id, const QString &fullName, const QString &organization)
{
    m_speakers.insert(speakerKey(fullName, organization), id);
    QList<qint64> &ids = m_speakerNames[TextFolding::fold(fullName)];
    if (!ids.contains(id))
        ids.append(id);
}

void DuplicateFinder::rememberOrganization(qint64 id, const QString &name)
{
    const QString key = TextFolding::fold(name);
    if (!key.isEmpty() && !m_organizations.contains(key))
        m_organizations.insert(key, id);
}

void DuplicateFinder::rememberRelease(qint64 id, const Release &release)
{
    m_releases.insert(releaseKey(release.headline, release.releaseDate), id);
    if (!release.uuid.isEmpty())
        m_releaseUuids.insert(release.uuid, id);
}

void DuplicateFinder::rememberEvent(qint64 id, const Event &event)
{
    m_events.insert(eventKey(event.name, event.startText()), id);
    m_eventNames.insert(TextFolding::fold(event.name), id);
}

void DuplicateFinder::rememberExternal(const QString &scheme, const QString &value, qint64 id)
{
    if (!scheme.isEmpty() && !value.isEmpty())
        m_external.insert(externalKey(scheme, value), id);
}

} // namespace pressdesk
