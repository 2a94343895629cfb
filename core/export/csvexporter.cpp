#include "csvexporter.h"

#include "models/roles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace pressdesk {

namespace {

// Dates stay ISO 8601 in a CSV file whatever the interface language (lists show them in
// the locale's format): spreadsheets and Pressdesk's own importer read them back. UTC
// instants are written in local time, as before lists were localized.
QString cell(const QModelIndex &index)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?)?$"));
    const QString raw = index.data(RawValueRole).toString();
    if (raw.isEmpty() || !iso.match(raw).hasMatch())
        return index.data().toString();
    if (raw.size() == 10)
        return raw;
    if (raw.endsWith(QLatin1Char('Z'))) {
        const QDateTime moment = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (moment.isValid())
            return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return raw.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

} // namespace

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvExporter::render(QAbstractItemModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QString csv;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(field(model.headerData(column, Qt::Horizontal).toString()));
    csv += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(field(cell(model.index(row, column))));
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace pressdesk
