#include "embargoparser.h"

#include "textfolding.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace pressdesk {

namespace {

const QRegularExpression &prefix()
{
    static const QRegularExpression re(
        QStringLiteral("^\\W*(?:embargoed (?:until|till|to)|embargoed|under (?:strict )?embargo (?:until|till)|"
                       "strictly embargoed (?:until|till)|embargo (?:until|till)|"
                       "not for (?:release|publication|broadcast)(?: or (?:publication|broadcast))? "
                       "(?:before|until|prior to)|hold for release until|"
                       "embargo hasta|embargado hasta|bajo embargo hasta|con embargo hasta|"
                       "sous embargo jusqu['’](?:au|à)|embargo jusqu['’](?:au|à)|"
                       "embargo at[ée]|sob embargo at[ée]|embargado at[ée]|embargo)\\b\\s*:?\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

struct Abbreviation
{
    const char *zone;
    int offsetMinutes;
};

const QHash<QString, Abbreviation> &abbreviations()
{
    static const QHash<QString, Abbreviation> table = {
        { QStringLiteral("GMT"), { "UTC", 0 } },
        { QStringLiteral("UTC"), { "UTC", 0 } },
        { QStringLiteral("BST"), { "Europe/London", 60 } },
        { QStringLiteral("CET"), { "Europe/Paris", 60 } },
        { QStringLiteral("CEST"), { "Europe/Paris", 120 } },
        { QStringLiteral("EET"), { "Europe/Athens", 120 } },
        { QStringLiteral("EEST"), { "Europe/Athens", 180 } },
        { QStringLiteral("EST"), { "America/New_York", -300 } },
        { QStringLiteral("EDT"), { "America/New_York", -240 } },
        { QStringLiteral("CST"), { "America/Chicago", -360 } },
        { QStringLiteral("CDT"), { "America/Chicago", -300 } },
        { QStringLiteral("MST"), { "America/Denver", -420 } },
        { QStringLiteral("MDT"), { "America/Denver", -360 } },
        { QStringLiteral("PST"), { "America/Los_Angeles", -480 } },
        { QStringLiteral("PDT"), { "America/Los_Angeles", -420 } },
        { QStringLiteral("EAT"), { "Africa/Nairobi", 180 } },
        { QStringLiteral("CAT"), { "Africa/Maputo", 120 } },
        { QStringLiteral("WAT"), { "Africa/Lagos", 60 } },
        { QStringLiteral("SAST"), { "Africa/Johannesburg", 120 } },
        { QStringLiteral("IST"), { "Asia/Kolkata", 330 } },
        { QStringLiteral("JST"), { "Asia/Tokyo", 540 } },
        { QStringLiteral("AEST"), { "Australia/Sydney", 600 } },
        { QStringLiteral("AEDT"), { "Australia/Sydney", 660 } },
        { QStringLiteral("BRT"), { "America/Sao_Paulo", -180 } },
        { QStringLiteral("ART"), { "America/Argentina/Buenos_Aires", -180 } },
    };
    return table;
}

// Words around the date and time that are neither ("at", "las", "del", "à", "horas").
QString withoutFillers(QString text)
{
    static const QRegularExpression edges(
        QStringLiteral("^(?:[\\s,.;:()–—-]|\\b(?:at|on|the|a|las|la|el|del|de|à|a|le|du|às|as|em|horas?|hours|hrs|"
                       "heures?)\\b)+|(?:[\\s,.;:()–—-]|\\b(?:at|on|the|a|las|la|el|del|de|à|le|du|às|as|em|horas?|"
                       "hours|hrs|heures?)\\b)+$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(edges).simplified();
}

} // namespace

QByteArray EmbargoParser::zoneOfCity(const QString &city)
{
    const QString wanted = TextFolding::fold(city);
    if (wanted.isEmpty())
        return {};
    if (wanted == QLatin1String("brasilia"))
        return QByteArrayLiteral("America/Sao_Paulo");
    if (wanted == QLatin1String("washington"))
        return QByteArrayLiteral("America/New_York");
    if (wanted == QLatin1String("geneva") || wanted == QLatin1String("geneve") || wanted == QLatin1String("ginebra"))
        return QByteArrayLiteral("Europe/Zurich");
    static const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        const QString place = QString::fromUtf8(id.mid(id.lastIndexOf('/') + 1)).replace(u'_', u' ');
        if (TextFolding::fold(place) == wanted)
            return id;
    }
    return {};
}

bool EmbargoParser::isEmbargoLine(const QString &line)
{
    return line.size() <= 240 && prefix().match(line).hasMatch() && !line.contains(QLatin1Char('\n'));
}

std::optional<EmbargoParser::Embargo> EmbargoParser::parse(
    const QString &line, const QString &datelineCity, DateTextParser::Order order)
{
    if (!isEmbargoLine(line))
        return std::nullopt;
    QString rest = line.simplified().mid(prefix().match(line.simplified()).capturedEnd());

    // The zone: "(hora de Madrid)", "heure de Paris", "local time", "GMT+2", "CET".
    QByteArray zone;
    int fixedOffset = 0;
    bool fixed = false;
    static const QRegularExpression named(
        QStringLiteral("\\(?\\b(?:hora de|hora oficial de|heure de|horário de|hor[aá]rio de|hora local de)\\s+"
                       "(\\p{Lu}[\\p{L}'’ -]{1,30}?)\\s*(?:\\)|,|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression cityTime(
        QStringLiteral("\\(?\\b(\\p{Lu}[\\p{L} ]{1,30}?) time\\b\\)?"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression local(
        QStringLiteral("\\(?\\b(?:local time|hora local|heure locale|horário local)\\b\\)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression offset(QStringLiteral("\\b(?:GMT|UTC)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?\\b"));
    static const QRegularExpression abbreviation(QStringLiteral("\\(?\\b([A-Z]{3,4})\\b\\)?"));
    if (const QRegularExpressionMatch m = named.match(rest); m.hasMatch()) {
        zone = zoneOfCity(m.captured(1).trimmed());
        rest.remove(m.capturedStart(), m.capturedLength());
    } else if (const QRegularExpressionMatch m2 = local.match(rest); m2.hasMatch()) {
        zone = zoneOfCity(datelineCity);
        rest.remove(m2.capturedStart(), m2.capturedLength());
    } else if (const QRegularExpressionMatch m3 = offset.match(rest); m3.hasMatch()) {
        fixed = true;
        fixedOffset = (m3.captured(2).toInt() * 60 + m3.captured(3).toInt()) * (m3.captured(1) == u'-' ? -1 : 1);
        zone = QTimeZone(fixedOffset * 60).id();
        rest.remove(m3.capturedStart(), m3.capturedLength());
    } else {
        QRegularExpressionMatchIterator it = abbreviation.globalMatch(rest);
        while (it.hasNext()) {
            const QRegularExpressionMatch m4 = it.next();
            const auto known = abbreviations().constFind(m4.captured(1));
            if (known == abbreviations().cend())
                continue;
            fixed = true;
            fixedOffset = known->offsetMinutes;
            zone = known->zone;
            rest.remove(m4.capturedStart(), m4.capturedLength());
            break;
        }
        if (zone.isEmpty()) {
            if (const QRegularExpressionMatch m5 = cityTime.match(rest); m5.hasMatch()) {
                zone = zoneOfCity(m5.captured(1));
                if (!zone.isEmpty())
                    rest.remove(m5.capturedStart(), m5.capturedLength());
            }
        }
    }

    // The time, then the date in what is left.
    QTime time;
    static const QRegularExpression clock(
        QStringLiteral(
            "\\b(\\d{1,2}(?:[:.]\\d{2}|\\s?h\\s?\\d{2}|\\s?h\\b)?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?)(?![./-]?\\d)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QRegularExpressionMatchIterator clocks = clock.globalMatch(rest);
    while (clocks.hasNext()) {
        const QRegularExpressionMatch m = clocks.next();
        const QTime candidate = DateTextParser::parseTime(m.captured(1));
        if (candidate.isValid()) {
            time = candidate;
            rest.remove(m.capturedStart(), m.capturedLength());
            break;
        }
    }
    if (!time.isValid()) {
        static const QRegularExpression noonWords(
            QStringLiteral("\\b(noon|midday|midnight|medianoche|mediodía|midi|minuit)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = noonWords.match(rest); m.hasMatch()) {
            time = DateTextParser::parseTime(m.captured(1));
            rest.remove(m.capturedStart(), m.capturedLength());
        }
    }
    const DateTextParser::Result date = DateTextParser::parse(withoutFillers(rest), order);
    if (!date.date.isValid())
        return std::nullopt;
    if (!time.isValid())
        time = QTime(0, 0);

    Embargo embargo;
    if (zone.isEmpty()) {
        embargo.until = QDateTime(date.date, time, QTimeZone::utc()).toUTC();
        return embargo;
    }
    if (fixed) {
        embargo.until = QDateTime(date.date, time, QTimeZone(fixedOffset * 60)).toUTC();
        // "CET" in Brussels is Brussels' own zone when it has that offset then.
        const QByteArray city = zoneOfCity(datelineCity);
        if (!city.isEmpty() && zone != "UTC" && QTimeZone(city).offsetFromUtc(embargo.until) == fixedOffset * 60)
            zone = city;
    } else {
        embargo.until = QDateTime(date.date, time, QTimeZone(zone)).toUTC();
    }
    embargo.timeZone = QString::fromUtf8(zone);
    return embargo;
}

} // namespace pressdesk
