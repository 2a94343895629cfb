#include "exportsource.h"

#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"

namespace pressdesk {

ExportSource::ExportSource(Database &database)
    : m_database(database)
{ }

ExportSource::~ExportSource() = default;

std::optional<Release> ExportSource::release(qint64 id)
{
    if (!m_releases)
        m_releases = std::make_unique<ReleaseRepository>(m_database);
    std::optional<Release> release = m_releases->load(id);
    m_error = m_releases->errorString();
    return release;
}

std::optional<Event> ExportSource::event(qint64 id)
{
    if (const auto found = m_events.constFind(id); found != m_events.constEnd())
        return *found;
    EventRepository repository(m_database);
    std::optional<Event> event = repository.load(id);
    m_error = repository.errorString();
    if (event)
        m_events.insert(id, *event);
    return event;
}

std::optional<Speaker> ExportSource::speaker(qint64 id)
{
    if (const auto found = m_speakers.constFind(id); found != m_speakers.constEnd())
        return *found;
    SpeakerRepository repository(m_database);
    std::optional<Speaker> speaker = repository.load(id);
    m_error = repository.errorString();
    if (speaker)
        m_speakers.insert(id, *speaker);
    return speaker;
}

std::optional<Organization> ExportSource::organization(qint64 id)
{
    if (const auto found = m_organizations.constFind(id); found != m_organizations.constEnd())
        return *found;
    OrganizationRepository repository(m_database);
    std::optional<Organization> organization = repository.load(id);
    m_error = repository.errorString();
    if (organization)
        m_organizations.insert(id, *organization);
    return organization;
}

ExportContext ExportSource::contextFor(const QList<Event> &events)
{
    ExportContext context;
    if (!m_ours) {
        OrganizationRepository organizations(m_database);
        m_ours = organizations.ours().value_or(Organization {});
    }
    context.organization = *m_ours;
    for (const Event &event : events) {
        for (const EventOrganization &taking : event.organizations) {
            if (const auto found = organization(taking.organizationId))
                context.organizations.insert(taking.organizationId, *found);
        }
    }
    return context;
}

ExportContext ExportSource::contextFor(const Release &release)
{
    ExportContext context;
    if (release.organizationId != 0) {
        context.organization = organization(release.organizationId).value_or(Organization {});
    } else {
        if (!m_ours) {
            OrganizationRepository organizations(m_database);
            m_ours = organizations.ours().value_or(Organization {});
        }
        context.organization = *m_ours;
    }
    for (const EventRef &ref : release.events) {
        if (const auto linked = event(ref.id))
            context.events.append(*linked);
    }
    for (const Quote &quote : release.quotes) {
        if (const auto quoted = speaker(quote.speakerId))
            context.speakers.insert(quote.speakerId, *quoted);
    }
    for (const ContactRef &contact : release.contacts) {
        if (const auto person = speaker(contact.id))
            context.speakers.insert(contact.id, *person);
    }
    return context;
}

QList<qint64> ExportSource::releaseIds(const std::optional<ReleaseStatus> &status)
{
    ReleaseRepository repository(m_database);
    ReleaseFilter filter;
    filter.status = status;
    QList<qint64> ids;
    const QList<Release> summaries = repository.summaries(filter);
    m_error = repository.errorString();
    for (const Release &summary : summaries)
        ids.append(summary.id);
    return ids;
}

QList<qint64> ExportSource::eventIds()
{
    EventRepository repository(m_database);
    QList<qint64> ids;
    const QList<Event> events = repository.list();
    m_error = repository.errorString();
    // The list leaves out the organizations and speakers; event() loads them.
    for (const Event &event : events)
        ids.append(event.id);
    return ids;
}

QList<qint64> ExportSource::speakerIds()
{
    SpeakerRepository repository(m_database);
    QList<qint64> ids;
    const QList<Speaker> speakers = repository.list();
    m_error = repository.errorString();
    for (const Speaker &speaker : speakers) {
        m_speakers.insert(speaker.id, speaker);
        ids.append(speaker.id);
    }
    return ids;
}

} // namespace pressdesk
