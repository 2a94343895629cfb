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

namespace {

// Text pasted from anywhere may hold a lone surrogate (invalid UTF-16). SQLite would turn it
// and the character after it into something else; store U+FFFD in its place instead, so
// that every valid character arrives as typed.
QVariant wellFormed(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString();
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
    m_query.bindValue(placeholder, wellFormed(value));
    return *this;
}

Query &Query::bind(int position, const QVariant &value)
{
    m_query.bindValue(position, wellFormed(value));
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
