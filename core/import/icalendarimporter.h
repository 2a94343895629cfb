#pragma once

#include "importproblem.h"
#include "importrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

// Events from iCalendar files (RFC 5545) as Outlook, Google, Apple and others write them,
// parsed by libical; the mapping to Pressdesk events is ours (the inverse of
// ICalendarExporter). Times follow ICalendarZones. VALUE=DATE events are all-day, the
// exclusive DTEND turned back into the last day. A repeating event comes in as its first
// occurrence with the rule kept in its description. The UID is the external id. An event
// without a start, or cut off by the end of the file, is skipped and listed in problems; a
// line libical could not read is left out with a warning. Only a file that is not a
// calendar at all is an error.
class ICalendarImporter final
{
public:
    struct Result
    {
        QList<ImportRecord> records;
        ImportProblems problems;
        QString error;
        int line = 0;
    };

    static Result read(const QByteArray &bytes, const QString &fileName);
};

} // namespace pressdesk
