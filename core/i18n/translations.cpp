#include "translations.h"

#include "englishpluraltranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pressdesk {

namespace {

const QString ownName = QStringLiteral("pressdeskTranslator");
const QString qtName = QStringLiteral("qtTranslator");

void removeInstalled(QCoreApplication &application)
{
    // Deleting a translator uninstalls it.
    const QList<QTranslator *> installed =
        application.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        if (translator->objectName() == ownName || translator->objectName() == qtName)
            delete translator;
    }
}

void installOwn(QCoreApplication &application, const QLocale &locale)
{
    auto *own = new QTranslator(&application);
    own->setObjectName(ownName);
    if (own->load(locale, QStringLiteral("pressdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/pressdesk_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace

QStringList Translations::interfaceLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr") };
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

QLocale Translations::interfaceLocale(const QString &choice)
{
    const QLocale system = QLocale::system();
    if (choice.isEmpty() || !interfaceLanguages().contains(choice))
        return system;
    const QLocale chosen(choice);
    return chosen.language() == system.language() ? system : chosen;
}

void Translations::install(QCoreApplication &application, const QLocale &locale)
{
    removeInstalled(application);
    QLocale::setDefault(locale);
    // QTranslator::load(QLocale, …) walks locale.uiLanguages(), which for the system
    // locale is the user's whole list of preferred languages; only the first one counts.
    const QLocale language(locale.language(), locale.script(), locale.territory());
    installOwn(application, language);

    auto *qt = new QTranslator(&application);
    qt->setObjectName(qtName);
    if (qt->load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

void Translations::installCommandLine(QCoreApplication &application)
{
    removeInstalled(application);
    auto *own = new EnglishPluralTranslator(&application);
    own->setObjectName(ownName);
    QCoreApplication::installTranslator(own);
}

} // namespace pressdesk
