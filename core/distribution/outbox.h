#pragma once

#include "storage/outboxstore.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pressdesk {

class Database;

// The outbox for the command line and the windows: OutboxStore's rows with errors as
// values (errorString()) instead of exceptions.
class Outbox final
{
public:
    explicit Outbox(Database &database);

    bool enqueue(int count, const std::function<OutboxMessage(int index)> &make);
    std::optional<QList<OutboxMessage>> messages(const QList<qint64> &releaseIds = {}, bool sentOnly = false);
    // Records uncertain messages as sent, as the officer says they arrived (those still
    // uncertain; all in one transaction); how many.
    std::optional<int> markUncertainSent(const QList<qint64> &ids);
    // How many SMTP messages are queued (due or waiting for their back-off).
    std::optional<int> queuedCount();
    // The release ids of a translation group (a release and its translations), for the
    // record of who got which version.
    std::optional<QList<qint64>> translationGroupOf(qint64 releaseId);
    // Settings kept in the newsroom: the sender and the List-Unsubscribe target.
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);
    QString errorString() const { return m_error; }

    static QString fromKey() { return QStringLiteral("mail.from"); }
    static QString listUnsubscribeKey() { return QStringLiteral("mail.list_unsubscribe"); }
    static QString newBatch();

private:
    Database &m_database;
    QString m_error;
};

} // namespace pressdesk
