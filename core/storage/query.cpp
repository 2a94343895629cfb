#include "query.h"

#include "statementpool.h"
#include "storageerror.h"

#include <QSqlError>

namespace pressdesk {

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: a statement without
    // values (BEGIN, SAVEPOINT, SET, CREATE ...) runs as it is.
    m_postgres = db.driverName() == QLatin1String("QPSQL");
    m_direct = m_postgres && !sql.contains(QLatin1Char('?'));
    if (m_direct)
        return;
    if (m_postgres) {
        m_connectionName = db.connectionName();
        if (std::optional<QSqlQuery> pooled = StatementPool::take(m_connectionName, sql)) {
            m_query = std::move(*pooled);
            m_prepared = true;
            return;
        }
    }
    if (!m_query.prepare(sql))
        fail(QStringLiteral("prepare"));
    m_prepared = true;
}

Query::~Query()
{
    // A statement that failed may belong to a session that is gone: it is not kept.
    if (!m_postgres || !m_prepared || m_failed)
        return;
    m_query.finish();
    StatementPool::giveBack(m_connectionName, m_sql, std::move(m_query));
}

namespace {

// Text pasted from anywhere may hold a lone surrogate (invalid UTF-16). SQLite would turn it
// and the character after it into something else; store U+FFFD in its place instead, so
// that every valid character arrives as typed.
QVariant wellFormed(const QVariant &value, bool postgres)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    QString text = value.toString();
    // PostgreSQL's text cannot hold NUL; it stands as U+FFFD, as a broken character does.
    if (postgres && text.contains(QChar(0)))
        return wellFormed(text.replace(QChar(0), QChar::ReplacementCharacter), false);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        QString repaired = text;
        for (qsizetype j = i; j < size; ++j) {
            const QChar d = repaired.at(j);
            if (d.isHighSurrogate() && j + 1 < size && repaired.at(j + 1).isLowSurrogate())
                ++j;
            else if (d.isSurrogate())
                repaired[j] = QChar::ReplacementCharacter;
        }
        return repaired;
    }
    return value;
}

} // namespace

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, wellFormed(value, m_postgres));
    return *this;
}

Query &Query::bind(int position, const QVariant &value)
{
    m_query.bindValue(position, wellFormed(value, m_postgres));
    return *this;
}

Query &Query::exec()
{
    if (!(m_direct ? m_query.exec(m_sql) : m_query.exec()))
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

qint64 Query::returnedId()
{
    if (!m_query.next())
        fail(QStringLiteral("returning id"));
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

void Query::fail(const QString &step) const
{
    m_failed = true;
    const QSqlError error = m_query.lastError();
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    throw StorageError(
        QStringLiteral("%1 failed: %2 [%3]").arg(step, detail, m_sql.simplified()), error.nativeErrorCode());
}

} // namespace pressdesk
