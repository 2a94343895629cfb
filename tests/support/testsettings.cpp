#include "testsettings.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace pressdesk::test {

void useTestSettingsInEnglish()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PressdeskTests"));
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
}

} // namespace pressdesk::test
