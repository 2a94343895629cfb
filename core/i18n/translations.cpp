#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pressdesk {

void Translations::install(QCoreApplication &application, const QLocale &locale)
{
    auto *own = new QTranslator(&application);
    if (own->load(locale, QStringLiteral("pressdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/pressdesk_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(&application);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace pressdesk
