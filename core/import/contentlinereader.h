#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// Reads the line syntax iCalendar (RFC 5545) and vCard (RFC 6350, 2.6 and 3.0) share:
// unfolds continuation lines, splits "NAME;PARAM=V,W:value" honouring quoted parameter
// values, and unescapes TEXT values. The inverse of ContentLines.
class ContentLineReader final
{
public:
    struct Line
    {
        QString name; // upper case, without a group prefix ("item1.EMAIL" → "EMAIL")
        QHash<QString, QString> parameters; // upper-case names; values unquoted, joined by ','
        QString value; // raw (escaped) value
        int line = 0; // 1-based line where it starts
    };
    struct Result
    {
        QList<Line> lines;
        QString error;
        int errorLine = 0;
    };

    static Result read(const QString &text);
    static QString unescape(const QString &value);
    // Splits a structured value at unescaped separators and unescapes each component.
    static QStringList components(const QString &value, QChar separator);
};

} // namespace pressdesk
