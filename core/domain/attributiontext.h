#pragma once

#include <QString>

namespace pressdesk {

// The first attribution a quote gets from its speaker's record.
class AttributionText final
{
public:
    // True when the title already names the organization: every significant word of the
    // organization's name (not "Ministry", "of", "the", "de", "la" …) appears in the title,
    // as in "Vice Minister of Labour of Costa Rica" and "Ministry of Labour of Costa Rica".
    static bool titleNamesOrganization(const QString &title, const QString &organization);
};

} // namespace pressdesk
