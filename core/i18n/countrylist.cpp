#include "countrylist.h"

#include "import/textfolding.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace pressdesk {

const QStringList &CountryList::names()
{
    static const QStringList list = [] {
        QStringList names;
        for (int value = 1; value <= static_cast<int>(QLocale::LastTerritory); ++value) {
            const auto territory = static_cast<QLocale::Territory>(value);
            const QString name = QLocale::territoryToString(territory);
            // Regions such as "Latin America" or "World" are not countries.
            static const QStringList regions { QStringLiteral("Latin America"), QStringLiteral("World"),
                QStringLiteral("Europe"), QStringLiteral("European Union"), QStringLiteral("Eurozone"),
                QStringLiteral("Outlying Oceania"), QStringLiteral("United Nations") };
            if (name.isEmpty() || regions.contains(name))
                continue;
            names.append(name);
        }
        const QCollator collator { QLocale(QLocale::English) };
        std::sort(names.begin(), names.end(),
            [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        names.removeDuplicates();
        return names;
    }();
    return list;
}

QLocale::Territory CountryList::territoryNamed(const QString &country)
{
    const QString wanted = TextFolding::fold(country);
    if (wanted.isEmpty())
        return QLocale::AnyTerritory;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        if (TextFolding::fold(QLocale::territoryToString(territory)) == wanted)
            return territory;
    }
    return QLocale::AnyTerritory;
}

} // namespace pressdesk
