#include "organization.h"

#include "fieldchecks.h"

#include <QCoreApplication>

namespace pressdesk {

ValidationIssues Organization::validate() const
{
    ValidationIssues issues;
    if (name.trimmed().isEmpty())
        issues.append({ QStringLiteral("name"), QCoreApplication::translate("Validation", "The name is required.") });
    if (!website.isEmpty() && !fieldchecks::isValidWebUrl(website))
        issues.append({ QStringLiteral("website"),
            QCoreApplication::translate("Validation", "The website must be an http or https address.") });
    if (logo.size() > maxLogoBytes)
        issues.append({ QStringLiteral("logo"),
            QCoreApplication::translate("Validation", "The logo is %1 MB; at most %2 MB are allowed.")
                .arg(logo.size() / (1024 * 1024))
                .arg(maxLogoBytes / (1024 * 1024)) });
    return issues;
}

} // namespace pressdesk
