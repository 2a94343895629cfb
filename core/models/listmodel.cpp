#include "listmodel.h"

#include "roles.h"
#include "storage/database.h"
#include "storage/listreader.h"
#include "storage/storageerror.h"

#include <QScopedValueRollback>

namespace pressdesk {

ListModel::ListModel(Database &database, ListKind kind, QList<Entity> watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_kind(kind)
    , m_watched(std::move(watched))
{
    connect(&m_database, &Database::changed, this, &ListModel::onChanged);
}

void ListModel::setColumns(QList<Column> columns, int defaultSortColumn, Qt::SortOrder defaultOrder)
{
    m_columns = std::move(columns);
    Q_ASSERT(m_columns.size() == ListReader::columns(m_kind).size());
    m_sortColumn = m_defaultSortColumn = defaultSortColumn;
    m_sortOrder = m_defaultSortOrder = defaultOrder;
}

ListQuery ListModel::listQuery() const
{
    ListQuery query;
    query.kind = m_kind;
    query.search = m_listSearch;
    query.sortKey = m_sortColumn >= 0 && m_sortColumn < m_columns.size() ? m_columns.at(m_sortColumn).key : QString();
    query.order = m_sortOrder;
    query.rankingCandidates = m_rankingCandidates;
    return query;
}

void ListModel::setListSearch(const SearchQuery &search)
{
    const bool hadRelevance = ListReader::ranksByRelevance(listQuery());
    m_listSearch = search;
    m_paging = {};
    const bool relevance = ListReader::ranksByRelevance(listQuery());
    if (relevance && !hadRelevance) {
        m_sortColumn = relevanceColumn;
        m_sortOrder = Qt::AscendingOrder;
        Q_EMIT sortingChanged(m_sortColumn, m_sortOrder);
    } else if (!relevance && m_sortColumn == relevanceColumn) {
        m_sortColumn = m_defaultSortColumn;
        m_sortOrder = m_defaultSortOrder;
        Q_EMIT sortingChanged(m_sortColumn, m_sortOrder);
    }
    if (m_loaded) {
        reload();
        return;
    }
    // Nothing asked for rows yet: the first fetchMore() will load them. A command-line
    // search or a section never shown does not pay for a page it never reads.
    m_atEnd = false;
    m_totalCount = -1;
    Q_EMIT totalCountChanged();
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    const QVariant &value = row.values.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const Column &column = m_columns.at(index.column());
        return column.display ? column.display(value) : value;
    }
    case IdRole:
        return row.id;
    case KindRole:
        return row.kind;
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant ListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    return {};
}

int ListModel::columnOfKey(const QString &key) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).key == key)
            return static_cast<int>(c);
    }
    return -1;
}

QList<ListRow> ListModel::page(int limit, int offset)
{
    try {
        ListReader reader(m_database);
        QList<ListRow> rows = reader.page(listQuery(), limit, offset, m_paging);
        m_error.clear();
        return rows;
    } catch (const StorageError &error) {
        m_error = error.message();
        Q_EMIT readFailed(m_error);
    }
    return {};
}

void ListModel::setRankingCandidates(int candidates)
{
    m_rankingCandidates = std::max(0, candidates);
    m_paging = {};
}

bool ListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_database.isOpen();
}

void ListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Listeners of rowsAboutToBeInserted may ask for more again; they must wait for this page.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    m_loaded = true;
    QList<ListRow> rows = page(m_pageSize, static_cast<int>(m_rows.size()));
    // After a failed read the list stops here until the next reload, keeping what it has.
    m_atEnd = rows.size() < m_pageSize || !m_error.isEmpty();
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

void ListModel::reload()
{
    m_loaded = true;
    const int wanted = std::max(m_pageSize, static_cast<int>(m_rows.size()));
    m_paging = {};
    QList<ListRow> rows = page(wanted, 0);
    if (!m_error.isEmpty())
        return; // the rows shown stay; readFailed said why
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < wanted;
    m_totalCount = -1;
    endResetModel();
    Q_EMIT totalCountChanged();
}

void ListModel::sort(int column, Qt::SortOrder order)
{
    const bool byRelevance = column == relevanceColumn && ListReader::ranksByRelevance(listQuery());
    if (!byRelevance
        && (column < 0 || column >= m_columns.size() || !ListReader::isSortable(m_kind, m_columns.at(column).key)))
        return;
    // Views re-apply their sort indicator when sorting is enabled; that must not query.
    if (column == m_sortColumn && order == m_sortOrder && !m_rows.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_loaded = true;
    m_paging.newestCount = -1;
    QList<ListRow> rows = page(m_pageSize, 0);
    if (!m_error.isEmpty())
        return;
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

int ListModel::totalCount() const
{
    if (m_totalCount >= 0)
        return m_totalCount;
    try {
        const ListQuery query = listQuery();
        const bool capped = m_database.isServer() && query.search.hasText();
        m_totalCount = ListReader(m_database).count(query, capped ? m_countCap : 0);
        m_countLimited = capped;
    } catch (const StorageError &error) {
        Q_EMIT const_cast<ListModel *>(this)->readFailed(error.message());
        return static_cast<int>(m_rows.size());
    }
    return m_totalCount;
}

bool ListModel::totalCountIsCapped() const
{
    return totalCount() > m_countCap && m_countLimited;
}

qint64 ListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ListModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void ListModel::onChanged(Entity entity, qint64 id)
{
    if (!m_watched.contains(entity))
        return;
    // A mixed list (the trash) cannot tell which of its rows an id belongs to.
    if (id > 0 && m_kind != ListKind::Trash && rowOfId(id) >= 0)
        refreshRow(id);
    else
        reload();
}

void ListModel::refreshRow(qint64 id)
{
    const int row = rowOfId(id);
    std::optional<ListRow> fresh;
    try {
        fresh = ListReader(m_database).row(listQuery(), id);
        m_error.clear();
    } catch (const StorageError &error) {
        // A failed read is no proof the row is gone: it stays.
        m_error = error.message();
        Q_EMIT readFailed(m_error);
        return;
    }
    if (!fresh) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_totalCount = -1;
        Q_EMIT totalCountChanged();
        return;
    }
    m_rows[row] = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace pressdesk
