#pragma once

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace pressdesk {

// PostgreSQL: the statements a session has prepared, kept for the next Query with the same
// text. QPSQL prepares each statement with PREPARE, runs it with EXECUTE and drops it with
// DEALLOCATE: three round trips to the server and a parse where one EXECUTE does (a search
// as you type ran five statements, fifteen round trips). A statement in use is out of the
// pool, so two Queries of one text never share one. A session's statements are forgotten
// before it closes (they are the server's, per session); at most `capacity` are kept per
// session, the least recently used dropped first. Plans are not kept: each session plans
// every statement with its values (plan_cache_mode, PostgresStore::openSession), so that
// a plan made under one search's planner settings never serves another.
class StatementPool final
{
public:
    static constexpr int capacity = 96;

    // A prepared statement of this text on this connection, taken out of the pool.
    static std::optional<QSqlQuery> take(const QString &connectionName, const QString &sql);
    // Back into the pool once its Query is done with it (its result already finished).
    static void giveBack(const QString &connectionName, const QString &sql, QSqlQuery &&query);
    // Drops a session's statements (DEALLOCATE on it): call while it is still open.
    static void forget(const QString &connectionName);
    static int size(const QString &connectionName);
};

} // namespace pressdesk
