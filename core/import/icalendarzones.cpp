#include "icalendarzones.h"

#include "i18n/countrylist.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cctype>

namespace pressdesk {

namespace {

QByteArray ianaId(const QString &name)
{
    const QByteArray id = name.trimmed().toUtf8();
    if (id.isEmpty())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return id;
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!windows.isEmpty())
        return windows;
    // An id that ends in an IANA id: "/mozilla.org/20050126_1/America/New_York",
    // "/softwarestudio.org/Olson_…/Europe/Paris", "posix/Europe/Vaduz",
    // "custom_America/New_York". The longest match wins.
    static const QList<QByteArray> all = QTimeZone::availableTimeZoneIds();
    QByteArray best;
    for (const QByteArray &known : all) {
        if (known.size() > best.size() && known.contains('/') && id.endsWith(known)
            && !std::isalnum(static_cast<unsigned char>(id.at(id.size() - known.size() - 1))))
            best = known;
    }
    if (best.isEmpty()) {
        // "custom_America/New_York": a prefix glued to the region.
        for (const QByteArray &known : all) {
            if (known.size() > best.size() && known.contains('/') && id.endsWith(known))
                best = known;
        }
    }
    return best;
}

QDateTime wallClock(const icaltimetype &time, const QTimeZone &zone)
{
    return QDateTime(QDate(time.year, time.month, time.day), QTime(time.hour, time.minute, time.second), zone);
}

int offsetAt(icaltimezone *zone, int year, int month)
{
    icaltimetype probe = icaltime_null_time();
    probe.year = year;
    probe.month = month;
    probe.day = 15;
    probe.hour = 12;
    return icaltimezone_get_utc_offset(zone, &probe, nullptr);
}

// The IANA zone whose offsets match the file's zone in January, in July and at the instant,
// preferring the zones Windows names by default (the best known of each region).
QByteArray matchingZone(icaltimezone *defined, const QDateTime &instant, int offset)
{
    const int year = instant.date().year();
    const int january = offsetAt(defined, year, 1);
    const int july = offsetAt(defined, year, 7);
    const QDateTime januaryUtc(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime julyUtc(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
    // The zone Windows names first for its region, and the regions with the most places
    // first: America/New_York before America/Grand_Turk.
    QList<QPair<qsizetype, QByteArray>> ranked;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QByteArray windows = QTimeZone::ianaIdToWindowsId(id);
        const bool windowsDefault = QTimeZone::windowsIdToDefaultIanaId(windows) == id;
        ranked.append({ windowsDefault ? QTimeZone::windowsIdToIanaIds(windows).size() : 0, id });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<QByteArray> candidates;
    for (const auto &entry : std::as_const(ranked))
        candidates.append(entry.second);
    for (const QByteArray &id : std::as_const(candidates)) {
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        const QTimeZone zone(id);
        if (zone.offsetFromUtc(januaryUtc) == january && zone.offsetFromUtc(julyUtc) == july
            && zone.offsetFromUtc(instant) == offset)
            return id;
    }
    return {};
}

} // namespace

QByteArray ICalendarZones::inCountry(const QByteArray &zone, const QString &country, const QDateTime &at) const
{
    const QString key = QString::fromUtf8(zone) + QLatin1Char('|') + country + QLatin1Char('|')
        + QString::number(at.date().year()) + QLatin1Char('|') + QString::number(at.offsetFromUtc());
    const auto cached = m_inCountry.constFind(key);
    if (cached != m_inCountry.constEnd())
        return *cached;
    const QByteArray found = [&] {
        const QLocale::Territory territory = CountryList::territoryNamed(country);
        const QTimeZone current(zone);
        if (territory == QLocale::AnyTerritory || !current.isValid() || current.territory() == territory)
            return zone;
        const int year = at.date().year();
        const QDateTime january(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
        const QDateTime july(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds(territory)) {
            const QTimeZone candidate(id);
            if (candidate.offsetFromUtc(at) == current.offsetFromUtc(at)
                && candidate.offsetFromUtc(january) == current.offsetFromUtc(january)
                && candidate.offsetFromUtc(july) == current.offsetFromUtc(july))
                return id;
        }
        return zone;
    }();
    m_inCountry.insert(key, found);
    return found;
}

QByteArray ICalendarZones::known(const QString &tzid) const
{
    const auto cached = m_known.constFind(tzid);
    if (cached != m_known.constEnd())
        return *cached;
    const QByteArray id = ianaId(tzid);
    m_known.insert(tzid, id);
    return id;
}

ICalendarZones::ICalendarZones(icalcomponent *calendar)
    : m_calendar(calendar)
{
    for (icalproperty *property = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); property;
         property = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(property), "X-WR-TIMEZONE") == 0)
            m_calendarZone = ianaId(QString::fromUtf8(icalproperty_get_value_as_string(property)));
    }
}

ICalendarZones::Moment ICalendarZones::moment(icalproperty *property) const
{
    Moment moment;
    icalvalue *value = icalproperty_get_value(property);
    if (!value)
        return moment;
    const icalvalue_kind kind = icalvalue_isa(value);
    if (kind != ICAL_DATE_VALUE && kind != ICAL_DATETIME_VALUE)
        return moment;
    const icaltimetype time = icalvalue_get_datetime(value);
    if (icaltime_is_null_time(time) || !QDate(time.year, time.month, time.day).isValid())
        return moment;
    if (time.is_date) {
        moment.isDate = true;
        moment.value = QDateTime(QDate(time.year, time.month, time.day), QTime(0, 0), Qt::UTC);
        return moment;
    }
    QString tzid;
    if (icalparameter *parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER))
        tzid = QString::fromUtf8(icalparameter_get_tzid(parameter));
    if (icaltime_is_utc(time) || tzid.isEmpty()) {
        const QDateTime asWritten = wallClock(time, QTimeZone::utc());
        if (m_calendarZone.isEmpty()) {
            moment.value = asWritten;
            return moment;
        }
        const QTimeZone zone(m_calendarZone);
        moment.zone = QString::fromUtf8(m_calendarZone);
        moment.value = icaltime_is_utc(time) ? asWritten.toTimeZone(zone) : wallClock(time, zone);
        return moment;
    }
    const QByteArray iana = known(tzid);
    if (!iana.isEmpty()) {
        moment.zone = QString::fromUtf8(iana);
        moment.value = wallClock(time, QTimeZone(iana));
        return moment;
    }
    icaltimezone *defined = icalcomponent_get_timezone(m_calendar, tzid.toUtf8().constData());
    if (defined) {
        if (const char *location = icaltimezone_get_location(defined)) {
            const QByteArray id = ianaId(QString::fromUtf8(location));
            if (!id.isEmpty()) {
                moment.zone = QString::fromUtf8(id);
                moment.value = wallClock(time, QTimeZone(id));
                return moment;
            }
        }
        icaltimetype local = time;
        const int offset = icaltimezone_get_utc_offset(defined, &local, nullptr);
        const QDateTime instant = wallClock(time, QTimeZone::utc()).addSecs(-offset);
        const QString key = tzid + QLatin1Char('|') + QString::number(instant.date().year()) + QLatin1Char('|')
            + QString::number(offset);
        if (!m_matched.contains(key))
            m_matched.insert(key, matchingZone(defined, instant, offset));
        const QByteArray match = m_matched.value(key);
        if (match.isEmpty()) {
            moment.value = instant;
            moment.zone = QStringLiteral("UTC");
            moment.warning = QCoreApplication::translate("Import",
                "its time zone “%1” matches no known zone; the time was converted to UTC by the file's own rules")
                                 .arg(tzid.left(60));
            return moment;
        }
        moment.zone = QString::fromUtf8(match);
        moment.value = instant.toTimeZone(QTimeZone(match));
        moment.warning = QCoreApplication::translate(
            "Import", "its time zone “%1” is defined only in the file; it was read as %2, which has the same offsets")
                             .arg(tzid.left(60), moment.zone);
        return moment;
    }
    moment.value = wallClock(time, QTimeZone::utc());
    moment.warning = QCoreApplication::translate("Import",
        "its time zone “%1” is neither known nor defined in the file; the time is kept as written (%2): set the "
        "event's time zone")
                         .arg(tzid.left(60), moment.value.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return moment;
}

} // namespace pressdesk
