#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <libical/ical.h>

namespace pressdesk {

// Turns the times of one iCalendar calendar (parsed by libical) into Pressdesk times: a
// wall-clock time in an IANA zone wherever one can be found. A TZID is taken as an IANA id,
// a Windows zone name (Outlook), an id ending in an IANA id ("/mozilla.org/…/Europe/Paris"),
// or the VTIMEZONE the file defines, whose rules fix the instant even when its name is
// unknown; that instant is then shown in the IANA zone with the same offsets over the year.
// A TZID neither known nor defined keeps the time as written, with a warning. UTC and
// floating times use the calendar's X-WR-TIMEZONE (Google) when it names a zone.
class ICalendarZones final
{
public:
    explicit ICalendarZones(icalcomponent *calendar);

    struct Moment
    {
        QDateTime value; // invalid when the property holds no time
        QString zone; // IANA id of value; empty when the time is kept as written or in UTC
        bool isDate = false;
        QString warning; // a sentence fragment: "its time zone “X” is unknown …"
    };
    Moment moment(icalproperty *property) const;
    // The same clock in the event's own country: "Central America Standard Time" becomes
    // America/Costa_Rica, not Windows' America/Guatemala, for an event in Costa Rica. The
    // zone itself when the country is unknown or none of its zones keeps the same offsets.
    QByteArray inCountry(const QByteArray &zone, const QString &country, const QDateTime &at) const;

private:
    QByteArray known(const QString &tzid) const;

    icalcomponent *m_calendar = nullptr;
    QByteArray m_calendarZone; // X-WR-TIMEZONE
    // Looking a name up among all IANA ids, or matching a file's zone against all of them,
    // is done once per name (and year) per calendar, not once per event.
    mutable QHash<QString, QByteArray> m_known;
    mutable QHash<QString, QByteArray> m_matched;
    mutable QHash<QString, QByteArray> m_inCountry;
};

} // namespace pressdesk
