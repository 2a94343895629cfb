#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace pressdesk {

// Any list as RFC 4180 CSV: UTF-8, CRLF line ends, a header row of the column titles, the
// cells as shown. Fetches every page of a lazily paged model first.
class CsvExporter final
{
public:
    static QByteArray render(QAbstractItemModel &model);
    static QString field(const QString &value);
};

} // namespace pressdesk
