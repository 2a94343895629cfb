#include "icalendarzones.h"

#include "i18n/countrylist.h"

#include <QCoreApplication>
#include <QTimeZone>

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
    // "/mozilla.org/20050126_1/America/New_York", "/softwarestudio.org/Olson_…/Europe/Paris".
    const QList<QByteArray> parts = id.split('/');
    for (qsizetype take = 3; take >= 2; --take) {
        if (parts.size() < take)
            continue;
        QByteArray tail;
        for (qsizetype i = parts.size() - take; i < parts.size(); ++i)
            tail += (tail.isEmpty() ? QByteArray() : QByteArray("/")) + parts.at(i);
        if (QTimeZone::isTimeZoneIdAvailable(tail))
            return tail;
    }
    return {};
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
    QList<QByteArray> candidates;
    QList<QByteArray> others;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const bool windowsDefault = QTimeZone::windowsIdToDefaultIanaId(QTimeZone::ianaIdToWindowsId(id)) == id;
        (windowsDefault ? candidates : others).append(id);
    }
    candidates += others;
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

QByteArray ICalendarZones::inCountry(const QByteArray &zone, const QString &country, const QDateTime &at)
{
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
    const QByteArray known = ianaId(tzid);
    if (!known.isEmpty()) {
        moment.zone = QString::fromUtf8(known);
        moment.value = wallClock(time, QTimeZone(known));
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
        const QByteArray match = matchingZone(defined, instant, offset);
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
