#include "speakerservice.h"

#include "domain/attributiontext.h"
#include "storage/organizationrepository.h"
#include "storage/speakerrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

namespace pressdesk {

SpeakerService::SpeakerService(Database &database)
    : m_database(database)
{ }

SpeakerService::Result SpeakerService::save(Speaker &speaker)
{
    Result result;
    result.issues = speaker.validate();
    if (!result.issues.isEmpty())
        return result;
    Speaker saved = speaker;
    try {
        Transaction transaction(m_database);
        const QString organizationName = saved.organizationName.trimmed();
        if (saved.organizationId == 0 && !organizationName.isEmpty()) {
            OrganizationRepository organizations(m_database);
            if (const auto existing = organizations.findByName(organizationName)) {
                saved.organizationId = *existing;
            } else {
                Organization organization;
                organization.name = organizationName;
                organization.country = saved.country;
                if (!organizations.save(organization))
                    throw StorageError(organizations.errorString());
                saved.organizationId = organization.id;
                result.createdOrganization = true;
            }
        }
        SpeakerRepository speakers(m_database);
        if (!speakers.save(saved))
            throw StorageError(speakers.errorString());
        transaction.commit();
    } catch (const StorageError &error) {
        result.error = error.message();
        result.createdOrganization = false;
        return result;
    }
    speaker = saved;
    result.ok = true;
    return result;
}

std::optional<QString> SpeakerService::attribution(qint64 speakerId)
{
    const auto speaker = SpeakerRepository(m_database).load(speakerId);
    if (!speaker)
        return std::nullopt;
    QStringList parts;
    if (!speaker->title.isEmpty())
        parts.append(speaker->title);
    // "Vice Minister of Labour of Costa Rica, Ministry of Labour of Costa Rica" says the
    // same twice.
    if (!speaker->organizationName.isEmpty()
        && !AttributionText::titleNamesOrganization(speaker->title, speaker->organizationName))
        parts.append(speaker->organizationName);
    return parts.join(QLatin1String(", "));
}

std::optional<ContactRef> SpeakerService::contact(qint64 speakerId)
{
    const auto speaker = SpeakerRepository(m_database).load(speakerId);
    if (!speaker)
        return std::nullopt;
    return ContactRef { speaker->id, speaker->fullName, speaker->title, speaker->email, speaker->phone };
}

} // namespace pressdesk
