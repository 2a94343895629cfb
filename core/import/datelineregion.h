#pragma once

#include <QString>

namespace pressdesk {

// The state or province a dateline prints after the city, as wire services write it:
// "SPRINGFIELD, Ill.", "AUSTIN, Texas", "BÉCANCOUR, QC", "BRASÍLIA (DF)", "San Cristóbal de las
// Casas, Chiapas" (United States, Canada, Mexico, Brazil). Gives the English
// name of the country the region is in. Two-letter codes that the United States and Brazil
// share ("PA", "MA") are read as Brazilian in a Portuguese release.
class DatelineRegion final
{
public:
    static QString countryOf(const QString &region, const QString &language = QString());
};

} // namespace pressdesk
