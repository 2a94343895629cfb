#include "icalendarimporter.h"

#include "domain/fieldchecks.h"
#include "icalendarzones.h"
#include "importlimits.h"
#include "parametercarets.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>
#include <memory>
#include <unordered_map>

namespace pressdesk {

namespace {

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Where each VEVENT of the text begins, in document order, and whether it ends; and the
// components still open at the end of a truncated file (libical gives up on those).
struct EventSpan
{
    int line = 0;
    bool complete = false;
};

struct TextShape
{
    QList<EventSpan> events;
    QStringList open;
};

TextShape textShape(const QString &text)
{
    TextShape shape;
    int number = 0;
    qsizetype open = -1;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++number;
        line = line.trimmed();
        if (line.startsWith(QLatin1String("BEGIN:"), Qt::CaseInsensitive)) {
            const QString component = line.mid(6).trimmed().toString().toUpper();
            shape.open.append(component);
            if (component == QLatin1String("VEVENT")) {
                shape.events.append(EventSpan { number, false });
                open = shape.events.size() - 1;
            }
        } else if (line.startsWith(QLatin1String("END:"), Qt::CaseInsensitive)) {
            const QString component = line.mid(4).trimmed().toString().toUpper();
            const qsizetype at = shape.open.lastIndexOf(component);
            if (at >= 0)
                shape.open.resize(at);
            if (open >= 0 && component == QLatin1String("VEVENT")) {
                shape.events[open].complete = true;
                open = -1;
            }
        }
    }
    return shape;
}

void collectEvents(icalcomponent *component, QList<icalcomponent *> &events)
{
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(child) == ICAL_VEVENT_COMPONENT)
            events.append(child);
        else
            collectEvents(child, events);
    }
}

icalcomponent *calendarOf(icalcomponent *event)
{
    icalcomponent *parent = icalcomponent_get_parent(event);
    while (parent && icalcomponent_isa(parent) != ICAL_VCALENDAR_COMPONENT)
        parent = icalcomponent_get_parent(parent);
    return parent ? parent : icalcomponent_get_parent(event);
}

void readLocation(QString location, Event &event)
{
    location.replace(QLatin1Char('\n'), QStringLiteral(", "));
    QStringList parts = location.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    for (QString &part : parts)
        part = part.trimmed();
    if (parts.size() == 1) {
        event.venue = parts.constFirst();
    } else {
        event.country = parts.takeLast();
        event.city = parts.takeLast();
        event.venue = parts.join(QStringLiteral(", "));
    }
}

struct EventReading
{
    ImportRecord record;
    QString skipReason; // non-empty: the event is not imported ("Event “%1” at line %2 …")
    QStringList warnings;
};

EventReading readEvent(icalcomponent *component, const ICalendarZones &zones)
{
    EventReading reading;
    ImportRecord &record = reading.record;
    record.entity = Entity::Event;
    Event &event = record.event;
    icalproperty *startProperty = nullptr;
    icalproperty *endProperty = nullptr;
    icalproperty *durationProperty = nullptr;
    QStringList rules;
    QStringList unreadable;
    QString conference;
    QString url;
    for (icalproperty *property = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY); property;
         property = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)) {
        switch (icalproperty_isa(property)) {
        case ICAL_UID_PROPERTY:
            record.externalScheme = QStringLiteral("ical");
            record.externalId = utf8(icalproperty_get_uid(property)).trimmed();
            break;
        case ICAL_SUMMARY_PROPERTY:
            event.name = utf8(icalproperty_get_summary(property)).simplified();
            break;
        case ICAL_DESCRIPTION_PROPERTY:
            event.description = utf8(icalproperty_get_description(property)).trimmed();
            break;
        case ICAL_DTSTART_PROPERTY:
            startProperty = property;
            break;
        case ICAL_DTEND_PROPERTY:
            endProperty = property;
            break;
        case ICAL_DURATION_PROPERTY:
            durationProperty = property;
            break;
        case ICAL_LOCATION_PROPERTY:
            readLocation(utf8(icalproperty_get_location(property)), event);
            break;
        case ICAL_URL_PROPERTY:
            url = utf8(icalproperty_get_url(property)).trimmed();
            break;
        case ICAL_RRULE_PROPERTY:
        case ICAL_RDATE_PROPERTY:
            rules.append(utf8(icalproperty_as_ical_string(property)).trimmed());
            break;
        case ICAL_CATEGORIES_PROPERTY:
            for (const QString &category : utf8(icalproperty_get_categories(property)).split(QLatin1Char(','))) {
                for (EventFormat format : { EventFormat::InPerson, EventFormat::Online, EventFormat::Hybrid }) {
                    if (category.trimmed().compare(formatLabel(format), Qt::CaseInsensitive) == 0
                        || category.trimmed().compare(formatKey(format), Qt::CaseInsensitive) == 0)
                        event.format = format;
                }
            }
            break;
        case ICAL_ORGANIZER_PROPERTY: {
            if (icalparameter *cn = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER))
                record.organizerName = decodeParameterCarets(utf8(icalparameter_get_cn(cn))).simplified();
            const QString address = utf8(icalproperty_get_organizer(property)).trimmed();
            if (address.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                || address.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
                record.organizerWebsite = address;
            break;
        }
        case ICAL_XLICERROR_PROPERTY:
            unreadable.append(utf8(icalproperty_get_xlicerror(property)).simplified().left(120));
            break;
        default: {
            // CONFERENCE (RFC 7986; not known to every libical) and Google's Meet link.
            const char *name = icalproperty_get_property_name(property);
            if (qstricmp(name, "CONFERENCE") == 0 || qstricmp(name, "X-GOOGLE-CONFERENCE") == 0)
                conference = utf8(icalproperty_get_value_as_string(property)).trimmed();
            break;
        }
        }
    }
    if (event.name.isEmpty())
        event.name = QCoreApplication::translate("Import", "Untitled event");
    const bool hasPlace = !event.venue.isEmpty() || !event.city.isEmpty();
    if (!conference.isEmpty()) {
        // A meeting link beside a place makes the event hybrid.
        if (event.format == EventFormat::InPerson && hasPlace)
            event.format = EventFormat::Hybrid;
        event.onlineUrl = conference;
    } else if (!url.isEmpty() && event.format == EventFormat::InPerson && hasPlace) {
        // The web page of an event that takes place somewhere, not a link to join it.
        const QString page = QCoreApplication::translate("Import", "Web page: %1").arg(url);
        if (!event.description.contains(url))
            event.description = event.description.isEmpty() ? page : event.description + QStringLiteral("\n\n") + page;
    } else {
        event.onlineUrl = url;
    }
    for (const QString &line : std::as_const(unreadable))
        reading.warnings.append(
            QCoreApplication::translate("Import", "a line could not be read and was left out (%1)").arg(line));
    if (!startProperty) {
        reading.skipReason = unreadable.isEmpty()
            ? QCoreApplication::translate("Import", "Event “%1” at line %2 has no start date (DTSTART): skipped.")
            : QCoreApplication::translate(
                "Import", "Event “%1” at line %2 has no start date that can be read: skipped.");
        return reading;
    }
    const ICalendarZones::Moment start = zones.moment(startProperty);
    if (!start.value.isValid()) {
        reading.skipReason =
            QCoreApplication::translate("Import", "Event “%1” at line %2 has no start date that can be read: skipped.");
        return reading;
    }
    if (!start.warning.isEmpty())
        reading.warnings.append(start.warning);
    event.start = start.value;
    event.allDay = start.isDate;
    event.timeZone = start.isDate ? QString() : start.zone;
    if (!event.timeZone.isEmpty() && event.timeZone != QLatin1String("UTC")) {
        const QByteArray local = zones.inCountry(event.timeZone.toUtf8(), event.country, event.start);
        if (local != event.timeZone.toUtf8()) {
            event.timeZone = QString::fromUtf8(local);
            event.start = event.start.toTimeZone(QTimeZone(local));
        }
    }
    if (endProperty) {
        const ICalendarZones::Moment end = zones.moment(endProperty);
        if (end.value.isValid()) {
            event.end = end.value;
            if (!event.timeZone.isEmpty() && end.zone != event.timeZone && !end.zone.isEmpty())
                event.end = end.value.toTimeZone(QTimeZone(event.timeZone.toUtf8()));
        }
    } else if (durationProperty) {
        const int seconds = icaldurationtype_as_int(icalproperty_get_duration(durationProperty));
        if (seconds > 0)
            event.end = start.value.addSecs(seconds);
    }
    if (event.allDay && event.end.isValid()) {
        // DTEND is exclusive: the last day is the day before.
        const QDate last = event.end.date().addDays(event.end.time() == QTime(0, 0) ? -1 : 0);
        event.end = last > event.start.date() ? QDateTime(last, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    if (event.end.isValid() && (event.allDay ? event.end.date() < event.start.date() : event.end < event.start)) {
        reading.warnings.append(
            QCoreApplication::translate("Import", "it ends before it starts; the end was left out"));
        event.end = QDateTime();
    }
    if (!rules.isEmpty()) {
        const QString note = QCoreApplication::translate("Import", "Repeats (%1); imported as its first occurrence.")
                                 .arg(rules.join(QLatin1String("; ")));
        event.description = event.description.isEmpty() ? note : event.description + QStringLiteral("\n\n") + note;
        reading.warnings.append(QCoreApplication::translate(
            "Import", "it repeats; it was imported as its first occurrence, with the rule in its description"));
    }
    if (!event.onlineUrl.isEmpty() && !fieldchecks::isValidWebUrl(event.onlineUrl)) {
        reading.warnings.append(
            QCoreApplication::translate("Import", "its link “%1” is not a web address and was left out")
                .arg(event.onlineUrl.left(80)));
        event.onlineUrl.clear();
    }
    // Without a place and with a link, an event is online.
    if (event.format == EventFormat::InPerson && !event.onlineUrl.isEmpty() && event.venue.isEmpty()
        && event.city.isEmpty())
        event.format = EventFormat::Online;
    return reading;
}

// Old Mozilla calendars put an empty line between a property's name and its folded value
// ("SUMMARY", "", " :Christmas Day"); libical reads the empty line as the end of the
// property. The empty lines inside a fold are dropped (lines are not renumbered: the line
// numbers shown come from the original text).
QString withoutBlankLinesInFolds(const QString &text)
{
    if (!text.contains(QLatin1String("\n\n ")) && !text.contains(QLatin1String("\r\n\r\n ")))
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    QStringList kept;
    kept.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool blank = line.trimmed().isEmpty();
        const QString next = i + 1 < lines.size() ? lines.at(i + 1) : QString();
        if (blank && !kept.isEmpty() && (next.startsWith(QLatin1Char(' ')) || next.startsWith(QLatin1Char('\t'))))
            continue;
        kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

// A BEGIN:VCALENDAR line anywhere (some files start with a comment or a mail header).
bool hasCalendarStart(const QString &text)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.trimmed().compare(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ICalendarImporter::Result ICalendarImporter::read(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        result.error = decoded.error;
        result.line = 1;
        return result;
    }
    if (!hasCalendarStart(decoded.text)) {
        result.error = QCoreApplication::translate(
            "Import", "This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.");
        result.line = 1;
        return result;
    }
    const TextShape shape = textShape(decoded.text);
    const QList<EventSpan> &spans = shape.events;
    if (spans.size() > ImportLimits::maxRecords) {
        result.error =
            QCoreApplication::translate("Import", "The file holds more than %1 events.").arg(ImportLimits::maxRecords);
        result.line = spans.at(ImportLimits::maxRecords).line;
        return result;
    }
    // A file cut off inside a component is closed here so that what came before can be read;
    // the event that was cut off is skipped below.
    QByteArray text = withoutBlankLinesInFolds(decoded.text).toUtf8();
    if (!text.endsWith('\n'))
        text += "\r\n";
    for (qsizetype i = shape.open.size() - 1; i >= 0 && i >= shape.open.size() - 32; --i)
        text += "END:" + shape.open.at(i).left(64).toUtf8() + "\r\n";
    icalerror_set_errors_are_fatal(0);
    const std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> root(
        icalparser_parse_string(text.constData()), icalcomponent_free);
    QList<icalcomponent *> events;
    if (root) {
        if (icalcomponent_isa(root.get()) == ICAL_VEVENT_COMPONENT)
            events.append(root.get());
        else
            collectEvents(root.get(), events);
    }
    const bool linesKnown = events.size() == spans.size();
    // The series the file holds, to tell a changed occurrence of one of them.
    QSet<QString> repeating;
    for (icalcomponent *component : std::as_const(events)) {
        if (!icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY))
            repeating.insert(utf8(icalcomponent_get_uid(component)));
    }
    QHash<QString, int> uidCount;
    std::unordered_map<icalcomponent *, std::unique_ptr<ICalendarZones>> zonesByCalendar;
    for (qsizetype i = 0; i < events.size(); ++i) {
        icalcomponent *component = events.at(i);
        const int line = linesKnown ? spans.at(i).line : 0;
        icalcomponent *calendar = calendarOf(component) ? calendarOf(component) : component;
        std::unique_ptr<ICalendarZones> &zones = zonesByCalendar[calendar];
        if (!zones)
            zones = std::make_unique<ICalendarZones>(calendar);
        EventReading reading = readEvent(component, *zones);
        reading.record.file = fileName;
        reading.record.line = line;
        const QString name = reading.record.event.name.left(80);
        const auto problem = [&](const QString &message, bool skipped) {
            result.problems.append(ImportProblem { fileName, line, message, skipped });
        };
        if (linesKnown && !spans.at(i).complete) {
            problem(QCoreApplication::translate(
                        "Import", "Event “%1” at line %2 is cut off by the end of the file (no END:VEVENT): skipped.")
                        .arg(name)
                        .arg(line),
                true);
            continue;
        }
        if (icalproperty *occurrence = icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY);
            occurrence && !reading.record.externalId.isEmpty()) {
            // A changed occurrence (moved, renamed) is a dated event of its own; its id keeps
            // the occurrence, so that importing the file again finds it.
            reading.record.externalId +=
                QLatin1Char('#') + utf8(icalproperty_get_value_as_string(occurrence)).trimmed();
            if (repeating.contains(utf8(icalcomponent_get_uid(component))))
                reading.warnings.append(QCoreApplication::translate("Import",
                    "it changes one occurrence of a repeating event and was imported as an event of its own"));
        }
        if (!reading.skipReason.isEmpty()) {
            problem(reading.skipReason.arg(name).arg(line), true);
            continue;
        }
        for (const QString &warning : std::as_const(reading.warnings))
            problem(
                QCoreApplication::translate("Import", "Event “%1” at line %2: %3.").arg(name).arg(line).arg(warning),
                false);
        // The same UID on different events (examples pasted together, a calendar merged by
        // hand): each stays its own event, and a second import still finds each one.
        QString &uid = reading.record.externalId;
        if (!uid.isEmpty()) {
            const int seen = uidCount[uid]++;
            if (seen > 0)
                uid += QStringLiteral("#%1").arg(seen + 1);
        }
        result.records.append(reading.record);
    }
    if (events.isEmpty() && result.problems.isEmpty()) {
        result.error = QCoreApplication::translate("Import", "The calendar holds no events (VEVENT).");
        result.line = 1;
    }
    return result;
}

} // namespace pressdesk
