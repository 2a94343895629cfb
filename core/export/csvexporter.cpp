#include "csvexporter.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace pressdesk {

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
            cells.append(field(model.index(row, column).data().toString()));
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace pressdesk
