#include "outboxrunner.h"

#include "storage/storageerror.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>

namespace pressdesk {

OutboxRunner::OutboxRunner(Database &database, const SmtpAccount &account)
    : m_database(database)
    , m_account(account)
{ }

int OutboxRunner::backoffSeconds(int attempts)
{
    const int exponent = std::clamp(attempts - 1, 0, 6);
    return std::min(60 << exponent, 3600);
}

OutboxRunner::Summary OutboxRunner::run(const Options &options, const Progress &progress)
{
    Summary summary;
    try {
        send(options, progress, summary);
    } catch (const StorageError &error) {
        summary.stoppedBecause = error.message();
        summary.storageFailed = true;
    }
    return summary;
}

void OutboxRunner::send(const Options &options, const Progress &progress, Summary &summary)
{
    OutboxStore store(m_database);
    summary.uncertainFound = store.markInterruptedUncertain();
    SmtpSender sender(m_account);
    const int pauseMs = options.perMinute > 0 ? 60'000 / options.perMinute : 0;
    bool first = true;
    qint64 lastId = 0; // one pass: a message put back to wait is not tried again in this run
    while (true) {
        std::optional<OutboxMessage> next = store.nextToSend(
            options.ignoreBackoff, options.includeUncertain, options.batch, lastId, options.server, options.ids);
        if (!next)
            break;
        lastId = next->id;
        if (!first && pauseMs > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
        first = false;
        if (!store.claim(next->id))
            continue;
        const SmtpSender::Result result = sender.send(next->message, next->senderEmail, next->recipientEmail);
        switch (result.outcome) {
        case SmtpSender::Outcome::Accepted:
            store.markSent(next->id);
            next->state = OutboxMessage::State::Sent;
            ++summary.sent;
            break;
        case SmtpSender::Outcome::Rejected:
            store.markFailed(next->id, result.reply);
            next->state = OutboxMessage::State::Failed;
            ++summary.failed;
            break;
        case SmtpSender::Outcome::TryLater:
        case SmtpSender::Outcome::Unreachable:
            store.markRetry(
                next->id, result.reply, QDateTime::currentDateTimeUtc().addSecs(backoffSeconds(next->attempts + 1)));
            next->state = OutboxMessage::State::Queued;
            ++summary.retrying;
            break;
        }
        next->lastError = result.reply;
        if (progress)
            progress(*next, result.outcome, result.reply);
        if (result.outcome == SmtpSender::Outcome::Unreachable) {
            summary.stoppedBecause = result.reply;
            break;
        }
    }
}

} // namespace pressdesk
