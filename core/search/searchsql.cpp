#include "searchsql.h"

namespace pressdesk {

QString SearchSql::hitsJoin(const QString &ftsTable, const QString &idExpression)
{
    return QStringLiteral(" JOIN (SELECT rowid AS hit_id, rank AS hit_rank FROM %1 WHERE %1 MATCH ?) AS hits "
                          "ON hits.hit_id = %2")
        .arg(ftsTable, idExpression);
}

QString SearchSql::notMatching(const QString &ftsTable, const QString &idExpression)
{
    return QStringLiteral("%2 NOT IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(ftsTable, idExpression);
}

QString SearchSql::snippetColumn(const QString &ftsTable)
{
    return QStringLiteral("(SELECT snippet(%1, -1, char(2), char(3), '…', 14) "
                          "FROM %1 WHERE %1 MATCH ? AND rowid = page.row_id)")
        .arg(ftsTable);
}

QString SearchSql::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("%"), QLatin1String("\\%"));
    escaped.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace pressdesk
