#pragma once

#include <QString>

namespace pressdesk {

// The time zone a release's dateline implies, for a new embargo: "NAIROBI, Kenya" is
// Africa/Nairobi, "SAN JOSÉ, Costa Rica" America/Costa_Rica. The city is looked for among
// the IANA zone names; otherwise a country with one zone (or the system's zone, when it is
// one of the country's) gives it. Empty when the dateline says nothing certain.
class DatelineZone final
{
public:
    static QString guess(const QString &city, const QString &country);
};

} // namespace pressdesk
