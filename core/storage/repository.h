#pragma once

#include "database.h"
#include "entity.h"
#include "query.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <limits>
#include <memory>

namespace pressdesk {

class StorageError;

// What the repositories share: the database, prepared-statement reuse (a batch of 100,000
// saves would otherwise spend its time compiling SQL), the error of the last call, and the
// soft-delete life cycle (trash, restore, purge) that every entity follows.
class Repository
{
public:
    explicit Repository(Database &database, Entity entity);
    virtual ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    QString errorString() const { return m_error; }

    bool moveToTrash(qint64 id);
    bool restore(qint64 id);
    // Deletes for good; fails with a message saying where the record is still used.
    bool purge(qint64 id);
    bool exists(qint64 id, bool includeTrash = false);
    int count(bool includeTrash = false);

protected:
    // Runs body inside a transaction; on StorageError rolls back, keeps the message and
    // returns false. On success notifies listeners about id.
    template<typename Body>
    bool write(qint64 &id, Body &&body);
    template<typename Body>
    bool read(Body &&body);

    Query &prepared(const QString &sql);
    StoreBackend backend() const { return m_database.backend(); }
    // Runs one of SearchIndex's statements for id; an empty one (nothing to do on this
    // backend) is skipped.
    void updateIndex(const QString &sql, qint64 id);
    QSqlDatabase connection() const { return m_database.connection(); }
    Database &database() { return m_database; }
    QString table() const;
    bool fail(const QString &message);
    // The error's message; a team newsroom's refusal (a rule of the server: SQLSTATE 42501)
    // in the words the rule gives, without the statement and the server's CONTEXT lines.
    static QString refusalOrMessage(const StorageError &error);
    // An UPDATE ... WHERE id = ? AND version = ? touched nothing: either the record is gone
    // or someone saved it since it was loaded. Throws with the matching message.
    [[noreturn]] void throwNotSavedBecause(qint64 id, int loadedVersion, const QString &what);
    virtual QString usedBy(qint64 id);
    // Around every trash, restore and purge, inside its transaction: search indexes
    // forget the record before and learn it again after.
    virtual void beforeLifecycleChange(qint64 id);
    virtual void afterLifecycleChange(qint64 id);

    // A LIMIT value: a negative limit means all rows (SQLite reads it so, PostgreSQL refuses it).
    static qint64 rowLimit(int limit) { return limit < 0 ? std::numeric_limits<qint64>::max() : limit; }
    static QString now();
    static QDateTime parseTimestamp(const QVariant &value);

private:
    bool setDeleted(qint64 id, bool deleted);

    Database &m_database;
    Entity m_entity;
    QString m_error;
    QHash<QString, std::shared_ptr<Query>> m_statements;
    int m_session = 0;
};

} // namespace pressdesk

#include "repository_impl.h"
