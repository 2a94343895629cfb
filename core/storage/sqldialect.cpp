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

} // namespace pressdesk
