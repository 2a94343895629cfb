#pragma once

#include "smtpsender.h"
#include "storage/outboxstore.h"

#include <QString>

#include <functional>

namespace pressdesk {

class Database;

// Sends what waits in the outbox, one message at a time, recording each step before and
// after the network: claimed ('sending', committed) -> handed to the server -> 'sent'
// (committed) as soon as the server accepts. A crash between the two leaves one message in
// 'sending', which the next run marks 'uncertain' and leaves alone.
class OutboxRunner final
{
public:
    struct Options
    {
        bool ignoreBackoff = false; // --retry: what waits for its back-off goes now
        bool includeUncertain = false; // --resend-uncertain
        int perMinute = 0; // throttle; 0: as fast as the server takes them
        QString batch; // only this send; empty: the whole outbox
        QString server; // only messages queued for this server (SmtpAccount::server()); empty: all
        QList<qint64> ids; // only these messages (the uncertain ones an officer chose to resend); empty: all
    };
    struct Summary
    {
        int sent = 0;
        int failed = 0;
        int retrying = 0;
        int uncertainFound = 0; // messages found in flight from an earlier run
        QString stoppedBecause; // the connection or login failed: the rest wait
        bool storageFailed = false; // the outbox could not be read or written
    };
    // Told about each message after its outcome is recorded.
    using Progress = std::function<void(const OutboxMessage &, SmtpSender::Outcome, const QString &reply)>;

    OutboxRunner(Database &database, const SmtpAccount &account);

    Summary run(const Options &options, const Progress &progress = {});
    // The wait before the next try after attempts temporary failures: 1, 2, 4 … minutes, at
    // most an hour.
    static int backoffSeconds(int attempts);

private:
    void send(const Options &options, const Progress &progress, Summary &summary);

    Database &m_database;
    SmtpAccount m_account;
};

} // namespace pressdesk
