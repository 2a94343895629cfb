#include "searchsql.h"

namespace pressdesk {

QString SearchSql::matchedFrom(
    const QString &ftsTable, const QString &table, const QString &idExpression, const QString &joins)
{
    QString from = QStringLiteral("%1 JOIN %2 ON %3 = %1.rowid").arg(ftsTable, table, idExpression);
    if (!joins.isEmpty())
        from += QLatin1Char(' ') + joins;
    return from;
}

QString SearchSql::matchCondition(const QString &ftsTable)
{
    return ftsTable + QLatin1String(" MATCH ?");
}

QString SearchSql::notMatching(const QString &ftsTable, const QString &idExpression)
{
    return QStringLiteral("%2 NOT IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(ftsTable, idExpression);
}

QString SearchSql::snippetColumn(const QString &ftsTable)
{
    return QStringLiteral("snippet(%1, -1, char(2), char(3), '…', 14)").arg(ftsTable);
}

QString SearchSql::headlineColumn(const QString &configAndText)
{
    return QStringLiteral("pressdesk_passage(%1, search.q, %2)").arg(configAndText, headlineOptions());
}

QString SearchSql::headlineOptions()
{
    return QStringLiteral("'StartSel=' || chr(2) || ', StopSel=' || chr(3) || "
                          "', MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, FragmentDelimiter=\"…\"'");
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
