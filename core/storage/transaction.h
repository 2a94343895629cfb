#pragma once

namespace pressdesk {

class Database;

// A write transaction that rolls back unless commit() is reached. The outermost one takes
// the write lock up front (BEGIN IMMEDIATE, so the busy timeout applies there and not at a
// later deadlock); nested ones become savepoints, so a repository save can run inside a
// larger batch (the demo generator, an import) and still be all-or-nothing.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void run(const char *sql);

    Database &m_database;
    int m_level = 0;
    bool m_open = false;
};

} // namespace pressdesk
