#pragma once

#include "releasemailing.h"
#include "smtpsender.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pressdesk {

class Database;

// The two ways a planned send leaves Pressdesk, shared by the command line and the Send
// dialog: drafts for the officer's own mail program (one .eml per language, everyone in
// Bcc, recorded as sent by "draft"), or personal messages queued in the outbox for an SMTP
// server (OutboxRunner sends them).
class MailingDelivery final
{
public:
    struct DraftFile
    {
        QString path;
        QString language;
        qint64 releaseId = 0;
        int revision = 0;
        QStringList bcc; // addresses
    };

    MailingDelivery(Database &database, ReleaseMailing &mailing, const MailSender &sender);

    // Writes the drafts into folder (made when missing) and records who got which version.
    // nullopt with errorString() when a draft could not be made or written; recordFailed()
    // tells a draft written whose record could not be kept.
    std::optional<QList<DraftFile>> writeDrafts(
        const QList<ReleaseMailing::Assignment> &assignments, const QString &folder);
    bool recordFailed() const { return m_recordFailed; }
    // Composes one message per assignment and queues them all for account's server in one
    // transaction; the batch, or nullopt with errorString() (nothing queued).
    std::optional<QString> enqueue(const QList<ReleaseMailing::Assignment> &assignments, const SmtpAccount &account);
    QString errorString() const { return m_error; }

private:
    Database &m_database;
    ReleaseMailing &m_mailing;
    MailSender m_sender;
    QString m_error;
    bool m_recordFailed = false;
};

} // namespace pressdesk
