#pragma once

#include "distribution/outboxrunner.h"
#include "storage/storelocation.h"

#include <QObject>

namespace pressdesk {

// OutboxRunner on a thread of its own, with its own connection to the newsroom, so that
// the window stays responsive while messages go out. Every outcome is recorded by the
// runner before it is reported here; what is not sent stays queued in the outbox.
class OutboxJob final : public QObject
{
    Q_OBJECT

public:
    OutboxJob(const StoreLocation &location, const SmtpAccount &account, const OutboxRunner::Options &options,
        QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    // Jobs of this process on their threads now. A run marks whatever it finds 'sending' as
    // uncertain, so a second one must not start while another is handing a message over.
    static int runningCount();

Q_SIGNALS:
    // After each message's outcome is recorded: its recipient, state and the server's reply.
    void messageDone(const pressdesk::OutboxMessage &message, int outcome, const QString &reply);
    void finished(const pressdesk::OutboxRunner::Summary &summary, const QString &openError);

private:
    StoreLocation m_location;
    SmtpAccount m_account;
    OutboxRunner::Options m_options;
    bool m_running = false;
};

} // namespace pressdesk
