#include "datelineregion.h"

#include "textfolding.h"

#include <QHash>
#include <QStringList>

namespace pressdesk {

namespace {

// Folded, without dots: AP style abbreviations, postal codes and full names.
const QHash<QString, QString> &regions(const QString &language)
{
    static const auto build = [](std::initializer_list<std::pair<const char *, const char *>> lists) {
        QHash<QString, QString> table;
        for (const auto &[words, country] : lists) {
            for (const QString &word : QString::fromUtf8(words).split(QLatin1Char('|')))
                table.insert(TextFolding::fold(word), QString::fromUtf8(country));
        }
        return table;
    };
    static const QHash<QString, QString> northAmerica = build({
        { "ala|al|alabama|alaska|ak|ariz|az|arizona|ark|ar|arkansas|calif|ca|california|colo|co|colorado|conn|ct|"
          "connecticut|del|de|delaware|fla|fl|florida|ga|georgia|hawaii|hi|idaho|id|ill|il|illinois|ind|in|indiana|"
          "iowa|ia|kan|ks|kansas|ky|kentucky|la|louisiana|maine|me|md|maryland|mass|ma|massachusetts|mich|mi|"
          "michigan|minn|mn|minnesota|miss|ms|mississippi|mo|missouri|mont|mt|montana|neb|ne|nebraska|nev|nv|nevada|"
          "nh|new hampshire|nj|new jersey|nm|new mexico|ny|new york|nc|north carolina|nd|north dakota|ohio|oh|okla|"
          "ok|oklahoma|ore|or|oregon|pa|penn|pennsylvania|ri|rhode island|sc|south carolina|sd|south dakota|tenn|tn|"
          "tennessee|texas|tx|utah|ut|vt|vermont|va|virginia|wash|wa|washington|wva|wv|west virginia|wis|wi|"
          "wisconsin|wyo|wy|wyoming|dc|d c",
            "United States" },
        { "qc|que|quebec|québec|on|ont|ontario|bc|british columbia|colombie-britannique|ab|alta|alberta|mb|man|"
          "manitoba|sk|sask|saskatchewan|ns|nova scotia|nouvelle-écosse|nb|new brunswick|nouveau-brunswick|nl|"
          "newfoundland|pe|pei|prince edward island|nt|yt|nu",
            "Canada" },
        { "aguascalientes|baja california|baja california sur|b.c.|bcs|campeche|chiapas|chihuahua|coahuila|colima|"
          "durango|estado de méxico|edomex|edo. méx|guanajuato|guerrero|hidalgo|jalisco|michoacán|morelos|nayarit|"
          "nuevo león|n.l.|oaxaca|puebla|querétaro|qro|quintana roo|q. roo|san luis potosí|slp|sinaloa|sonora|"
          "tabasco|tamaulipas|tlaxcala|veracruz|ver|yucatán|yuc|zacatecas|cdmx",
            "Mexico" },
    });
    static const QHash<QString, QString> brazil = build({
        { "ac|al|ap|am|ba|ce|df|es|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to|distrito federal",
            "Brazil" },
    });
    return language == QLatin1String("pt") ? brazil : northAmerica;
}

} // namespace

QString DatelineRegion::countryOf(const QString &region, const QString &language)
{
    const QString key = TextFolding::fold(region);
    if (key.isEmpty() || key.size() > 30)
        return {};
    if (language == QLatin1String("pt")) {
        if (const QString country = regions(language).value(key); !country.isEmpty())
            return country;
    }
    // A two-letter code only Brazil uses ("DF", "SP", "RJ") is Brazil's in any language.
    const QString american = regions(QString()).value(key);
    if (!american.isEmpty())
        return american;
    return regions(QStringLiteral("pt")).value(key);
}

} // namespace pressdesk
