#include "datelineparser.h"

#include "textfolding.h"

#include <QRegularExpression>
#include <QStringList>

namespace pressdesk {

namespace {

struct Month
{
    const char *name;
    int month;
    const char *language;
};

constexpr Month months[] = {
    { "january", 1, "en" },
    { "february", 2, "en" },
    { "march", 3, "en" },
    { "april", 4, "en" },
    { "may", 5, "en" },
    { "june", 6, "en" },
    { "july", 7, "en" },
    { "august", 8, "en" },
    { "september", 9, "en" },
    { "october", 10, "en" },
    { "november", 11, "en" },
    { "december", 12, "en" },
    { "enero", 1, "es" },
    { "febrero", 2, "es" },
    { "marzo", 3, "es" },
    { "abril", 4, "es" },
    { "mayo", 5, "es" },
    { "junio", 6, "es" },
    { "julio", 7, "es" },
    { "agosto", 8, "es" },
    { "septiembre", 9, "es" },
    { "setiembre", 9, "es" },
    { "octubre", 10, "es" },
    { "noviembre", 11, "es" },
    { "diciembre", 12, "es" },
    { "janvier", 1, "fr" },
    { "fevrier", 2, "fr" },
    { "mars", 3, "fr" },
    { "avril", 4, "fr" },
    { "mai", 5, "fr" },
    { "juin", 6, "fr" },
    { "juillet", 7, "fr" },
    { "aout", 8, "fr" },
    { "septembre", 9, "fr" },
    { "octobre", 10, "fr" },
    { "novembre", 11, "fr" },
    { "decembre", 12, "fr" },
};

const Month *monthNamed(const QString &word)
{
    const QString folded = TextFolding::fold(word);
    for (const Month &month : months) {
        if (folded == QLatin1String(month.name))
            return &month;
    }
    return nullptr;
}

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
    // A city alone before the dash must be printed in capitals, like a dateline.
    return !alone || city == city.toUpper();
}

bool looksLikeCountry(const QString &country)
{
    return !country.isEmpty() && country.size() <= 60 && country.at(0).isUpper()
        && country.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 5
        && !country.contains(QRegularExpression(QStringLiteral("[0-9:;!?\"“”«»]")));
}

} // namespace

QDate DatelineParser::parseDate(const QString &input, QString *language)
{
    const QString text = input.trimmed();
    if (text.size() > 60)
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression dayFirst(
        QStringLiteral(
            "^(\\d{1,2})(?:st|nd|rd|th|er|º|°|o)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(
        QStringLiteral("^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    int day = 0;
    int year = 0;
    const Month *month = nullptr;
    if (const QRegularExpressionMatch m = dayFirst.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNamed(m.captured(2));
        year = m.captured(3).toInt();
    } else if (const QRegularExpressionMatch m2 = monthFirst.match(text); m2.hasMatch()) {
        month = monthNamed(m2.captured(1));
        day = m2.captured(2).toInt();
        year = m2.captured(3).toInt();
    }
    if (!month)
        return {};
    const QDate date(year, month->month, day);
    if (date.isValid() && language)
        *language = QLatin1String(month->language);
    return date;
}

std::optional<DatelineParser::Dateline> DatelineParser::parse(const QString &paragraph)
{
    const QString head = paragraph.left(300);
    // The dateline ends at the first dash (em, en, "--" or a spaced hyphen) on the first line.
    static const QRegularExpression dash(QStringLiteral("\\s*(—|–|--|\\s-\\s)\\s*"));
    const QRegularExpressionMatch match = dash.match(head);
    if (!match.hasMatch())
        return std::nullopt;
    QString lead = head.left(match.capturedStart()).trimmed();
    if (lead.isEmpty() || lead.contains(QLatin1Char('\n')))
        return std::nullopt;
    if (lead.endsWith(QLatin1Char(',')) || lead.endsWith(QLatin1Char('.')))
        lead.chop(1);
    Dateline dateline;
    dateline.rest = paragraph.mid(match.capturedEnd()).trimmed();

    // "City (Country)" with an optional date after it.
    static const QRegularExpression parenthesized(QStringLiteral("^([^,()]+?)\\s*\\(([^()]+)\\)\\s*(?:,\\s*(.+))?$"));
    if (const QRegularExpressionMatch m = parenthesized.match(lead); m.hasMatch()) {
        const QString city = m.captured(1).trimmed();
        const QString country = m.captured(2).trimmed();
        if (!looksLikeCity(city, false) || !looksLikeCountry(country))
            return std::nullopt;
        if (!m.captured(3).isEmpty()) {
            dateline.date = parseDate(m.captured(3), &dateline.language);
            if (!dateline.date.isValid())
                return std::nullopt;
        }
        dateline.city = city;
        dateline.country = country;
        return dateline;
    }

    QStringList parts = lead.split(QLatin1Char(','));
    for (QString &part : parts)
        part = part.trimmed();
    // The date is the last part, or the last two ("July 15, 2026").
    if (parts.size() >= 2) {
        QDate date = parseDate(parts.constLast(), &dateline.language);
        if (date.isValid()) {
            parts.removeLast();
        } else if (parts.size() >= 3) {
            date = parseDate(parts.at(parts.size() - 2) + QStringLiteral(", ") + parts.constLast(), &dateline.language);
            if (date.isValid()) {
                parts.removeLast();
                parts.removeLast();
            }
        }
        dateline.date = date;
    }
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    const bool alone = parts.size() == 1 && !dateline.date.isValid();
    if (!looksLikeCity(parts.constFirst(), alone))
        return std::nullopt;
    dateline.city = parts.constFirst();
    if (parts.size() > 1) {
        const QString country = parts.mid(1).join(QStringLiteral(", "));
        if (!looksLikeCountry(country))
            return std::nullopt;
        dateline.country = country;
    }
    return dateline;
}

} // namespace pressdesk
