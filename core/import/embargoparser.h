#pragma once

#include "datetextparser.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pressdesk {

// An embargo line at the top of a release:
//   "EMBARGOED UNTIL 00:01 GMT, 20 November 2025"   "UNDER EMBARGO UNTIL 12 March 2025, 06:00 CET"
//   "NOT FOR RELEASE BEFORE 10:00 a.m. EST, Thursday, January 16, 2025"   "Embargo: 3 May 2025"
//   "Embargo hasta las 10:00 horas (hora de Madrid) del 24 de junio de 2025"
//   "Sous embargo jusqu'au 12 mars 2025 à 18 h 00 (heure de Paris)"   "Embargo até 5 de maio de 2025"
// The zone is kept when one is printed: an abbreviation (the dateline city's own zone when
// its offset is the same, else the abbreviation's usual zone), "hora de Madrid", "heure de
// Paris", "local time" (the dateline city's). Without one, the time is read as UTC and the
// zone left empty for the review to ask.
class EmbargoParser final
{
public:
    struct Embargo
    {
        QDateTime until; // UTC
        QString timeZone; // IANA id, empty when the release printed none
    };

    // Whether the line announces an embargo, readable or not.
    static bool isEmbargoLine(const QString &line);
    static std::optional<Embargo> parse(const QString &line, const QString &datelineCity = QString(),
        DateTextParser::Order order = DateTextParser::Order::DayFirst);
    // The IANA zone named after a city ("Madrid" → Europe/Madrid, "New York" →
    // America/New_York); invalid when none is.
    static QByteArray zoneOfCity(const QString &city);
};

} // namespace pressdesk
