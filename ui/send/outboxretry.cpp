#include "outboxretry.h"

#include "distribution/outbox.h"
#include "distribution/smtppasswords.h"
#include "outboxjob.h"
#include "preferences/preferences.h"
#include "storage/database.h"

#include <QNetworkInformation>

namespace pressdesk {

OutboxRetry::OutboxRetry(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { tryNow(); });
    watchNetwork();
    schedule();
}

void OutboxRetry::setStepMilliseconds(int milliseconds)
{
    m_stepMs = milliseconds;
    schedule();
}

bool OutboxRetry::isRunning() const
{
    return m_job && m_job->isRunning();
}

void OutboxRetry::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend here: the timer alone
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
        [this](QNetworkInformation::Reachability reachability) {
            if (reachability == QNetworkInformation::Reachability::Online
                || reachability == QNetworkInformation::Reachability::Site)
                tryNow(true);
        });
}

void OutboxRetry::schedule()
{
    // The wait grows as OutboxRunner's does for a message: one step, then 2, 4 … at most 60.
    const int steps = OutboxRunner::backoffSeconds(m_failures + 1) / 60;
    m_timer.start(m_stepMs * steps);
}

void OutboxRetry::tryNow(bool networkReturned)
{
    // Another send of this window is on its way (the Send dialog's): the next turn.
    if (isRunning() || OutboxJob::runningCount() > 0 || !m_database.isOpen()) {
        schedule();
        return;
    }
    const Preferences::Mail mail = Preferences::mail();
    SmtpAccount account;
    account.url = mail.smtpUrl;
    account.user = mail.smtpUser;
    account.caFile = mail.caFile;
    if (account.url.isEmpty() || !account.problem().isEmpty()) {
        schedule();
        return;
    }
    const std::optional<int> queued = Outbox(m_database).queuedCount();
    if (!queued || *queued == 0) {
        schedule();
        return;
    }
    if (!account.user.isEmpty()) {
        const std::optional<QString> password = SmtpPasswords::read(account.user, account.server());
        if (!password) {
            schedule();
            return;
        }
        account.password = *password;
    }
    OutboxRunner::Options options;
    // Back from offline, what waited for the network goes now; otherwise each message's own
    // back-off holds. Uncertain messages are never included: only the officer resends them.
    options.ignoreBackoff = networkReturned;
    options.server = account.server();
    options.perMinute = mail.perMinute;
    if (m_job)
        m_job->deleteLater();
    m_job = new OutboxJob(m_database.location(), account, options, this);
    connect(m_job, &OutboxJob::finished, this, [this](const OutboxRunner::Summary &summary, const QString &openError) {
        m_failures = (!openError.isEmpty() || !summary.stoppedBecause.isEmpty()) ? m_failures + 1 : 0;
        schedule();
        Q_EMIT passFinished(summary);
    });
    m_job->start();
}

} // namespace pressdesk
