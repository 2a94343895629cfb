#include "icalendarimporter.h"

#include "contentlinereader.h"
#include "importlimits.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace pressdesk {

namespace {

// "+0200" / "-0530" → seconds.
std::optional<int> offsetSeconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{2})(\\d{2})(\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60 + m.captured(4).toInt();
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

struct Moment
{
    QDateTime value;
    bool isDate = false;
    QString zone; // IANA id of value, empty for UTC
};

// DURATION values: P1D, PT2H30M, P1W.
qint64 durationSeconds(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 seconds = m.captured(2).toLongLong() * 7 * 86400 + m.captured(3).toLongLong() * 86400
        + m.captured(4).toLongLong() * 3600 + m.captured(5).toLongLong() * 60 + m.captured(6).toLongLong();
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
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
    const ContentLineReader::Result lines = ContentLineReader::read(decoded.text);
    if (!lines.error.isEmpty()) {
        result.error = lines.error;
        result.line = lines.errorLine;
        return result;
    }
    if (lines.lines.isEmpty() || lines.lines.constFirst().name != QLatin1String("BEGIN")
        || lines.lines.constFirst().value.trimmed().toUpper() != QLatin1String("VCALENDAR")) {
        result.error = QCoreApplication::translate(
            "Import", "This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.");
        result.line = lines.lines.isEmpty() ? 1 : lines.lines.constFirst().line;
        return result;
    }

    // Zones the file defines: TZID → the standard offset, for ids no time zone database knows.
    QHash<QString, int> definedOffsets;
    QStringList stack;
    QString zoneId;
    QString observance;
    for (const ContentLineReader::Line &line : lines.lines) {
        if (line.name == QLatin1String("BEGIN")) {
            stack.append(line.value.trimmed().toUpper());
            continue;
        }
        if (line.name == QLatin1String("END")) {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (stack.value(stack.size() - 1) == QLatin1String("VTIMEZONE") && line.name == QLatin1String("TZID"))
            zoneId = line.value.trimmed();
        if ((stack.value(stack.size() - 1) == QLatin1String("STANDARD")
                || stack.value(stack.size() - 1) == QLatin1String("DAYLIGHT"))
            && line.name == QLatin1String("TZOFFSETTO") && !zoneId.isEmpty()) {
            const std::optional<int> offset = offsetSeconds(line.value);
            if (offset && (!definedOffsets.contains(zoneId) || stack.constLast() == QLatin1String("STANDARD")))
                definedOffsets.insert(zoneId, *offset);
        }
    }

    const auto moment = [&](const ContentLineReader::Line &line, QString *error) -> Moment {
        Moment m;
        const QString value = line.value.trimmed();
        const bool dateOnly =
            line.parameters.value(QStringLiteral("VALUE")).toUpper() == QLatin1String("DATE") || value.size() == 8;
        if (dateOnly) {
            m.value = QDateTime(QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd")), QTime(0, 0), Qt::UTC);
            m.isDate = true;
            if (!m.value.isValid())
                *error = QCoreApplication::translate("Import", "\"%1\" is not a date.").arg(value.left(40));
            return m;
        }
        const QDateTime local = QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
        if (!local.isValid()) {
            *error = QCoreApplication::translate("Import", "\"%1\" is not a date and time.").arg(value.left(40));
            return m;
        }
        if (value.endsWith(QLatin1Char('Z'))) {
            m.value = QDateTime(local.date(), local.time(), Qt::UTC);
            return m;
        }
        const QString tzid = line.parameters.value(QStringLiteral("TZID")).trimmed();
        if (tzid.isEmpty()) {
            m.value = QDateTime(local.date(), local.time(), Qt::UTC); // floating: kept as written
            return m;
        }
        QByteArray iana = tzid.toUtf8();
        if (!QTimeZone(iana).isValid()) {
            const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(iana);
            if (!windows.isEmpty())
                iana = windows;
        }
        if (QTimeZone(iana).isValid()) {
            m.zone = QString::fromUtf8(iana);
            m.value = QDateTime(local.date(), local.time(), QTimeZone(iana));
            return m;
        }
        if (definedOffsets.contains(tzid)) {
            m.value = QDateTime(local.date(), local.time(), Qt::UTC).addSecs(-definedOffsets.value(tzid));
            return m;
        }
        *error = QCoreApplication::translate("Import", "The time zone \"%1\" is neither known nor defined in the file.")
                     .arg(tzid.left(60));
        return m;
    };

    stack.clear();
    ImportRecord record;
    ContentLineReader::Line startLine;
    ContentLineReader::Line endLine;
    QString duration;
    bool inEvent = false;
    for (const ContentLineReader::Line &line : lines.lines) {
        const QString parent = stack.value(stack.size() - 1);
        if (line.name == QLatin1String("BEGIN")) {
            const QString component = line.value.trimmed().toUpper();
            if (stack.size() > 16) {
                result.error = QCoreApplication::translate("Import", "Components are nested too deeply.");
                result.line = line.line;
                result.records.clear();
                return result;
            }
            stack.append(component);
            if (component == QLatin1String("VEVENT") && stack.size() == 2) {
                inEvent = true;
                record = ImportRecord();
                record.entity = Entity::Event;
                record.file = fileName;
                record.line = line.line;
                startLine = {};
                endLine = {};
                duration.clear();
            }
            continue;
        }
        if (line.name == QLatin1String("END")) {
            if (stack.isEmpty() || stack.constLast() != line.value.trimmed().toUpper()) {
                result.error = QCoreApplication::translate("Import", "END:%1 does not close the open component.")
                                   .arg(line.value.trimmed().left(40));
                result.line = line.line;
                result.records.clear();
                return result;
            }
            stack.removeLast();
            if (inEvent && stack.size() == 1) {
                inEvent = false;
                Event &event = record.event;
                if (startLine.name.isEmpty()) {
                    result.error =
                        QCoreApplication::translate("Import", "The event \"%1\" has no DTSTART.").arg(event.name);
                    result.line = record.line;
                    result.records.clear();
                    return result;
                }
                QString error;
                const Moment start = moment(startLine, &error);
                if (!error.isEmpty()) {
                    result.error = error;
                    result.line = startLine.line;
                    result.records.clear();
                    return result;
                }
                event.start = start.value;
                event.allDay = start.isDate;
                event.timeZone = start.zone;
                if (!endLine.name.isEmpty()) {
                    const Moment end = moment(endLine, &error);
                    if (!error.isEmpty()) {
                        result.error = error;
                        result.line = endLine.line;
                        result.records.clear();
                        return result;
                    }
                    event.end = end.value;
                    if (end.zone != start.zone && !start.zone.isEmpty())
                        event.end = end.value.toTimeZone(QTimeZone(start.zone.toUtf8()));
                    else if (start.zone.isEmpty() && !end.zone.isEmpty())
                        event.end = end.value.toUTC();
                } else if (!duration.isEmpty()) {
                    event.end = start.value.addSecs(durationSeconds(duration));
                }
                if (event.allDay && event.end.isValid()) {
                    // DTEND is exclusive: the last day is the day before.
                    const QDate last = event.end.date().addDays(-1);
                    event.end = last > event.start.date() ? QDateTime(last, QTime(0, 0), Qt::UTC) : QDateTime();
                }
                if (event.name.trimmed().isEmpty())
                    event.name = QCoreApplication::translate("Import", "Untitled event");
                result.records.append(record);
                if (result.records.size() > ImportLimits::maxRecords) {
                    result.error = QCoreApplication::translate("Import", "The file holds more than %1 events.")
                                       .arg(ImportLimits::maxRecords);
                    result.line = line.line;
                    result.records.clear();
                    return result;
                }
            }
            continue;
        }
        if (!inEvent || parent != QLatin1String("VEVENT"))
            continue;
        Event &event = record.event;
        const QString &name = line.name;
        if (name == QLatin1String("UID")) {
            record.externalScheme = QStringLiteral("ical");
            record.externalId = line.value.trimmed();
        } else if (name == QLatin1String("SUMMARY")) {
            event.name = ContentLineReader::unescape(line.value).trimmed();
        } else if (name == QLatin1String("DESCRIPTION")) {
            event.description = ContentLineReader::unescape(line.value);
        } else if (name == QLatin1String("DTSTART")) {
            startLine = line;
        } else if (name == QLatin1String("DTEND")) {
            endLine = line;
        } else if (name == QLatin1String("DURATION")) {
            duration = line.value;
        } else if (name == QLatin1String("LOCATION")) {
            QStringList parts = ContentLineReader::unescape(line.value).split(QStringLiteral(", "));
            for (QString &part : parts)
                part = part.trimmed();
            if (parts.size() == 1) {
                event.venue = parts.constFirst();
            } else {
                event.country = parts.takeLast();
                event.city = parts.takeLast();
                event.venue = parts.join(QStringLiteral(", "));
            }
        } else if (name == QLatin1String("URL")) {
            event.onlineUrl = line.value.trimmed();
        } else if (name == QLatin1String("CONFERENCE")) {
            if (event.onlineUrl.isEmpty())
                event.onlineUrl = line.value.trimmed();
        } else if (name == QLatin1String("CATEGORIES")) {
            for (const QString &category : ContentLineReader::components(line.value, QLatin1Char(','))) {
                for (EventFormat format : { EventFormat::InPerson, EventFormat::Online, EventFormat::Hybrid }) {
                    if (category.trimmed().compare(formatLabel(format), Qt::CaseInsensitive) == 0
                        || category.trimmed().compare(formatKey(format), Qt::CaseInsensitive) == 0)
                        event.format = format;
                }
            }
        } else if (name == QLatin1String("ORGANIZER")) {
            record.organizerName = line.parameters.value(QStringLiteral("CN")).trimmed();
            const QString address = line.value.trimmed();
            if (address.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                || address.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
                record.organizerWebsite = address;
        }
    }
    if (inEvent || !stack.isEmpty()) {
        result.error = QCoreApplication::translate("Import", "The file ends inside %1: it is truncated.")
                           .arg(stack.isEmpty() ? QStringLiteral("VEVENT") : stack.constLast());
        result.line = lines.lines.constLast().line;
        result.records.clear();
        return result;
    }
    // An online or hybrid event has its link; without a location and with a link it is online.
    for (ImportRecord &imported : result.records) {
        Event &event = imported.event;
        if (event.format == EventFormat::InPerson && !event.onlineUrl.isEmpty() && event.venue.isEmpty()
            && event.city.isEmpty())
            event.format = EventFormat::Online;
    }
    return result;
}

} // namespace pressdesk
