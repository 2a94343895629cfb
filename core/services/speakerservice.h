#pragma once

#include "domain/release.h"
#include "domain/speaker.h"
#include "domain/validationissue.h"

#include <QString>

#include <optional>

namespace pressdesk {

class Database;

// Saving a speaker the way the speaker editor and "New speaker…" both do: the speaker is
// checked first, then — in one transaction — the organization named in it is found (by
// name or short name) or created, and the speaker is saved. An invalid speaker leaves no
// organization behind, and a failed save takes back the organization it created.
class SpeakerService final
{
public:
    explicit SpeakerService(Database &database);

    struct Result
    {
        bool ok = false;
        ValidationIssues issues; // the speaker's own problems, by field
        QString error; // a storage error, in words
        bool createdOrganization = false;
    };
    // On success the speaker has its id, version and organizationId.
    Result save(Speaker &speaker);

    // The attribution a new quote starts with: the speaker's current title and organization,
    // the organization left out when the title already names it. Nothing for an unknown id.
    std::optional<QString> attribution(qint64 speakerId);
    // The speaker as a release's media contact, with the details the speaker has now.
    std::optional<ContactRef> contact(qint64 speakerId);

private:
    Database &m_database;
};

} // namespace pressdesk
