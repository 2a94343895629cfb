#pragma once

#include <QList>
#include <QString>

namespace pressdesk {

// One problem found by validation: the field it belongs to (the stable lower_snake_case
// key also used in JSON, e.g. "headline" or "quotes[1].text") and a readable message.
struct ValidationIssue
{
    QString field;
    QString message;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

using ValidationIssues = QList<ValidationIssue>;

// Joins issues as "field: message" lines, for the CLI and for error dialogs.
QString describeIssues(const ValidationIssues &issues);

} // namespace pressdesk
