#include "datelinezone.h"

#include "import/textfolding.h"

#include <QLocale>
#include <QTimeZone>

namespace pressdesk {

namespace {

std::optional<QLocale::Territory> territoryNamed(const QString &country)
{
    const QString wanted = TextFolding::fold(country);
    if (wanted.isEmpty())
        return std::nullopt;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        if (TextFolding::fold(QLocale::territoryToString(territory)) == wanted)
            return territory;
    }
    return std::nullopt;
}

} // namespace

QString DatelineZone::guess(const QString &city, const QString &country)
{
    const std::optional<QLocale::Territory> territory = territoryNamed(country);
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
