#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// RFC 4180 CSV and its spreadsheet variants: UTF-8 or UTF-16 with a byte order mark (or
// Windows-1252), comma, semicolon or tab separators (detected from the header row),
// quoted fields with doubled quotes and line breaks inside. Blank lines are skipped.
class CsvReader final
{
public:
    struct Result
    {
        QStringList header;
        QList<QStringList> rows; // without the header
        QList<int> lines; // 1-based line where each row starts
        QChar delimiter = QLatin1Char(',');
        QString encoding;
        QString error; // empty when the file was read
        int errorLine = 0;
    };

    static Result read(const QByteArray &bytes);
    static Result parse(const QString &text);
    static QChar detectDelimiter(const QString &text);
};

} // namespace pressdesk
