#include "validationissue.h"

#include <QStringList>

namespace pressdesk {

QString describeIssues(const ValidationIssues &issues)
{
    QStringList lines;
    lines.reserve(issues.size());
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QLatin1String(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace pressdesk
