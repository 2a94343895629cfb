#pragma once

#include "search/searchquery.h"
#include "storage/entity.h"
#include "storage/listquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace pressdesk {

class Database;

// A read-only list that pages lazily: rows arrive a page at a time through
// canFetchMore()/fetchMore(); sorting, filtering and search happen in storage (ListReader,
// on indexed columns), and nothing ever loads the whole table. The model knows its columns
// by key, their headers and how to show their values; it never sees SQL.
class ListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString key; // stable name, for settings and CSV headers; one of ListReader::columns()
        QString header; // translated
        std::function<QVariant(const QVariant &)> display = {};
    };

    static constexpr int pageSize = 100;
    // What the window's lists rank first while the user types (see setRankingCandidates).
    static constexpr int interactiveRankingCandidates = 5000;
    static constexpr int relevanceColumn = -1;

    // Rows per page (pageSize by default); a command that wants N rows asks for N.
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // While sorting by relevance: rank the newest `candidates` matches first and the older
    // ones after them, so that a word found in most of a large archive lists at once
    // instead of waiting for bm25 over every match. 0 (the default) ranks all matches as
    // one list. The window's lists and `pressdesk search` use interactiveRankingCandidates.
    void setRankingCandidates(int candidates);
    int rankingCandidates() const { return m_rankingCandidates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Matching rows in the database, not only those fetched so far.
    int totalCount() const;
    // On a server a search counts its matches only up to countCap (counting tens of thousands
    // of matches there takes longer than typing the next letter): totalCount() is then
    // countCap + 1, meaning "more than countCap".
    int countCap() const { return m_countCap; }
    void setCountCap(int cap) { m_countCap = cap; }
    bool totalCountIsCapped() const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // relevanceColumn while a search orders the list by relevance.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QString lastError() const { return m_error; }
    int columnOfKey(const QString &key) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The number of matching rows may have changed; totalCount() counts again on demand.
    void totalCountChanged();
    // A read failed ("database is locked", a lost server): the rows shown stay as they were,
    // and the message says what happened.
    void readFailed(const QString &message);
    // The order changed by itself (a search started or ended), not through sort().
    void sortingChanged(int column, Qt::SortOrder order);

protected:
    ListModel(Database &database, ListKind kind, QList<Entity> watched, QObject *parent);
    Database &database() const { return m_database; }

    // The columns, in the order of ListReader::columns(kind), and the default order.
    void setColumns(QList<Column> columns, int defaultSortColumn, Qt::SortOrder defaultOrder);
    // Narrows the list to a search (words, exclusions, filters) and reloads. A search with
    // words sorts by relevance; without, the list returns to its default column.
    void setListSearch(const SearchQuery &query);

private:
    ListQuery listQuery() const;
    // A page of rows; on a failed read, what was read so far (possibly nothing) and m_error.
    QList<ListRow> page(int limit, int offset);
    void onChanged(Entity entity, qint64 id);
    void refreshRow(qint64 id);

    Database &m_database;
    ListKind m_kind;
    QList<Entity> m_watched;
    QList<Column> m_columns;
    SearchQuery m_listSearch;
    ListPaging m_paging;
    QList<ListRow> m_rows;
    int m_defaultSortColumn = 0;
    Qt::SortOrder m_defaultSortOrder = Qt::AscendingOrder;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = pageSize;
    int m_rankingCandidates = 0;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_loaded = false; // a page was asked for; later changes reload at once
    mutable int m_totalCount = -1;
    int m_countCap = 1000;
    mutable bool m_countLimited = false; // the last count stopped at m_countCap
    QString m_error;
};

} // namespace pressdesk
