#include "datelinezone.h"

#include "countrylist.h"
#include "import/textfolding.h"

#include <QLocale>
#include <QTimeZone>

namespace pressdesk {

QString DatelineZone::guess(const QString &city, const QString &country)
{
    const QLocale::Territory named = CountryList::territoryNamed(country);
    const std::optional<QLocale::Territory> territory =
        named == QLocale::AnyTerritory ? std::nullopt : std::optional<QLocale::Territory>(named);
    const QList<QByteArray> zones =
        territory ? QTimeZone::availableTimeZoneIds(*territory) : QTimeZone::availableTimeZoneIds();
    // "San José" → "san jose" against "America/Costa_Rica" → "costa rica" (the last part).
    const QString wantedCity = TextFolding::fold(city);
    if (!wantedCity.isEmpty()) {
        for (const QByteArray &zone : zones) {
            const QString place = QString::fromUtf8(zone.mid(zone.lastIndexOf('/') + 1)).replace(u'_', u' ');
            if (TextFolding::fold(place) == wantedCity)
                return QString::fromUtf8(zone);
        }
    }
    if (!territory || zones.isEmpty())
        return {};
    if (zones.size() == 1)
        return QString::fromUtf8(zones.constFirst());
    const QByteArray system = QTimeZone::systemTimeZoneId();
    return zones.contains(system) ? QString::fromUtf8(system) : QString();
}

} // namespace pressdesk
