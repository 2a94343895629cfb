#include "datelineplace.h"

#include "import/textfolding.h"

#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

namespace pressdesk {

namespace {

// Words that stay lower case inside a place name (Spanish, French, Portuguese, Italian,
// English): "Ciudad de México", "Port-au-Prince", "Dar es Salaam", "Rio de Janeiro".
const QSet<QString> &particles()
{
    static const QSet<QString> words { QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("la"),
        QStringLiteral("las"), QStringLiteral("los"), QStringLiteral("el"), QStringLiteral("y"), QStringLiteral("do"),
        QStringLiteral("da"), QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("e"), QStringLiteral("le"),
        QStringLiteral("les"), QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("au"), QStringLiteral("aux"),
        QStringLiteral("et"), QStringLiteral("es"), QStringLiteral("di"), QStringLiteral("of"), QStringLiteral("on"),
        QStringLiteral("upon") };
    return words;
}

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1).toLower();
}

// Duty stations and capitals whose name is no zone's: folded city, English country.
const QHash<QString, QLocale::Territory> &knownCities()
{
    static const QHash<QString, QLocale::Territory> cities {
        { QStringLiteral("geneva"), QLocale::Switzerland },
        { QStringLiteral("ginebra"), QLocale::Switzerland },
        { QStringLiteral("geneve"), QLocale::Switzerland },
        { QStringLiteral("bern"), QLocale::Switzerland },
        { QStringLiteral("new york"), QLocale::UnitedStates },
        { QStringLiteral("nueva york"), QLocale::UnitedStates },
        { QStringLiteral("washington"), QLocale::UnitedStates },
        { QStringLiteral("san jose"), QLocale::CostaRica },
        { QStringLiteral("san salvador"), QLocale::ElSalvador },
        { QStringLiteral("guatemala city"), QLocale::Guatemala },
        { QStringLiteral("ciudad de guatemala"), QLocale::Guatemala },
        { QStringLiteral("mexico city"), QLocale::Mexico },
        { QStringLiteral("ciudad de mexico"), QLocale::Mexico },
        { QStringLiteral("quito"), QLocale::Ecuador },
        { QStringLiteral("new delhi"), QLocale::India },
        { QStringLiteral("nueva delhi"), QLocale::India },
        { QStringLiteral("the hague"), QLocale::Netherlands },
        { QStringLiteral("la haya"), QLocale::Netherlands },
        { QStringLiteral("brasilia"), QLocale::Brazil },
        { QStringLiteral("bonn"), QLocale::Germany },
        { QStringLiteral("roma"), QLocale::Italy },
        { QStringLiteral("ginevra"), QLocale::Switzerland },
        { QStringLiteral("panama city"), QLocale::Panama },
        { QStringLiteral("ciudad de panama"), QLocale::Panama },
        { QStringLiteral("tunis"), QLocale::Tunisia },
        { QStringLiteral("dakar"), QLocale::Senegal },
        { QStringLiteral("addis ababa"), QLocale::Ethiopia },
        // Spanish, French and Portuguese names of capitals, and large cities no zone names.
        { QStringLiteral("lisboa"), QLocale::Portugal },
        { QStringLiteral("lisbonne"), QLocale::Portugal },
        { QStringLiteral("porto"), QLocale::Portugal },
        { QStringLiteral("londres"), QLocale::UnitedKingdom },
        { QStringLiteral("bruselas"), QLocale::Belgium },
        { QStringLiteral("bruxelles"), QLocale::Belgium },
        { QStringLiteral("bruxelas"), QLocale::Belgium },
        { QStringLiteral("nantes"), QLocale::France },
        { QStringLiteral("lyon"), QLocale::France },
        { QStringLiteral("marseille"), QLocale::France },
        { QStringLiteral("bordeaux"), QLocale::France },
        { QStringLiteral("toulouse"), QLocale::France },
        { QStringLiteral("strasbourg"), QLocale::France },
        { QStringLiteral("lille"), QLocale::France },
        { QStringLiteral("barcelona"), QLocale::Spain },
        { QStringLiteral("sevilla"), QLocale::Spain },
        { QStringLiteral("valencia"), QLocale::Spain },
        { QStringLiteral("medellin"), QLocale::Colombia },
        { QStringLiteral("cali"), QLocale::Colombia },
        { QStringLiteral("cartagena"), QLocale::Colombia },
        { QStringLiteral("rio de janeiro"), QLocale::Brazil },
        { QStringLiteral("cusco"), QLocale::Peru },
        { QStringLiteral("arequipa"), QLocale::Peru },
        { QStringLiteral("san pedro sula"), QLocale::Honduras },
    };
    return cities;
}

} // namespace

QString DatelinePlace::cityName(const QString &city)
{
    const QString trimmed = city.simplified();
    bool hasLetter = false;
    for (const QChar c : trimmed) {
        if (c.isLetter()) {
            hasLetter = true;
            if (c.isLower())
                return trimmed; // written in its own case already
        }
    }
    if (!hasLetter || trimmed.size() < 3)
        return trimmed;
    QString result;
    QString word;
    bool first = true;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        const QString lower = word.toLower();
        result += !first && particles().contains(lower) ? lower : capitalized(word);
        first = false;
        word.clear();
    };
    for (const QChar c : trimmed) {
        // Spaces, hyphens and apostrophes separate words: "N'DJAMENA" gives "N'Djamena".
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            flush();
            result += c;
        } else {
            word += c;
        }
    }
    flush();
    return result;
}

QString DatelinePlace::countryOf(const QString &city)
{
    const QString wanted = TextFolding::fold(city);
    if (wanted.isEmpty())
        return {};
    if (const auto known = knownCities().constFind(wanted); known != knownCities().cend())
        return QLocale::territoryToString(*known);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        const QString place = QString::fromUtf8(id.mid(id.lastIndexOf('/') + 1)).replace(u'_', u' ');
        if (TextFolding::fold(place) != wanted)
            continue;
        const QLocale::Territory territory = QTimeZone(id).territory();
        if (territory != QLocale::AnyTerritory)
            return QLocale::territoryToString(territory);
    }
    return {};
}

} // namespace pressdesk
