#include "spellingvariant.h"

#include "dictionarylocator.h"
#include "i18n/countrylist.h"

namespace pressdesk {

bool SpellingVariant::usesAmericanSpelling(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::UnitedStates:
    case QLocale::Philippines:
    case QLocale::Liberia:
    case QLocale::PuertoRico:
    case QLocale::Guam:
    case QLocale::AmericanSamoa:
    case QLocale::UnitedStatesVirginIslands:
    case QLocale::NorthernMarianaIslands:
    case QLocale::UnitedStatesOutlyingIslands:
        return true;
    default:
        return false;
    }
}

QString SpellingVariant::dictionaryTag(
    const QString &languageTag, const QString &organizationCountry, const QLocale &system)
{
    const QString tag = languageTag.trimmed();
    if (DictionaryLocator::baseLanguage(tag) != QLatin1String("en") || tag.contains(QLatin1Char('-'))
        || tag.contains(QLatin1Char('_')))
        return tag;
    QLocale::Territory territory = CountryList::territoryNamed(organizationCountry);
    if (territory == QLocale::AnyTerritory)
        territory = system.territory();
    return usesAmericanSpelling(territory) ? QStringLiteral("en-US") : QStringLiteral("en-GB");
}

} // namespace pressdesk
