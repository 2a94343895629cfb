#pragma once

#include <QString>

namespace pressdesk {

// SQL fragments of the searchable lists (SQLite FTS5). Every user value is bound, never spliced.
class SearchSql final
{
public:
    // "ftsTable JOIN table ON id = ftsTable.rowid joins": the index drives the query, so
    // that "ORDER BY rank LIMIT n" is answered by FTS5 itself and only n snippets are made.
    static QString matchedFrom(
        const QString &ftsTable, const QString &table, const QString &idExpression, const QString &joins = {});
    // "ftsTable MATCH ?"
    static QString matchCondition(const QString &ftsTable);
    // "id NOT IN (rows of ftsTable matching one bound expression)"
    static QString notMatching(const QString &ftsTable, const QString &idExpression);
    // The snippet of the row's best match, with Snippet's marks around matched words; valid
    // in a query on matchedFrom().
    static QString snippetColumn(const QString &ftsTable);
    // PostgreSQL's passage around the matches of search.q in "config, text", with the same
    // marks.
    static QString headlineColumn(const QString &configAndText);
    // The options of ts_headline for those passages, as an SQL text expression.
    static QString headlineOptions();
    // "%text%" for LIKE ... ESCAPE '\', with % _ and \ in text taken literally.
    static QString containsPattern(const QString &text);
};

} // namespace pressdesk
