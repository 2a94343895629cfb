#pragma once

#include "distribution/outboxrunner.h"

#include <QObject>
#include <QTimer>

namespace pressdesk {

class Database;
class OutboxJob;

// While the window is open, the outbox goes by itself: the messages queued for the SMTP
// server in Preferences are tried again on a timer that backs off while the server cannot be
// reached (1, 2, 4 … minutes, at most an hour), and at once when the network comes back
// (QNetworkInformation, where Qt has a backend for it). Only queued messages whose own
// back-off is over go, through OutboxJob, so each is claimed before it is handed over and
// none is sent twice; uncertain ones never go by themselves; nothing is asked of the officer
// (no password in the keychain: no try).
class OutboxRetry final : public QObject
{
    Q_OBJECT

public:
    explicit OutboxRetry(Database &database, QObject *parent = nullptr);

    // One step of the back-off; a minute, shorter in tests.
    void setStepMilliseconds(int milliseconds);
    // Tries now: what is due, or everything queued when the network has just come back.
    void tryNow(bool networkReturned = false);
    bool isRunning() const;

Q_SIGNALS:
    // A try ran (sent, failed, retrying, uncertain found from an earlier run).
    void passFinished(const pressdesk::OutboxRunner::Summary &summary);

private:
    void schedule();
    void watchNetwork();

    Database &m_database;
    QTimer m_timer;
    OutboxJob *m_job = nullptr;
    int m_stepMs = 60'000;
    int m_failures = 0; // tries in a row that could not reach the server
};

} // namespace pressdesk
