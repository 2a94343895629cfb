#include "mailingdelivery.h"

#include "export/exportfile.h"
#include "outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace pressdesk {

MailingDelivery::MailingDelivery(Database &database, ReleaseMailing &mailing, const MailSender &sender)
    : m_database(database)
    , m_mailing(mailing)
    , m_sender(sender)
{ }

std::optional<QList<MailingDelivery::DraftFile>> MailingDelivery::writeDrafts(
    const QList<ReleaseMailing::Assignment> &assignments, const QString &folder)
{
    m_recordFailed = false;
    if (!QDir().mkpath(folder)) {
        m_error =
            QCoreApplication::translate("Cli", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    MessageComposer &composer = m_mailing.composer();
    QList<DraftFile> files;
    const QString batch = Outbox::newBatch();
    for (int version = 0; version < composer.versionCount(); ++version) {
        QList<Recipient> bcc;
        for (const ReleaseMailing::Assignment &assignment : assignments) {
            if (assignment.version == version)
                bcc.append(assignment.recipient);
        }
        if (bcc.isEmpty())
            continue;
        const ComposedMessage draft = composer.composeDraft(version, bcc, &m_error);
        if (draft.bytes.isEmpty())
            return std::nullopt;
        const Release &release = composer.version(version);
        const QString base = ExportFile::releaseFileName(release, ExportFormat::Pdf).section(QLatin1Char('.'), 0, -2);
        const QString path = QDir(folder).filePath(base + QLatin1Char('-') + release.language + QStringLiteral(".eml"));
        if (!ExportFile::write(path, draft.bytes, &m_error))
            return std::nullopt;
        Outbox outbox(m_database);
        const bool recorded = outbox.enqueue(static_cast<int>(bcc.size()), [&](int index) {
            OutboxMessage row;
            row.batch = batch;
            row.releaseId = release.id;
            row.revision = release.version;
            row.language = release.language;
            row.contactId = bcc.at(index).contactId;
            row.recipientName = bcc.at(index).name;
            row.recipientEmail = bcc.at(index).email;
            row.senderEmail = m_sender.email;
            row.subject = draft.subject;
            row.messageId = draft.messageId;
            row.method = QStringLiteral("draft");
            row.state = OutboxMessage::State::Sent;
            row.sentAt = QDateTime::currentDateTimeUtc();
            return row;
        });
        if (!recorded) {
            m_recordFailed = true;
            m_error = QCoreApplication::translate("Cli", "Could not record the draft: %1").arg(outbox.errorString());
        }
        DraftFile file;
        file.path = path;
        file.language = release.language;
        file.releaseId = release.id;
        file.revision = release.version;
        for (const Recipient &recipient : std::as_const(bcc))
            file.bcc.append(recipient.email);
        files.append(file);
    }
    return files;
}

std::optional<QString> MailingDelivery::enqueue(
    const QList<ReleaseMailing::Assignment> &assignments, const SmtpAccount &account)
{
    MessageComposer &composer = m_mailing.composer();
    for (int version = 0; version < composer.versionCount(); ++version) {
        QString error;
        if (!composer.prepareVersion(version, &error)) {
            m_error = QCoreApplication::translate("Cli", "Could not make the PDF of release %1: %2")
                          .arg(composer.version(version).id)
                          .arg(error);
            return std::nullopt;
        }
    }
    const QString batch = Outbox::newBatch();
    Outbox outbox(m_database);
    QString composeError;
    const bool queued = outbox.enqueue(static_cast<int>(assignments.size()), [&](int index) {
        const ReleaseMailing::Assignment &assignment = assignments.at(index);
        const ComposedMessage message = composer.compose(assignment.version, assignment.recipient, &composeError);
        OutboxMessage row;
        row.batch = batch;
        row.releaseId = message.releaseId;
        row.revision = message.revision;
        row.language = message.language;
        row.contactId = assignment.recipient.contactId;
        row.recipientName = assignment.recipient.name;
        row.recipientEmail = assignment.recipient.email;
        row.senderEmail = m_sender.email;
        row.subject = message.subject;
        row.messageId = message.messageId;
        row.message = message.bytes;
        row.smtpServer = account.server();
        row.smtpUser = account.user;
        return row;
    });
    if (!queued || !composeError.isEmpty()) {
        m_error = QCoreApplication::translate("Cli", "Nothing was queued: %1")
                      .arg(composeError.isEmpty() ? outbox.errorString() : composeError);
        return std::nullopt;
    }
    return batch;
}

} // namespace pressdesk
