#include "testsettings.h"

#include "i18n/translations.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace pressdesk::test {

void useTestSettingsInEnglish()
{
    // The PostgreSQL run of a test may run beside its SQLite run: each keeps its own settings.
    QCoreApplication::setOrganizationName(
        testingOnPostgres() ? QStringLiteral("PressdeskTestsPostgres") : QStringLiteral("PressdeskTests"));
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
}

} // namespace pressdesk::test
