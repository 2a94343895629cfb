#include "datelineparser.h"

#include "datelineregion.h"
#include "i18n/countrylist.h"
#include "i18n/datelineplace.h"

#include <QRegularExpression>
#include <QStringList>

namespace pressdesk {

namespace {

bool looksLikeCity(const QString &city, bool alone)
{
    if (city.isEmpty() || city.size() > 60 || !city.at(0).isUpper())
        return false;
    if (city.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 5)
        return false;
    for (const QChar c : city) {
        if (!(c.isLetter() || c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-')
                || c == QLatin1Char('\'') || c == QChar(0x2019)))
            return false;
    }
    // A city alone before the dash must be printed in capitals, like a dateline, or be a
    // city the dateline places know ("Lima —").
    return !alone || city == city.toUpper() || !DatelinePlace::countryOf(city).isEmpty();
}

bool looksLikeCountry(const QString &country)
{
    static const QRegularExpression notInNames(QStringLiteral("[0-9:;!?\"“”«»]"));
    return !country.isEmpty() && country.size() <= 60 && country.at(0).isUpper()
        && country.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 5 && !country.contains(notInNames);
}

// "Quito/Bogotá": several cities share one dateline; the first is the record's.
bool readCities(const QString &text, bool alone, QString *city)
{
    const QStringList cities = text.split(QLatin1Char('/'));
    if (cities.size() > 4)
        return false;
    for (const QString &each : cities) {
        if (!looksLikeCity(each.trimmed(), alone))
            return false;
    }
    *city = cities.constFirst().trimmed();
    return true;
}

// A country as printed, else the country of a state or province ("Ill.", "QC", "DF").
QString readCountry(const QString &text, const QString &language)
{
    if (CountryList::territoryNamed(text) != QLocale::AnyTerritory)
        return text;
    const QString region = DatelineRegion::countryOf(text, language);
    if (!region.isEmpty())
        return region;
    return looksLikeCountry(text) ? text : QString();
}

// The place and date before the dash (or alone on a line).
std::optional<DatelineParser::Dateline> readPlace(QString lead, DatelineParser::Order order)
{
    DatelineParser::Dateline dateline;
    lead = lead.trimmed();
    if (lead.isEmpty() || lead.size() > 160 || lead.contains(QLatin1Char('\n')))
        return std::nullopt;
    // Wire services sign after the date: "/PRNewswire/", "/CNW/".
    static const QRegularExpression wire(QStringLiteral("\\s*/[\\p{L} -]{2,30}/$"));
    lead.remove(wire);
    while (lead.endsWith(QLatin1Char(',')) || lead.endsWith(QLatin1Char('.')))
        lead.chop(1);
    // "(12 May 2025)" after the place; "(AGENCIA)" after the date.
    static const QRegularExpression trailingParenthesis(QStringLiteral("\\s*\\(([^()]{1,40})\\)$"));
    if (const QRegularExpressionMatch m = trailingParenthesis.match(lead); m.hasMatch()) {
        const QString inside = m.captured(1).trimmed();
        const QString before = lead.left(m.capturedStart()).trimmed();
        const DateTextParser::Result date = DateTextParser::parse(inside, order);
        if (date.date.isValid()) {
            dateline.date = date.date;
            dateline.language = date.language;
            lead = before;
        } else if (inside == inside.toUpper() && !before.isEmpty() && before.back().isDigit()) {
            lead = before;
        }
    }
    while (lead.endsWith(QLatin1Char(',')) || lead.endsWith(QLatin1Char('.')))
        lead.chop(1);

    // "City (Country)" or "CITY (STATE)" with an optional date after it.
    static const QRegularExpression parenthesized(QStringLiteral("^([^,()]+?)\\s*\\(([^()]+)\\)\\s*(?:,\\s*(.+))?$"));
    if (const QRegularExpressionMatch m = parenthesized.match(lead); m.hasMatch()) {
        if (!m.captured(3).isEmpty()) {
            const DateTextParser::Result date = DateTextParser::parse(m.captured(3), order);
            if (!date.date.isValid())
                return std::nullopt;
            dateline.date = date.date;
            dateline.language = date.language;
        }
        const QString country = readCountry(m.captured(2).trimmed(), dateline.language);
        if (!readCities(m.captured(1).trimmed(), false, &dateline.city) || country.isEmpty())
            return std::nullopt;
        dateline.country = country;
        return dateline;
    }

    QStringList parts = lead.split(QLatin1Char(','));
    for (QString &part : parts)
        part = part.trimmed();
    // The date is the last part, or the last two ("July 15, 2026").
    if (parts.size() >= 2 && !dateline.date.isValid()) {
        DateTextParser::Result date = DateTextParser::parse(parts.constLast(), order);
        if (date.date.isValid()) {
            parts.removeLast();
        } else if (parts.size() >= 3) {
            date = DateTextParser::parse(parts.at(parts.size() - 2) + QStringLiteral(", ") + parts.constLast(), order);
            if (date.date.isValid()) {
                parts.removeLast();
                parts.removeLast();
            }
        }
        dateline.date = date.date;
        dateline.language = date.language;
    }
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    const bool alone = parts.size() == 1 && !dateline.date.isValid();
    if (!readCities(parts.constFirst(), alone, &dateline.city))
        return std::nullopt;
    if (parts.size() > 1) {
        // "AUSTIN, Texas" or "MONTRÉAL, Québec, Canada": the last part names the country.
        const QString country = readCountry(parts.constLast(), dateline.language);
        if (country.isEmpty())
            return std::nullopt;
        dateline.country = country;
    }
    return dateline;
}

} // namespace

QDate DatelineParser::parseDate(const QString &text, QString *language, Order order)
{
    const DateTextParser::Result result = DateTextParser::parse(text, order);
    if (result.date.isValid() && language)
        *language = result.language;
    return result.date;
}

std::optional<DatelineParser::Dateline> DatelineParser::parse(const QString &paragraph, Order order)
{
    const QString head = paragraph.left(300);
    // The dateline ends at the first dash (em, en, "--", Mexico's ".-" or a spaced hyphen)
    // on the first line.
    static const QRegularExpression dash(QStringLiteral("\\s*(—|–|--|\\.-|\\s-\\s)\\s*"));
    const QRegularExpressionMatch match = dash.match(head);
    if (!match.hasMatch())
        return std::nullopt;
    std::optional<Dateline> dateline = readPlace(head.left(match.capturedStart()), order);
    if (dateline)
        dateline->rest = paragraph.mid(match.capturedEnd()).trimmed();
    return dateline;
}

std::optional<DatelineParser::Dateline> DatelineParser::parseStandalone(const QString &line, Order order)
{
    if (line.size() > 100)
        return std::nullopt;
    // "Tue, 02/11/2025 - 09:40" is a date with its weekday, not a place.
    if (DateTextParser::parse(line, order).date.isValid())
        return std::nullopt;
    std::optional<Dateline> dateline = readPlace(line, order);
    if (!dateline || !dateline->date.isValid())
        return std::nullopt;
    return dateline;
}

} // namespace pressdesk
