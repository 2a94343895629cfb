#pragma once

#include <QString>

namespace pressdesk {

// RFC 6868 escapes in iCalendar and vCard parameter values: ^n is a line break, ^' a double
// quote, ^^ a caret; any other caret stays as it is.
inline QString decodeParameterCarets(const QString &value)
{
    if (!value.contains(QLatin1Char('^')))
        return value;
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar next = i + 1 < value.size() ? value.at(i + 1) : QChar();
        if (c == QLatin1Char('^') && (next == QLatin1Char('n') || next == QLatin1Char('N'))) {
            text += QLatin1Char('\n');
            ++i;
        } else if (c == QLatin1Char('^') && next == QLatin1Char('\'')) {
            text += QLatin1Char('"');
            ++i;
        } else if (c == QLatin1Char('^') && next == QLatin1Char('^')) {
            text += QLatin1Char('^');
            ++i;
        } else {
            text += c;
        }
    }
    return text;
}

} // namespace pressdesk
