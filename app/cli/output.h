#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace pressdesk {

enum class OutputFormat { Table, Json, Csv, Text };

// Parses --format; the allowed set depends on the command.
std::optional<OutputFormat> parseOutputFormat(const QString &text, const QList<OutputFormat> &allowed);
QString outputFormatName(OutputFormat format);

// Writes rows of JSON objects as an aligned text table, RFC 4180 CSV (UTF-8, header row)
// or a JSON array, using the given keys as columns.
class Output final
{
public:
    static void write(QTextStream &out, OutputFormat format, const QStringList &keys, const QJsonArray &rows);
    static void writeJson(QTextStream &out, const QJsonObject &object);
    static QString csvField(const QString &value);
    static QString cellText(const QJsonValue &value);
};

} // namespace pressdesk
