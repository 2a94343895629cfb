#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pressdesk {

class Database;

// Moves a whole newsroom from one store to another (file to server, server to file, file to
// file): settings, organizations, speakers with photos, events, releases with quotes, links,
// tags, revisions, the trash, external ids and import originals, media contacts, the outbox,
// and the team's comments, approvals, review requests and activity log, with their ids, uuids,
// authors and dates. A server takes a copy only from its owner.
// The target must be empty; everything is written in one transaction on it, the search index
// is rebuilt there, and the row counts of every table are compared before the commit.
// Recovery copies stay where they were: they belong to one computer.
class StoreCopier final
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopier)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    StoreCopier(Database &source, Database &target);

    bool copy();
    QString errorString() const { return m_error; }
    // Rows copied per table, in the order they were copied.
    QList<TableCount> counts() const { return m_counts; }

    // Tables of the target that already hold rows (the copy refuses such a target).
    static QStringList nonEmptyTables(Database &database);

private:
    void copyTable(const QString &table, const QString &key); // throws StorageError
    // Sets the target's triggers aside; returns the statements that bring them back.
    QStringList suspendTriggers(); // throws StorageError

    Database &m_source;
    Database &m_target;
    QString m_error;
    QList<TableCount> m_counts;
};

} // namespace pressdesk
