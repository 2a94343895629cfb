#include "medialist.h"

#include <QCoreApplication>

namespace pressdesk {

ValidationIssues MediaList::validate() const
{
    ValidationIssues issues;
    if (name.trimmed().isEmpty())
        issues.append({ QStringLiteral("name"), QCoreApplication::translate("Validation", "The list needs a name.") });
    return issues;
}

} // namespace pressdesk
