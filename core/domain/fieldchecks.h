#pragma once

#include <QString>

namespace pressdesk::fieldchecks {

// Loose but honest e-mail check: one @, a dot in the domain, no spaces.
bool isValidEmail(const QString &email);
// Only absolute http and https URLs with a host are accepted for websites and links.
bool isValidWebUrl(const QString &url);
// An IANA time zone id that this system's time zone database knows.
bool isValidTimeZone(const QString &zoneId);
// A BCP 47 tag of the common shape: "en", "es", "fr-CA", "zh-Hans".
bool isValidLanguageTag(const QString &tag);

} // namespace pressdesk::fieldchecks
