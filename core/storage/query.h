#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace pressdesk {

// A prepared statement whose every failure throws StorageError naming the statement, so no
// exec() goes unchecked. Values are only ever bound, never spliced into the SQL text.
// On PostgreSQL the prepared statement outlives the Query, for the session's next Query of
// the same text (StatementPool).
class Query final
{
public:
    Query(const QSqlDatabase &db, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QString &placeholder, const QVariant &value);
    Query &bind(int position, const QVariant &value);
    Query &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    // The id an INSERT ... RETURNING id gave back (both backends; QPSQL has no lastInsertId).
    qint64 returnedId();
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar();

private:
    [[noreturn]] void fail(const QString &step) const;

    QSqlQuery m_query;
    QString m_sql;
    QString m_connectionName;
    bool m_postgres = false;
    bool m_direct = false;
    bool m_prepared = false;
    mutable bool m_failed = false;
};

// Text columns are NOT NULL in the schema; a null QString would bind as NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

// Foreign keys are NULL when unset (0).
inline QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace pressdesk
