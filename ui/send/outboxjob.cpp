#include "outboxjob.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace pressdesk {

namespace {

int running = 0; // touched on the GUI thread only

} // namespace

OutboxJob::OutboxJob(
    const StoreLocation &location, const SmtpAccount &account, const OutboxRunner::Options &options, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_account(account)
    , m_options(options)
{ }

int OutboxJob::runningCount()
{
    return running;
}

void OutboxJob::start()
{
    m_running = true;
    ++running;
    QPointer<OutboxJob> self(this);
    const StoreLocation location = m_location;
    const SmtpAccount account = m_account;
    const OutboxRunner::Options options = m_options;
    QThread *thread = QThread::create([self, location, account, options] {
        Database database;
        OutboxRunner::Summary summary;
        QString openError;
        if (database.open(location)) {
            OutboxRunner runner(database, account);
            summary = runner.run(
                options, [self](const OutboxMessage &message, SmtpSender::Outcome outcome, const QString &reply) {
                    QMetaObject::invokeMethod(
                        qApp,
                        [self, message, outcome, reply] {
                            if (self)
                                Q_EMIT self->messageDone(message, static_cast<int>(outcome), reply);
                        },
                        Qt::QueuedConnection);
                });
        } else {
            openError = database.errorString();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, summary, openError] {
                --running;
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(summary, openError);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("outbox"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace pressdesk
