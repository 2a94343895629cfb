#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pressdesk {

// Dates and times in lists, in the default locale's conventions (the interface language,
// see Translations::install) with four-digit years: "18/03/2026 08:30" in Spanish,
// "3/18/2026 8:30 AM" in American English.
class LocaleFormat final
{
public:
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &moment);
    // An ISO 8601 value as stored ("2026-03-18", "2026-03-18T08:30:00", UTC instants with
    // "Z"); UTC instants are shown in local time. Text that is not a date comes back as is.
    static QString isoText(const QString &iso);
};

} // namespace pressdesk
