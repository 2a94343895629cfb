#include "sqllistmodel.h"

#include "roles.h"
#include "search/searchsql.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/storageerror.h"

#include <QScopedValueRollback>

namespace pressdesk {

SqlListModel::SqlListModel(Database &database, QList<Entity> watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_watched(std::move(watched))
{
    connect(&m_database, &Database::changed, this, &SqlListModel::onChanged);
}

SqlListModel::Source SqlListModel::searchSource(
    const SearchTarget &target, const SearchQuery &query, const QString &match)
{
    Source source;
    source.from = target.table + (target.joins.isEmpty() ? QString() : QLatin1Char(' ') + target.joins);
    source.where = target.live;
    if (!match.isEmpty()) {
        source.from = SearchSql::matchedFrom(target.index, target.table, target.idExpression, target.joins);
        source.where += QLatin1String(" AND ") + SearchSql::matchCondition(target.index);
        source.whereValues = { match };
        // Ranked only by words: a filter alone (speaker:"María José") keeps the list's
        // order, with no rank and no passage, as the documentation says.
        if (query.hasText()) {
            source.relevance = QStringLiteral("rank");
            source.selects.insert(target.rankColumn, QStringLiteral("rank"));
            source.selects.insert(target.matchColumn, SearchSql::snippetColumn(target.index));
            source.rankedIndex = target.index;
            source.rankedMatch = match;
        }
    } else if (query.hasExclusions()) {
        source.where += QLatin1String(" AND ") + SearchSql::notMatching(target.index, target.idExpression);
        source.whereValues = { query.exclusionExpression() };
    }
    return source;
}

void SqlListModel::setIdentity(const QString &idExpression, const QString &kindExpression)
{
    m_idExpression = idExpression;
    m_kindExpression = kindExpression;
}

void SqlListModel::setColumns(QList<Column> columns, int defaultSortColumn, Qt::SortOrder defaultOrder)
{
    m_columns = std::move(columns);
    m_sortColumn = m_defaultSortColumn = defaultSortColumn;
    m_sortOrder = m_defaultSortOrder = defaultOrder;
}

void SqlListModel::setSource(const Source &source)
{
    const bool hadRelevance = !m_source.relevance.isEmpty();
    m_source = source;
    forgetCandidates();
    if (!source.relevance.isEmpty() && !hadRelevance) {
        m_sortColumn = relevanceColumn;
        m_sortOrder = Qt::AscendingOrder;
        Q_EMIT sortingChanged(m_sortColumn, m_sortOrder);
    } else if (source.relevance.isEmpty() && m_sortColumn == relevanceColumn) {
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

int SqlListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SqlListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant SqlListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
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

QVariant SqlListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    return {};
}

int SqlListModel::columnOfKey(const QString &key) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).key == key)
            return static_cast<int>(c);
    }
    return -1;
}

QString SqlListModel::orderBy() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (m_sortColumn == relevanceColumn)
        return m_source.relevance;
    QString sortBy;
    if (m_sortColumn >= 0 && m_sortColumn < m_columns.size())
        sortBy = m_columns.at(m_sortColumn).sortBy;
    // The id breaks ties so that paging never repeats or skips a row.
    if (sortBy.isEmpty())
        return m_idExpression + direction;
    return sortBy + direction + QLatin1String(", ") + m_idExpression + direction;
}

QList<SqlListModel::Row> SqlListModel::query(
    const QString &extraCondition, const QVariantList &extraValues, int limit, int offset)
{
    QStringList selects { m_idExpression, m_kindExpression.isEmpty() ? QStringLiteral("''") : m_kindExpression };
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        selects.append(m_source.selects.value(static_cast<int>(c), m_columns.at(c).select));
    QStringList conditions;
    if (!m_source.where.isEmpty())
        conditions.append(QLatin1Char('(') + m_source.where + QLatin1Char(')'));
    if (!extraCondition.isEmpty())
        conditions.append(extraCondition);
    QString sql =
        QStringLiteral("SELECT ") + selects.join(QLatin1String(", ")) + QLatin1String(" FROM ") + m_source.from;
    if (!conditions.isEmpty())
        sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY ") + orderBy() + QLatin1String(" LIMIT ? OFFSET ?");

    QList<Row> rows;
    try {
        Query statement(m_database.connection(), sql);
        int position = 0;
        for (const QVariantList *values :
            std::initializer_list<const QVariantList *> { &m_source.fromValues, &m_source.whereValues, &extraValues }) {
            for (const QVariant &value : *values)
                statement.bind(position++, value);
        }
        statement.bind(position, limit);
        statement.bind(position + 1, offset).exec();
        const int columns = static_cast<int>(m_columns.size());
        while (statement.next()) {
            Row row;
            row.id = statement.value(0).toLongLong();
            row.kind = statement.value(1).toString();
            row.values.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.values.append(statement.value(c + 2));
            rows.append(std::move(row));
        }
        m_error.clear();
    } catch (const StorageError &error) {
        m_error = error.message();
        Q_EMIT readFailed(m_error);
    }
    return rows;
}

void SqlListModel::setRankingCandidates(int candidates)
{
    m_rankingCandidates = std::max(0, candidates);
    forgetCandidates();
}

void SqlListModel::forgetCandidates()
{
    m_newestCandidateId = -1;
    m_newestCount = -1;
}

qint64 SqlListModel::newestCandidateId()
{
    if (m_newestCandidateId >= 0)
        return m_newestCandidateId;
    m_newestCandidateId = 0;
    if (m_rankingCandidates <= 0 || m_source.rankedIndex.isEmpty())
        return 0;
    // The candidates-th newest match, found from the index's rowids without ranking; fewer
    // matches than that: the list is ranked as one.
    try {
        Query statement(m_database.connection(),
            QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?")
                .arg(m_source.rankedIndex));
        statement.bind(0, m_source.rankedMatch).bind(1, m_rankingCandidates - 1).exec();
        if (statement.next())
            m_newestCandidateId = statement.value(0).toLongLong();
    } catch (const StorageError &error) {
        qWarning("%s", qUtf8Printable(error.message()));
    }
    return m_newestCandidateId;
}

QList<SqlListModel::Row> SqlListModel::page(int limit, int offset)
{
    if (m_sortColumn != relevanceColumn || m_source.relevance.isEmpty())
        return query({}, {}, limit, offset);
    const qint64 threshold = newestCandidateId();
    if (threshold <= 0)
        return query({}, {}, limit, offset);
    const QString rowid = m_source.rankedIndex + QLatin1String(".rowid");
    QList<Row> rows;
    if (m_newestCount < 0 || offset < m_newestCount) {
        rows = query(rowid + QLatin1String(" >= ?"), { threshold }, limit, offset);
        if (rows.size() == limit || !m_error.isEmpty())
            return rows;
        m_newestCount = offset + static_cast<int>(rows.size());
    }
    const int olderOffset = offset + static_cast<int>(rows.size()) - m_newestCount;
    rows.append(
        query(rowid + QLatin1String(" < ?"), { threshold }, limit - static_cast<int>(rows.size()), olderOffset));
    return rows;
}

bool SqlListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_database.isOpen();
}

void SqlListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Listeners of rowsAboutToBeInserted may ask for more again; they must wait for this page.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    m_loaded = true;
    QList<Row> rows = page(m_pageSize, static_cast<int>(m_rows.size()));
    // After a failed read the list stops here until the next reload, keeping what it has.
    m_atEnd = rows.size() < m_pageSize || !m_error.isEmpty();
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

void SqlListModel::reload()
{
    m_loaded = true;
    const int wanted = std::max(m_pageSize, static_cast<int>(m_rows.size()));
    forgetCandidates();
    QList<Row> rows = page(wanted, 0);
    if (!m_error.isEmpty())
        return; // the rows shown stay; readFailed said why
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < wanted;
    m_totalCount = -1;
    endResetModel();
    Q_EMIT totalCountChanged();
}

void SqlListModel::sort(int column, Qt::SortOrder order)
{
    const bool byRelevance = column == relevanceColumn && !m_source.relevance.isEmpty();
    if (!byRelevance && (column < 0 || column >= m_columns.size() || m_columns.at(column).sortBy.isEmpty()))
        return;
    // Views re-apply their sort indicator when sorting is enabled; that must not query.
    if (column == m_sortColumn && order == m_sortOrder && !m_rows.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_loaded = true;
    m_newestCount = -1;
    QList<Row> rows = page(m_pageSize, 0);
    if (!m_error.isEmpty())
        return;
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

int SqlListModel::totalCount() const
{
    if (m_totalCount >= 0)
        return m_totalCount;
    QString sql = QStringLiteral("SELECT count(*) FROM ") + m_source.from;
    if (!m_source.where.isEmpty())
        sql += QLatin1String(" WHERE ") + m_source.where;
    try {
        Query statement(m_database.connection(), sql);
        int position = 0;
        for (const QVariantList *values : { &m_source.fromValues, &m_source.whereValues }) {
            for (const QVariant &value : *values)
                statement.bind(position++, value);
        }
        m_totalCount = statement.scalar().toInt();
    } catch (const StorageError &error) {
        Q_EMIT const_cast<SqlListModel *>(this)->readFailed(error.message());
        return static_cast<int>(m_rows.size());
    }
    return m_totalCount;
}

qint64 SqlListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int SqlListModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void SqlListModel::onChanged(Entity entity, qint64 id)
{
    if (!m_watched.contains(entity))
        return;
    // A mixed list (the trash) cannot tell which of its rows an id belongs to.
    if (id > 0 && m_kindExpression.isEmpty() && rowOfId(id) >= 0)
        refreshRow(id);
    else
        reload();
}

void SqlListModel::refreshRow(qint64 id)
{
    const int row = rowOfId(id);
    const QList<Row> fresh = query(m_idExpression + QLatin1String(" = ?"), { id }, 1, 0);
    // A failed read is no proof the row is gone: it stays.
    if (!m_error.isEmpty())
        return;
    if (fresh.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_totalCount = -1;
        Q_EMIT totalCountChanged();
        return;
    }
    m_rows[row] = fresh.constFirst();
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace pressdesk
