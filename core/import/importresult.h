#pragma once

#include "importrecord.h"

#include <QList>
#include <QString>

namespace pressdesk {

// What an import did (or, in a dry run, would do): one entry per record written or
// skipped, including speakers and organizations created for quotes, contacts, speakers'
// organizations and event organizers. On failure nothing was written and error says which
// record failed and why.
struct ImportResult
{
    struct Entry
    {
        ImportAction action = ImportAction::Create;
        Entity entity = Entity::Release;
        qint64 id = 0; // the record written (0 when skipped)
        QString label; // headline or name
        QString file;
        int line = 0;
        qint64 duplicateOf = 0; // the existing record it matched
        QString reason; // why it matched ("same iCalendar UID")
        bool dependent = false; // created for another record (a quoted speaker, an organizer)
    };

    bool ok = false;
    bool dryRun = false;
    QString error;
    QString failedFile;
    int failedLine = 0;
    QList<Entry> entries;

    int count(ImportAction action, bool includeDependent = true) const;
};

} // namespace pressdesk
