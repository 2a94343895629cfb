#pragma once

#include "listquery.h"

#include <QStringList>

#include <optional>

namespace pressdesk {

class Database;

// Reads the lists for the list models and the command line: pages of rows sorted and
// filtered in SQL on indexed columns, counts, one row again after a change, ranked search
// through the full-text index with snippets. All of the lists' SQL is here; the models only
// know column keys. Errors throw StorageError (the models keep their rows and say why).
class ListReader final
{
public:
    explicit ListReader(Database &database);

    // The columns of a list, in the order of ListRow::values.
    static QStringList columns(ListKind kind);
    static bool isSortable(ListKind kind, const QString &key);
    // Whether this query orders the list by relevance (it has words to rank by).
    static bool ranksByRelevance(const ListQuery &query);

    QList<ListRow> page(const ListQuery &query, int limit, int offset, ListPaging &paging);
    // The row of this id as the query lists it; nullopt when the query no longer lists it.
    std::optional<ListRow> row(const ListQuery &query, qint64 id);
    // With atMost > 0, counts no further than atMost + 1 (enough to say "more than atMost").
    int count(const ListQuery &query, int atMost = 0);
    // Whether the query's words are matched through the full-text index rather than by reading
    // the newest rows until enough match: always in a file; on a server when the planner
    // expects few matches (a quarter of the rows or less).
    bool matchesThroughIndex(const ListQuery &query);

private:
    Database &m_database;
};

} // namespace pressdesk
