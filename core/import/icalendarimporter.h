#pragma once

#include "importrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

// Events from an iCalendar file (RFC 5545): the inverse of ICalendarExporter. Times with a
// TZID keep their wall-clock time in that zone (IANA ids, Windows names, or a VTIMEZONE the
// file defines, converted to UTC by its offsets); UTC times stay UTC; VALUE=DATE events are
// all-day with the exclusive DTEND turned back into the last day. The UID is the external id.
class ICalendarImporter final
{
public:
    struct Result
    {
        QList<ImportRecord> records;
        QString error;
        int line = 0;
    };

    static Result read(const QByteArray &bytes, const QString &fileName);
};

} // namespace pressdesk
