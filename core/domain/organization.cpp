#include "organization.h"

#include "fieldchecks.h"

#include <QCoreApplication>

namespace pressdesk {

ValidationIssues Organization::validate() const
{
    ValidationIssues issues;
    if (name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"),
                       QCoreApplication::translate("Validation", "The name is required.")});
    if (!website.isEmpty() && !fieldchecks::isValidWebUrl(website))
        issues.append({QStringLiteral("website"),
                       QCoreApplication::translate(
                           "Validation", "The website must be an http or https address.")});
    return issues;
}

} // namespace pressdesk
