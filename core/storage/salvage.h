#pragma once

#include <QString>

namespace pressdesk {

// Rescues what can still be read from a damaged Pressdesk file into a new one: a fresh file
// at the current schema, every row of every table that SQLite can still read (a damaged
// page costs the rows on it, not the rest of the table: reading resumes past it), links
// whose other end was lost dropped, the search indexes rebuilt. The damaged file is only
// read. What came back is counted, so that the user is told in plain numbers.
class Salvage final
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
        int organizations = 0;
        int speakers = 0;
        int events = 0;
        int releases = 0;
        int unreadableRanges = 0; // places where rows could not be read and were skipped
        int records() const { return organizations + speakers + events + releases; }
        // "12 releases, 4 speakers, 2 events and 1 organization"
        QString summary() const;
    };

    // target must not exist.
    static Result run(const QString &damaged, const QString &target);
    // Salvages into a new file and puts it in the damaged file's place; the damaged file
    // (with its WAL) is kept as "<file>.damaged-<time>". Refused while another process has
    // the file open.
    static Result replace(const QString &damaged, QString *keptAside);
};

} // namespace pressdesk
