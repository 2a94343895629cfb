#include "output.h"

#include <QJsonDocument>

#include <algorithm>

namespace pressdesk {

std::optional<OutputFormat> parseOutputFormat(const QString &text, const QList<OutputFormat> &allowed)
{
    for (OutputFormat format : allowed) {
        if (outputFormatName(format) == text)
            return format;
    }
    return std::nullopt;
}

QString outputFormatName(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Table:
        return QStringLiteral("table");
    case OutputFormat::Json:
        return QStringLiteral("json");
    case OutputFormat::Csv:
        return QStringLiteral("csv");
    case OutputFormat::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString Output::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString Output::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void Output::writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Output::write(QTextStream &out, OutputFormat format, const QStringList &keys, const QJsonArray &rows)
{
    if (format == OutputFormat::Json) {
        out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return;
    }
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        QStringList line;
        for (const QString &key : keys)
            line.append(cellText(row.toObject().value(key)).simplified());
        cells.append(line);
    }
    if (format == OutputFormat::Csv) {
        QStringList header;
        for (const QString &key : keys)
            header.append(csvField(key));
        out << header.join(QLatin1Char(',')) << "\r\n";
        for (const QJsonValue &row : rows) {
            QStringList line;
            for (const QString &key : keys)
                line.append(csvField(cellText(row.toObject().value(key))));
            out << line.join(QLatin1Char(',')) << "\r\n";
        }
        return;
    }
    constexpr qsizetype maxWidth = 60;
    QList<qsizetype> widths;
    for (const QString &key : keys)
        widths.append(key.size());
    for (const QStringList &line : std::as_const(cells)) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::min(maxWidth, std::max(widths[c], line.at(c).size()));
    }
    auto writeLine = [&](const QStringList &line) {
        QStringList padded;
        for (qsizetype c = 0; c < line.size(); ++c) {
            QString cell = line.at(c);
            if (cell.size() > maxWidth)
                cell = cell.left(maxWidth - 1) + QChar(0x2026);
            padded.append(c + 1 == line.size() ? cell : cell.leftJustified(widths.at(c)));
        }
        out << padded.join(QLatin1String("  ")) << '\n';
    };
    QStringList header;
    for (const QString &key : keys)
        header.append(key.toUpper());
    writeLine(header);
    for (const QStringList &line : std::as_const(cells))
        writeLine(line);
}

} // namespace pressdesk
