#include "sqldialect.h"

namespace pressdesk {

QString SqlDialect::caseless(const QString &expression) const
{
    return isPostgres() ? QStringLiteral("lower(%1)").arg(expression) : expression + QLatin1String(" COLLATE NOCASE");
}

QString SqlDialect::sortCaseless(const QString &expression) const
{
    return isPostgres() ? expression + QLatin1String(" COLLATE \"und-x-icu\"")
                        : expression + QLatin1String(" COLLATE NOCASE");
}

QString SqlDialect::caselessEquals(const QString &expression) const
{
    return isPostgres() ? QStringLiteral("lower(%1) = lower(?)").arg(expression)
                        : expression + QLatin1String(" = ? COLLATE NOCASE");
}

QString SqlDialect::byName(const QString &expression, const QString &sqliteCollation) const
{
    return isPostgres() ? expression + QLatin1String(" COLLATE \"und-x-icu\"")
                        : expression + QLatin1String(" COLLATE ") + sqliteCollation;
}

QString SqlDialect::joined(const QString &expression, const QString &separator) const
{
    return isPostgres() ? QStringLiteral("string_agg(%1, %2)").arg(expression, separator)
                        : QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

QString SqlDialect::newline() const
{
    return isPostgres() ? QStringLiteral("chr(10)") : QStringLiteral("char(10)");
}

} // namespace pressdesk
