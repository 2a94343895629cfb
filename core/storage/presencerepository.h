#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

class Database;

// Who is working on which release on a team newsroom (migration 0013): the soft edit lock an
// open editor holds and refreshes (a heartbeat), and who saved a release last. The server
// keeps the rules and the clock: a person holds, refreshes and releases only their own lock,
// a lock lapses after the newsroom's expiry without a heartbeat, and admins clear anyone's.
// A lock stops nobody from saving. A file has one person: it holds no locks and shows none.
class PresenceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PresenceRepository)

public:
    struct Lock
    {
        qint64 releaseId = 0;
        QString holder; // the login
        QString holderName; // their full name, else the login
        QDateTime since; // UTC, the server's clock
    };
    struct Change
    {
        int version = 0;
        QString actor; // the login that saved, changed the status, trashed or restored it
        QString actorName; // their full name, else the login
        QDateTime at; // UTC
    };

    explicit PresenceRepository(Database &database);

    // "Being edited by Anna since 10:42" and "Changed by Anna at 10:47", in local time (with
    // the date when it is not today).
    static QString describe(const Lock &lock);
    static QString describe(const Change &change);

    // Whether locks mean anything here (a server).
    bool isShared() const;
    // Holds or refreshes this person's lock on a release, taking over a lapsed one, when they
    // may change it; returns whoever holds it now (this person or another), or nothing.
    std::optional<Lock> hold(qint64 releaseId);
    // Lets go of this person's lock (the editor closes).
    bool release(qint64 releaseId);
    // Clears anyone's lock: admins only (the server refuses others, and says so).
    bool clear(qint64 releaseId);
    // Every live lock; with exceptMine, only the other people's.
    QList<Lock> locks(bool exceptMine = true);
    // The version stored now and who made it, from the activity log.
    std::optional<Change> latestChange(qint64 releaseId);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    Database &m_database;
    QString m_error;
};

} // namespace pressdesk
