#pragma once

#include "domain/event.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

// Events as an iCalendar (RFC 5545) calendar: one VEVENT each, times with TZID and a
// VTIMEZONE built from the zone's real transitions, whole days as DATE values with an
// exclusive end, LOCATION for in-person and hybrid events, URL and CONFERENCE (RFC 7986)
// for online and hybrid ones.
class ICalendarExporter final
{
public:
    static QByteArray render(const QList<Event> &events, const ExportContext &context);
    // Stable across exports, so a calendar that imported the event updates it instead of
    // adding a copy: "event-12@centralamerica.unmigen.example.org".
    static QString uid(const Event &event, const ExportContext &context);
};

} // namespace pressdesk
