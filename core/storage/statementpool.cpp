#include "statementpool.h"

#include <QCoreApplication>
#include <QMutex>

#include <algorithm>
#include <map>
#include <vector>

namespace pressdesk {

namespace {

struct Pooled
{
    Pooled(const QString &text, QSqlQuery &&prepared, quint64 use)
        : sql(text)
        , query(std::move(prepared))
        , lastUse(use)
    { }
    Pooled(Pooled &&) noexcept = default;
    Pooled &operator=(Pooled &&) noexcept = default;
    Pooled(const Pooled &) = delete;
    Pooled &operator=(const Pooled &) = delete;

    QString sql;
    QSqlQuery query;
    quint64 lastUse = 0;
};

struct Pools
{
    QMutex mutex;
    std::map<QString, std::vector<Pooled>> byConnection;
    quint64 uses = 0;
    bool cleanupAdded = false;
};

Pools &pools()
{
    static Pools instance;
    return instance;
}

// Statements still kept when the application ends (a session nobody closed) go while the SQL
// drivers are still loaded, not after main() returns.
void forgetAll()
{
    std::map<QString, std::vector<Pooled>> dropped;
    {
        Pools &all = pools();
        const QMutexLocker lock(&all.mutex);
        dropped.swap(all.byConnection);
    }
}

} // namespace

std::optional<QSqlQuery> StatementPool::take(const QString &connectionName, const QString &sql)
{
    Pools &all = pools();
    const QMutexLocker lock(&all.mutex);
    const auto found = all.byConnection.find(connectionName);
    if (found == all.byConnection.end())
        return std::nullopt;
    std::vector<Pooled> &statements = found->second;
    const auto it =
        std::find_if(statements.begin(), statements.end(), [&sql](const Pooled &pooled) { return pooled.sql == sql; });
    if (it == statements.end())
        return std::nullopt;
    std::optional<QSqlQuery> query(std::move(it->query));
    statements.erase(it);
    return query;
}

void StatementPool::giveBack(const QString &connectionName, const QString &sql, QSqlQuery &&query)
{
    std::vector<Pooled> dropped; // destroyed (DEALLOCATE) outside the lock
    {
        Pools &all = pools();
        const QMutexLocker lock(&all.mutex);
        if (!all.cleanupAdded && QCoreApplication::instance()) {
            qAddPostRoutine(forgetAll);
            all.cleanupAdded = true;
        }
        std::vector<Pooled> &statements = all.byConnection[connectionName];
        // Another Query of this text was done first: one is enough.
        const bool pooled =
            std::any_of(statements.begin(), statements.end(), [&sql](const Pooled &each) { return each.sql == sql; });
        if (pooled) {
            dropped.emplace_back(sql, std::move(query), 0);
        } else {
            statements.emplace_back(sql, std::move(query), ++all.uses);
            if (statements.size() > std::size_t(capacity)) {
                const auto oldest = std::min_element(statements.begin(), statements.end(),
                    [](const Pooled &a, const Pooled &b) { return a.lastUse < b.lastUse; });
                dropped.push_back(std::move(*oldest));
                statements.erase(oldest);
            }
        }
    }
}

void StatementPool::forget(const QString &connectionName)
{
    std::vector<Pooled> dropped;
    {
        Pools &all = pools();
        const QMutexLocker lock(&all.mutex);
        const auto found = all.byConnection.find(connectionName);
        if (found == all.byConnection.end())
            return;
        dropped = std::move(found->second);
        all.byConnection.erase(found);
    }
}

int StatementPool::size(const QString &connectionName)
{
    Pools &all = pools();
    const QMutexLocker lock(&all.mutex);
    const auto found = all.byConnection.find(connectionName);
    return found == all.byConnection.end() ? 0 : int(found->second.size());
}

} // namespace pressdesk
