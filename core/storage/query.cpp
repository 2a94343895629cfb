#include "query.h"

#include "storageerror.h"

#include <QSqlError>

namespace pressdesk {

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QStringLiteral("prepare"));
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::bind(int position, const QVariant &value)
{
    m_query.bindValue(position, value);
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        fail(QStringLiteral("exec"));
    return *this;
}

QVariant Query::scalar()
{
    exec();
    QVariant result;
    if (m_query.next())
        result = m_query.value(0);
    m_query.finish();
    return result;
}

void Query::fail(const QString &step) const
{
    const QSqlError error = m_query.lastError();
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    throw StorageError(QStringLiteral("%1 failed: %2 [%3]").arg(step, detail, m_sql.simplified()));
}

} // namespace pressdesk
