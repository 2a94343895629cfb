#include "duplicatefinder.h"

#include "storage/database.h"
#include "storage/importledger.h"
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
    ImportLedger ledger(m_database);
    for (const ImportLedger::NamedRow &speaker : ledger.speakers())
        rememberSpeaker(speaker.id, speaker.name, speaker.other);
    for (const ImportLedger::NamedRow &organization : ledger.organizations()) {
        rememberOrganization(organization.id, organization.name);
        if (!organization.other.isEmpty())
            rememberOrganization(organization.id, organization.other);
    }
    for (const ImportLedger::ReleaseRow &release : ledger.releases()) {
        m_releases.insert(releaseKey(release.headline, release.date), release.id);
        m_releaseUuids.insert(release.uuid, release.id);
    }
    for (const ImportLedger::EventRow &event : ledger.events()) {
        m_events.insert(eventKey(event.name, event.start), event.id);
        m_eventNames.insert(TextFolding::fold(event.name), event.id);
        if (!event.edition.isEmpty())
            m_eventNames.insert(TextFolding::fold(event.edition + QLatin1Char(' ') + event.name), event.id);
    }
    // External ids of records not in the trash.
    for (const ImportLedger::ExternalRow &external : ledger.externalIds())
        m_external.insert(externalKey(external.scheme, external.value), external.id);
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
    case Entity::Contact: // media contacts are imported by ContactImporter
    case Entity::MediaList:
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
