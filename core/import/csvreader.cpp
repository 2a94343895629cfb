#include "csvreader.h"

#include "importlimits.h"
#include "textdecoder.h"

#include <QCoreApplication>

namespace pressdesk {

namespace { } // namespace

QChar CsvReader::detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && i < 65536; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvReader::Result CsvReader::read(const QByteArray &bytes)
{
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        Result result;
        result.error = decoded.error;
        result.errorLine = 1;
        return result;
    }
    Result result = parse(decoded.text);
    result.encoding = decoded.encoding;
    return result;
}

CsvReader::Result CsvReader::parse(const QString &text)
{
    Result result;
    result.delimiter = detectDelimiter(text);
    const QChar delimiter = result.delimiter;
    QList<QStringList> rows;
    QList<int> lines;
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the field began with a quote
    int line = 1;
    int rowLine = 1;
    int fieldLine = 1;
    const auto fail = [&](const QString &message, int where) {
        result.error = message;
        result.errorLine = where;
        result.rows.clear();
        result.header.clear();
        return result;
    };
    const auto endField = [&]() -> bool {
        row.append(field);
        field.clear();
        wasQuoted = false;
        return row.size() <= ImportLimits::maxColumns;
    };
    const auto endRow = [&] {
        const bool blank = row.size() == 1 && row.constFirst().isEmpty();
        if (!blank) {
            rows.append(row);
            lines.append(rowLine);
        }
        row.clear();
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && (i + 1 >= size || text.at(i + 1) != QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            if (field.size() > ImportLimits::maxLineChars)
                return fail(QCoreApplication::translate("Import", "A field is longer than %1 characters.")
                                .arg(ImportLimits::maxLineChars),
                    fieldLine);
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
            fieldLine = line;
        } else if (c == delimiter) {
            if (!endField())
                return fail(QCoreApplication::translate("Import", "A row has more than %1 columns.")
                                .arg(ImportLimits::maxColumns),
                    rowLine);
            fieldLine = line;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endField())
                return fail(QCoreApplication::translate("Import", "A row has more than %1 columns.")
                                .arg(ImportLimits::maxColumns),
                    rowLine);
            endRow();
            ++line;
            rowLine = line;
            fieldLine = line;
            if (rows.size() > ImportLimits::maxRecords)
                return fail(QCoreApplication::translate("Import", "The file has more than %1 rows.")
                                .arg(ImportLimits::maxRecords),
                    line);
        } else {
            if (!(wasQuoted && c.isSpace()))
                field += c; // text after a closing quote is kept, spaces dropped
            if (field.size() > ImportLimits::maxLineChars)
                return fail(QCoreApplication::translate("Import", "A field is longer than %1 characters.")
                                .arg(ImportLimits::maxLineChars),
                    fieldLine);
        }
    }
    if (quoted)
        return fail(QCoreApplication::translate("Import", "A quoted field is not closed."), fieldLine);
    if (!field.isEmpty() || !row.isEmpty()) {
        endField();
        endRow();
    }
    if (rows.isEmpty())
        return fail(QCoreApplication::translate("Import", "The file has no rows."), 1);
    result.header = rows.takeFirst();
    lines.removeFirst();
    for (QString &name : result.header)
        name = name.trimmed();
    result.rows = rows;
    result.lines = lines;
    return result;
}

} // namespace pressdesk
