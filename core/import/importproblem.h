#pragma once

#include <QList>
#include <QString>

namespace pressdesk {

// Something an import reader could not take as it was: a record it skipped (no start date,
// no name, an unreadable card) or a record it imported with a change the person should know
// about (a time zone it had to guess, a line it could not read). The message is a whole
// sentence that names the record and its line, e.g. "Event “Board meeting” at line 53 has
// no start date: skipped."
struct ImportProblem
{
    QString file;
    int line = 0;
    QString message;
    bool skipped = true; // false: the record was imported, with this warning

    QString text() const { return file.isEmpty() ? message : file + QStringLiteral(": ") + message; }
};

using ImportProblems = QList<ImportProblem>;

} // namespace pressdesk
