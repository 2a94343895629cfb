#pragma once

#include "distribution/messagecomposer.h"
#include "distribution/outboxrunner.h"
#include "distribution/releasemailing.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace pressdesk {

class Database;
class OutboxJob;
class SentRecordView;
struct SmtpAccount;

// File ▸ Send to Media…: pick media lists and people, see who gets which language version
// and who is left out and why, preview the exact message a chosen recipient gets, then
// save drafts for the officer's mail program or send through SMTP (queued in the outbox,
// sent on a thread of its own), or send a test to the officer. The rules and the messages
// are core's (RecipientResolver, ReleaseMailing, MessageComposer, MailingDelivery,
// OutboxRunner), as on the command line.
class SendDialog final : public QDialog
{
    Q_OBJECT

public:
    // Seams, replaced by tests.
    using FolderChooser = std::function<QString()>; // empty: cancelled
    using Confirmer = std::function<bool(const QString &title, const QString &question)>;
    using PasswordPrompt = std::function<std::optional<QString>(const QString &user, const QString &server)>;

    SendDialog(Database &database, qint64 releaseId, QWidget *parent = nullptr);
    ~SendDialog() override;

    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setPasswordPrompt(PasswordPrompt prompt) { m_askPassword = std::move(prompt); }
    // True while messages are being handed to the server.
    bool isSending() const;

    void saveDrafts();
    void sendThroughSmtp();
    void sendTest();
    void sendWaiting();
    // Asks, then sends again the uncertain messages of this release and its translations.
    void resendUncertain();
    // Asks, then records the uncertain messages as sent (the officer knows they arrived).
    void markUncertainDelivered();

Q_SIGNALS:
    // A send (drafts or SMTP) ended; the status line says how it went.
    void sendFinished();

private:
    QWidget *buildPicker();
    QWidget *buildSummary();
    QWidget *buildPreview();
    QWidget *buildRecord();
    void fillPicker();
    void recompute();
    void updatePreview();
    void updateButtons();
    void showStatus(const QString &text, bool problem);
    MailSender sender() const;
    std::optional<SmtpAccount> account();
    std::optional<MailSender> officer();
    void enqueueAndSend(ReleaseMailing &mailing, const MailSender &from,
        const QList<ReleaseMailing::Assignment> &assignments, const SmtpAccount &smtp, int perMinute);
    bool confirmEmbargo();
    // The uncertain messages of the record, a line each; their ids in ids.
    QString uncertainList(QList<qint64> *ids) const;
    void runOutbox(const OutboxRunner::Options &options, const SmtpAccount &account, int expected);
    // Sends what options pick from the outbox now, whatever their back-off, through the server
    // in Preferences (onlyThisServer: only what was queued for it).
    void sendFromOutbox(OutboxRunner::Options options, bool onlyThisServer, int expected);

    Database &m_database;
    qint64 m_releaseId = 0;
    std::unique_ptr<ReleaseMailing> m_mailing;
    bool m_loaded = true; // false: the release could not be read at all
    bool m_mayBeSent = false;
    QString m_loadProblem;
    QList<ReleaseMailing::Assignment> m_assignments;

    QLabel *m_releaseLabel = nullptr;
    QListWidget *m_lists = nullptr;
    QLineEdit *m_contactFilter = nullptr;
    QListWidget *m_contacts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_embargo = nullptr;
    QLabel *m_leftOutLabel = nullptr;
    QTreeWidget *m_leftOut = nullptr;
    QComboBox *m_previewRecipient = nullptr;
    QLabel *m_previewHeaders = nullptr;
    QTextBrowser *m_previewBody = nullptr;
    QLabel *m_previewAttachments = nullptr;
    SentRecordView *m_record = nullptr;
    QPushButton *m_waitingButton = nullptr;
    QPushButton *m_uncertainButton = nullptr;
    QPushButton *m_markSentButton = nullptr;
    bool m_startPending = false; // waiting for another outbox job of this window to end
    QLabel *m_status = nullptr;
    QListWidget *m_problems = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_draftsButton = nullptr;
    QPushButton *m_smtpButton = nullptr;
    OutboxJob *m_job = nullptr;

    FolderChooser m_chooseFolder;
    Confirmer m_confirm;
    PasswordPrompt m_askPassword;
};

} // namespace pressdesk
