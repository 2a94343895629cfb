#include "icalendarexporter.h"

#include "contentlines.h"
#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace pressdesk {

namespace {

QString utcStamp(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &moment)
{
    return moment.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString dateStamp(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return sign
        + QStringLiteral("%1%2")
              .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

bool usesZone(const Event &event)
{
    return !event.allDay && QTimeZone(event.timeZone.toUtf8()).isValid();
}

// The zone's observances over the years the events span: one component per transition,
// each starting at its local onset, plus the observance already in force at the start.
void addTimeZone(ContentLines &lines, const QString &zoneId, const QDateTime &from, const QDateTime &to)
{
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime rangeStart = from.addYears(-1).toUTC();
    const QDateTime rangeEnd = to.addYears(1).toUTC();
    lines.add(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
    lines.add(QStringLiteral("TZID"), zoneId);
    const auto observance = [&](const QDateTime &onsetLocal, int offsetFrom, int offsetTo, bool daylight,
                                const QString &name) {
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        lines.add(QStringLiteral("BEGIN"), kind);
        lines.add(QStringLiteral("DTSTART"), localStamp(onsetLocal));
        lines.add(QStringLiteral("TZOFFSETFROM"), offset(offsetFrom));
        lines.add(QStringLiteral("TZOFFSETTO"), offset(offsetTo));
        if (!name.isEmpty())
            lines.addText(QStringLiteral("TZNAME"), name);
        lines.add(QStringLiteral("END"), kind);
    };
    const QTimeZone::OffsetData initial = zone.offsetData(rangeStart);
    const QDateTime initialLocal = rangeStart.toOffsetFromUtc(initial.offsetFromUtc);
    observance(QDateTime(initialLocal.date(), initialLocal.time().addMSecs(-initialLocal.time().msec())),
        initial.offsetFromUtc, initial.offsetFromUtc, initial.daylightTimeOffset != 0, initial.abbreviation);
    int previousOffset = initial.offsetFromUtc;
    const QTimeZone::OffsetDataList transitions = zone.transitions(rangeStart, rangeEnd);
    for (const QTimeZone::OffsetData &transition : transitions) {
        const QDateTime onset = transition.atUtc.toOffsetFromUtc(previousOffset);
        observance(QDateTime(onset.date(), onset.time()), previousOffset, transition.offsetFromUtc,
            transition.daylightTimeOffset != 0, transition.abbreviation);
        previousOffset = transition.offsetFromUtc;
    }
    lines.add(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));
}

QString domainOf(const Organization &organization)
{
    const QString host = QUrl(organization.website).host();
    return host.isEmpty() ? QStringLiteral("pressdesk.invalid") : host;
}

} // namespace

QString ICalendarExporter::uid(const Event &event, const ExportContext &context)
{
    return QStringLiteral("event-%1@%2").arg(event.id).arg(domainOf(context.organization));
}

QByteArray ICalendarExporter::render(const QList<Event> &events, const ExportContext &context)
{
    ContentLines lines;
    lines.add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    lines.add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    lines.add(QStringLiteral("PRODID"),
        QStringLiteral("-//Pressdesk//Pressdesk %1//EN").arg(QCoreApplication::applicationVersion()));
    lines.add(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    lines.add(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    if (!context.organization.name.isEmpty())
        lines.addText(QStringLiteral("NAME"), context.organization.name);

    // One VTIMEZONE per zone used, covering every event in it.
    QStringList zones;
    for (const Event &event : events) {
        if (usesZone(event) && !zones.contains(event.timeZone))
            zones.append(event.timeZone);
    }
    for (const QString &zoneId : std::as_const(zones)) {
        QDateTime first;
        QDateTime last;
        for (const Event &event : events) {
            if (!usesZone(event) || event.timeZone != zoneId)
                continue;
            const QDateTime end = event.end.isValid() ? event.end : event.start;
            if (!first.isValid() || event.start < first)
                first = event.start;
            if (!last.isValid() || end > last)
                last = end;
        }
        addTimeZone(lines, zoneId, first, last);
    }

    const QString stamp = utcStamp(context.generatedAt);
    for (const Event &event : events) {
        lines.add(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        lines.add(QStringLiteral("UID"), uid(event, context));
        lines.add(QStringLiteral("DTSTAMP"), stamp);
        if (event.createdAt.isValid())
            lines.add(QStringLiteral("CREATED"), utcStamp(event.createdAt));
        if (event.updatedAt.isValid())
            lines.add(QStringLiteral("LAST-MODIFIED"), utcStamp(event.updatedAt));
        if (event.allDay) {
            const QDate lastDay = event.end.isValid() ? event.end.date() : event.start.date();
            lines.add(QStringLiteral("DTSTART;VALUE=DATE"), dateStamp(event.start.date()));
            // DTEND is exclusive: the day after the last day.
            lines.add(QStringLiteral("DTEND;VALUE=DATE"), dateStamp(lastDay.addDays(1)));
        } else if (usesZone(event)) {
            const QString tzid = QStringLiteral(";TZID=") + ContentLines::parameter(event.timeZone);
            lines.add(QStringLiteral("DTSTART") + tzid, localStamp(event.start));
            if (event.end.isValid())
                lines.add(QStringLiteral("DTEND") + tzid, localStamp(event.end));
        } else {
            lines.add(QStringLiteral("DTSTART"), utcStamp(event.start));
            if (event.end.isValid())
                lines.add(QStringLiteral("DTEND"), utcStamp(event.end));
        }
        lines.addText(
            QStringLiteral("SUMMARY"), QStringList { event.edition, event.name }.join(QLatin1Char(' ')).trimmed());
        if (!event.description.isEmpty())
            lines.addText(QStringLiteral("DESCRIPTION"), event.description);
        if (event.format != EventFormat::Online) {
            QStringList place;
            for (const QString &part : { event.venue, event.city, event.country }) {
                if (!part.trimmed().isEmpty())
                    place.append(part.trimmed());
            }
            if (!place.isEmpty())
                lines.addText(QStringLiteral("LOCATION"), place.join(QStringLiteral(", ")));
        }
        if (event.format != EventFormat::InPerson && MarkdownRenderer::isAllowedLink(event.onlineUrl)) {
            lines.add(QStringLiteral("URL;VALUE=URI"), event.onlineUrl.trimmed());
            lines.add(QStringLiteral("CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=")
                    + ContentLines::parameter(event.name.trimmed()),
                event.onlineUrl.trimmed());
        }
        const auto organizer = std::find_if(event.organizations.cbegin(), event.organizations.cend(),
            [](const EventOrganization &taking) { return taking.role == OrganizationRole::Organizer; });
        if (organizer != event.organizations.cend()) {
            const Organization details = context.organizations.value(organizer->organizationId);
            const QString name = details.name.isEmpty() ? organizer->organizationName : details.name;
            // ORGANIZER needs an address; a website is the one an organization always has.
            if (MarkdownRenderer::isAllowedLink(details.website))
                lines.add(QStringLiteral("ORGANIZER;CN=") + ContentLines::parameter(name), details.website.trimmed());
        }
        if (!context.organization.name.isEmpty()) {
            QString contact = context.organization.name;
            if (!context.organization.website.isEmpty())
                contact += QStringLiteral(", ") + context.organization.website;
            lines.addText(QStringLiteral("CONTACT"), contact);
        }
        lines.add(QStringLiteral("CATEGORIES"), ContentLines::text(formatLabel(event.format)));
        lines.add(QStringLiteral("STATUS"), QStringLiteral("CONFIRMED"));
        lines.add(QStringLiteral("TRANSP"), QStringLiteral("OPAQUE"));
        lines.add(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    lines.add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return lines.bytes();
}

} // namespace pressdesk
