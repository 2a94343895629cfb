#pragma once

#include "storage/entity.h"
#include "storage/storelocation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

namespace pressdesk {

// The PostgreSQL side of Database: connecting, telling a Pressdesk newsroom from an empty or
// foreign database, creating and upgrading the schema (migrations/postgres), checking it, and
// hearing other people's changes through LISTEN/NOTIFY.
class PostgresStore final : public QObject
{
    Q_OBJECT

public:
    explicit PostgresStore(QObject *parent = nullptr);

    // Connects db (a QPSQL connection named connectionName). Errors name the server and never
    // the password.
    bool connect(QSqlDatabase &db, const QString &connectionName, const StoreLocation &location);
    // A new session after the server was lost, on a new connection of that name that
    // replaces db (and listening again if this store was listening).
    bool reconnect(QSqlDatabase &db, const QString &connectionName);
    // The newsroom's schema version; 0 for a database without Pressdesk's tables. Tables
    // that are not Pressdesk's are listed in foreignTables.
    bool identify(const QSqlDatabase &db, int &version, QStringList &foreignTables);
    // Applies every pending migration in one transaction, under a lock that makes a second
    // Pressdesk starting at the same moment wait and then find the schema complete.
    bool migrate(const QSqlDatabase &db);
    static int schemaVersion(const QSqlDatabase &db);
    // Problems found in the newsroom's data (rows missing from the search index, a schema
    // that is not this version's).
    static QStringList check(const QSqlDatabase &db);
    // Subscribes to pressdesk_changes; changed() is emitted for other connections' commits.
    bool listen(const QSqlDatabase &db);

    QString errorString() const { return m_error; }

Q_SIGNALS:
    void changed(pressdesk::Entity entity);
    // Someone took or let go of an edit lock (migration 0013).
    void presenceChanged();

private:
    bool fail(const QString &message);
    bool openSession(QSqlDatabase &db);
    static bool subscribe(const QSqlDatabase &db);

    QString m_error;
    QString m_where; // "newsroom on db.example.org", for messages
    QString m_redacted;
    QString m_password; // only to keep it out of messages
    bool m_listening = false;
};

} // namespace pressdesk
