#pragma once

#include <QString>

#include <functional>

namespace pressdesk {

class Database;

// Plausible, deterministic bulk data for benchmarks and scale tests: N releases with
// quotes by speakers and links to events drawn from a pool sized in proportion (one
// speaker per 100 releases, one event per 500). Same seed, same texts. One transaction.
class SyntheticArchive final
{
public:
    struct Stats
    {
        int releases = 0;
        int speakers = 0;
        int events = 0;
    };

    explicit SyntheticArchive(Database &database);
    // progress(done, total) is called now and then; returning false cancels (rolls back).
    bool generate(int releases, quint32 seed, const std::function<bool(int, int)> &progress = {});
    Stats stats() const { return m_stats; }
    QString errorString() const { return m_error; }

private:
    Database &m_database;
    Stats m_stats;
    QString m_error;
};

} // namespace pressdesk
