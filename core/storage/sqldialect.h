#pragma once

#include "storelocation.h"

#include <QString>

namespace pressdesk {

// Where the SQL of the two stores differs, as small pieces the repositories and the list
// reader put into otherwise shared statements. Everything else is written once, in SQL both
// SQLite and PostgreSQL accept (INSERT ... ON CONFLICT, RETURNING, coalesce, ||, chr() in the schema).
class SqlDialect final
{
public:
    explicit SqlDialect(StoreBackend backend = StoreBackend::Sqlite)
        : m_backend(backend)
    { }

    StoreBackend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == StoreBackend::Postgres; }

    // expression compared or ordered without regard to case (ASCII on SQLite, as NOCASE).
    QString caseless(const QString &expression) const;
    // expression as a sort key without regard to case, the way its index is built: NOCASE on
    // SQLite, ICU's root collation on PostgreSQL (where lower() would bypass the index).
    QString sortCaseless(const QString &expression) const;
    // "expression = ?" without regard to case.
    QString caselessEquals(const QString &expression) const;
    // expression ordered as people read names: SQLite's collation of the file (LocaleCollation
    // or NOCASE), PostgreSQL's ICU root collation.
    QString byName(const QString &expression, const QString &sqliteCollation) const;
    // LIKE without regard to ASCII case, as SQLite's LIKE is.
    QString like() const { return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); }

private:
    StoreBackend m_backend;
};

} // namespace pressdesk
