#pragma once

#include <QString>

namespace pressdesk {

// The place of a dateline as a record keeps it: "NAIROBI" (the wire style of a pasted
// release) becomes the city "Nairobi", "PORT-AU-PRINCE" "Port-au-Prince", "CIUDAD DE
// MÉXICO" "Ciudad de México"; and a dateline without a country gets the country the city
// is in, from the IANA zone names (Africa/Nairobi: Kenya) and the common duty stations
// that have no zone of their own (Geneva, New York, San José).
class DatelinePlace final
{
public:
    // Written in capitals, the city comes back in its usual case; otherwise unchanged.
    static QString cityName(const QString &city);
    // The English name of the country the city is in, or empty when unknown.
    static QString countryOf(const QString &city);
};

} // namespace pressdesk
