#pragma once

#include "search/searchquery.h"
#include "storage/entity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace pressdesk {

class Database;

// A read-only list backed by SQL that pages lazily: rows arrive a page at a time through
// canFetchMore()/fetchMore(), sorting and filtering happen in SQL (on indexed columns), and
// nothing ever loads the whole table. Subclasses describe their columns and source.
class SqlListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString key; // stable name, for settings and CSV headers
        QString header; // translated
        QString select; // SQL expression
        QString sortBy; // SQL expression to ORDER BY; empty when not sortable
        std::function<QVariant(const QVariant &)> display = {};
    };

    // What to list: FROM and WHERE with their bound values, in the order they appear.
    struct Source
    {
        QString from;
        QVariantList fromValues;
        QString where;
        QVariantList whereValues;
        // ORDER BY expression while sorting by relevance (a search); empty: no relevance.
        // No tie-breaker is added, so that FTS5 can deliver its rows already ranked and
        // stop at the page's end (snippets are then made for that page only).
        QString relevance;
        // Replacements for columns' expressions while this source is listed (by column).
        QHash<int, QString> selects;
        // With relevance: the FTS5 table and the MATCH expression that rank the rows.
        QString rankedIndex;
        QString rankedMatch;
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
    // one list, the way `pressdesk search` does.
    void setRankingCandidates(int candidates);
    int rankingCandidates() const { return m_rankingCandidates; }
    // The id from which matches count as newest (0: the list is ranked as one).
    qint64 newestCandidateId();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Matching rows in the database, not only those fetched so far.
    int totalCount() const;
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
    SqlListModel(Database &database, QList<Entity> watched, QObject *parent);
    Database &database() const { return m_database; }

    // Set by subclasses: the primary key expression and a kind expression for mixed lists.
    void setIdentity(const QString &idExpression, const QString &kindExpression = {});
    void setColumns(QList<Column> columns, int defaultSortColumn, Qt::SortOrder defaultOrder);
    // Where a searchable list finds its rows: the FTS5 index, the table (with alias) and id,
    // further joins, the condition for live rows, and the columns that show rank and snippet.
    struct SearchTarget
    {
        QString index;
        QString table;
        QString idExpression;
        QString joins;
        QString live;
        int rankColumn = -1;
        int matchColumn = -1;
    };
    // The source of a list narrowed by a query: ranked matches when it has words, all live
    // rows but the excluded ones when it has only exclusions, all live rows otherwise.
    static Source searchSource(const SearchTarget &target, const SearchQuery &query, const QString &match);

    // Replaces what is listed and reloads. A source with relevance sorts by it; a source
    // without returns to the default column when relevance was in use.
    void setSource(const Source &source);

private:
    struct Row
    {
        qint64 id = 0;
        QString kind;
        QVariantList values;
    };

    QList<Row> query(const QString &extraCondition, const QVariantList &extraValues, int limit, int offset);
    // A page of the list: with ranking candidates, the newest matches' ranking, then the rest.
    QList<Row> page(int limit, int offset);
    void forgetCandidates();
    QString orderBy() const;
    void onChanged(Entity entity, qint64 id);
    void refreshRow(qint64 id);

    Database &m_database;
    QList<Entity> m_watched;
    QString m_idExpression;
    QString m_kindExpression;
    QList<Column> m_columns;
    Source m_source;
    QList<Row> m_rows;
    int m_defaultSortColumn = 0;
    Qt::SortOrder m_defaultSortOrder = Qt::AscendingOrder;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = pageSize;
    int m_rankingCandidates = 0;
    qint64 m_newestCandidateId = -1; // -1: not yet looked up
    int m_newestCount = -1; // rows in the first (newest) part once it has ended, else -1
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_loaded = false; // a page was asked for; later changes reload at once
    mutable int m_totalCount = -1;
    QString m_error;
};

} // namespace pressdesk
