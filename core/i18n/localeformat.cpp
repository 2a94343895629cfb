#include "localeformat.h"

#include <QLocale>

namespace pressdesk {

namespace {

// Short formats with two-digit years ("3/18/26") are ambiguous in an archive.
QString fullYears(QString pattern)
{
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

} // namespace

QString LocaleFormat::date(const QDate &date)
{
    const QLocale locale;
    return date.isValid() ? locale.toString(date, fullYears(locale.dateFormat(QLocale::ShortFormat))) : QString();
}

QString LocaleFormat::dateTime(const QDateTime &moment)
{
    const QLocale locale;
    return moment.isValid() ? locale.toString(moment, fullYears(locale.dateTimeFormat(QLocale::ShortFormat)))
                            : QString();
}

QString LocaleFormat::isoText(const QString &iso)
{
    if (iso.size() == 10) {
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        return day.isValid() ? date(day) : iso;
    }
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!moment.isValid())
        return iso;
    if (moment.timeSpec() != Qt::LocalTime)
        moment = moment.toLocalTime();
    return dateTime(moment);
}

} // namespace pressdesk
