#pragma once

#include <QString>

namespace pressdesk {

// SQL fragments shared by the searchable lists. Every user value is bound, never spliced.
class SearchSql final
{
public:
    // " JOIN (matches of ftsTable for one bound MATCH expression) AS hits ON hits.hit_id = id"
    // exposing hits.hit_rank (bm25 with the table's configured weights).
    static QString hitsJoin(const QString &ftsTable, const QString &idExpression);
    // "id NOT IN (rows of ftsTable matching one bound expression)"
    static QString notMatching(const QString &ftsTable, const QString &idExpression);
    // A late column: the snippet of the row's best match, with \x02 \x03 around matched
    // words; binds the MATCH expression once.
    static QString snippetColumn(const QString &ftsTable);
    // "%text%" for LIKE ... ESCAPE '\', with % _ and \ in text taken literally.
    static QString containsPattern(const QString &text);
    static constexpr QChar highlightStart = QChar(0x02);
    static constexpr QChar highlightEnd = QChar(0x03);
};

} // namespace pressdesk
