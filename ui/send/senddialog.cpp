#include "senddialog.h"

#include "distribution/mailaddress.h"
#include "distribution/mailingdelivery.h"
#include "distribution/messagereader.h"
#include "distribution/outbox.h"
#include "distribution/recipientresolver.h"
#include "distribution/smtppasswords.h"
#include "i18n/languagenames.h"
#include "outboxjob.h"
#include "preferences/preferences.h"
#include "sentrecordview.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/medialistrepository.h"
#include "widgets/filedialogs.h"
#include "widgets/themecolors.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString when(const QDateTime &utc, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    return QLocale().toString(local, QLocale::LongFormat);
}

} // namespace

SendDialog::SendDialog(Database &database, qint64 releaseId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_releaseId(releaseId)
{
    setObjectName(QStringLiteral("sendDialog"));
    setWindowTitle(tr("Send to Media"));
    MessageComposer::initializeVmime();

    // The rules of a real send first; a release that may not go yet (a draft) can still be
    // previewed and tested.
    m_mailing = std::make_unique<ReleaseMailing>(m_database, sender());
    m_mayBeSent = m_mailing->load(m_releaseId, false);
    if (!m_mayBeSent) {
        m_loadProblem = m_mailing->errorString();
        m_mailing = std::make_unique<ReleaseMailing>(m_database, sender());
        m_loaded = m_mailing->load(m_releaseId, true);
        if (!m_loaded)
            m_loadProblem = m_mailing->errorString();
    }

    m_releaseLabel = new QLabel(this);
    m_releaseLabel->setObjectName(QStringLiteral("releaseLabel"));
    m_releaseLabel->setWordWrap(true);
    m_releaseLabel->setTextFormat(Qt::PlainText);
    m_releaseLabel->setText(m_mailing->release().headline);
    QFont big = m_releaseLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_releaseLabel->setFont(big);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sendSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildPicker());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sendTabs"));
    m_tabs->addTab(buildSummary(), tr("Who Gets What"));
    m_tabs->addTab(buildPreview(), tr("Preview"));
    m_tabs->addTab(buildRecord(), tr("Record"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({ 280, 700 });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sendStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("sendProblemsList"));
    m_problems->setMaximumHeight(90);
    m_problems->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->hide();

    m_testButton = new QPushButton(tr("Send &Test to Me"), this);
    m_testButton->setObjectName(QStringLiteral("sendTestButton"));
    m_testButton->setToolTip(tr("Send the message of the recipient shown in the preview to your own address only"));
    m_draftsButton = new QPushButton(tr("Save &Drafts for My Mail Program…"), this);
    m_draftsButton->setObjectName(QStringLiteral("saveDraftsButton"));
    m_draftsButton->setToolTip(tr("One .eml draft per language with everyone in Bcc, to send from your own mailbox"));
    m_smtpButton = new QPushButton(tr("Send Through &SMTP"), this);
    m_smtpButton->setObjectName(QStringLiteral("sendSmtpButton"));
    m_smtpButton->setToolTip(tr("One personal message per recipient through the server set in Preferences"));
    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_testButton, &QPushButton::clicked, this, &SendDialog::sendTest);
    connect(m_draftsButton, &QPushButton::clicked, this, &SendDialog::saveDrafts);
    connect(m_smtpButton, &QPushButton::clicked, this, &SendDialog::sendThroughSmtp);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    buttons->addWidget(m_draftsButton);
    buttons->addWidget(m_smtpButton);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_releaseLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    m_chooseFolder = [this] {
        return FileDialogs::existingFolder(this, tr("Folder for the Drafts"), Preferences::exportFolder());
    };
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    };
    m_askPassword = [this](const QString &user, const QString &server) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("SMTP Password"),
            tr("Password of %1 on %2 (not kept; set it in Preferences to keep it in the keychain):").arg(user, server),
            QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };

    fillPicker();
    recompute();
    if (!m_loadProblem.isEmpty())
        showStatus(m_loadProblem, true);
    else if (sender().email.isEmpty())
        showStatus(tr("Set your name and e-mail address in Preferences first (File ▸ Preferences…)."), false);
    resize(1040, 700);
}

SendDialog::~SendDialog() = default;

QWidget *SendDialog::buildPicker()
{
    auto *page = new QWidget(this);
    m_lists = new QListWidget(page);
    m_lists->setObjectName(QStringLiteral("mediaListsList"));
    m_contactFilter = new QLineEdit(page);
    m_contactFilter->setObjectName(QStringLiteral("contactFilterEdit"));
    m_contactFilter->setPlaceholderText(tr("Filter people"));
    m_contactFilter->setClearButtonEnabled(true);
    m_contacts = new QListWidget(page);
    m_contacts->setObjectName(QStringLiteral("contactsList"));
    auto *listsLabel = heading(tr("Media &lists"), page);
    listsLabel->setBuddy(m_lists);
    auto *peopleLabel = heading(tr("&People"), page);
    peopleLabel->setBuddy(m_contactFilter);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(listsLabel);
    layout->addWidget(m_lists, 2);
    layout->addWidget(peopleLabel);
    layout->addWidget(m_contactFilter);
    layout->addWidget(m_contacts, 3);
    connect(m_lists, &QListWidget::itemChanged, this, &SendDialog::recompute);
    connect(m_contacts, &QListWidget::itemChanged, this, &SendDialog::recompute);
    connect(m_contactFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_contacts->count(); ++row) {
            QListWidgetItem *item = m_contacts->item(row);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive)
                && !item->toolTip().contains(text, Qt::CaseInsensitive));
        }
    });
    return page;
}

QWidget *SendDialog::buildSummary()
{
    auto *page = new QWidget(this);
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("languageCountsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_embargo = new QLabel(page);
    m_embargo->setObjectName(QStringLiteral("embargoLabel"));
    m_embargo->setWordWrap(true);
    m_embargo->setVisible(m_mailing->isUnderEmbargo());
    if (m_mailing->isUnderEmbargo()) {
        const Release &release = m_mailing->release();
        m_embargo->setText(tr("Under embargo until %1: only people who respect embargoes get it.")
                               .arg(when(release.embargoUntil, release.embargoTimeZone)));
    }
    m_leftOutLabel = heading(QString(), page);
    m_leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOut = new QTreeWidget(page);
    m_leftOut->setObjectName(QStringLiteral("leftOutTree"));
    m_leftOut->setRootIsDecorated(false);
    m_leftOut->setHeaderLabels({ tr("Name"), tr("E-mail"), tr("Why") });
    m_leftOut->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_counts);
    layout->addWidget(m_embargo);
    layout->addWidget(m_leftOutLabel);
    layout->addWidget(m_leftOut, 1);
    return page;
}

QWidget *SendDialog::buildPreview()
{
    auto *page = new QWidget(this);
    m_previewRecipient = new QComboBox(page);
    m_previewRecipient->setObjectName(QStringLiteral("previewRecipientCombo"));
    m_previewRecipient->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_previewRecipient->setMinimumContentsLength(30);
    auto *recipientLabel = new QLabel(tr("As s&een by:"), page);
    recipientLabel->setBuddy(m_previewRecipient);
    m_previewHeaders = new QLabel(page);
    m_previewHeaders->setObjectName(QStringLiteral("previewHeadersLabel"));
    m_previewHeaders->setWordWrap(true);
    m_previewHeaders->setTextFormat(Qt::RichText);
    m_previewHeaders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewBody = new QTextBrowser(page);
    m_previewBody->setObjectName(QStringLiteral("previewBrowser"));
    m_previewBody->setOpenLinks(false);
    m_previewAttachments = new QLabel(page);
    m_previewAttachments->setObjectName(QStringLiteral("previewAttachmentsLabel"));
    m_previewAttachments->setWordWrap(true);
    m_previewAttachments->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(recipientLabel);
    top->addWidget(m_previewRecipient, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_previewHeaders);
    layout->addWidget(m_previewBody, 1);
    layout->addWidget(m_previewAttachments);
    connect(m_previewRecipient, &QComboBox::currentIndexChanged, this, &SendDialog::updatePreview);
    return page;
}

QWidget *SendDialog::buildRecord()
{
    auto *page = new QWidget(this);
    m_record = new SentRecordView(m_database, m_releaseId, page);
    m_waitingButton = new QPushButton(tr("Send What &Waits"), page);
    m_waitingButton->setObjectName(QStringLiteral("sendWaitingButton"));
    m_waitingButton->setToolTip(tr("Try again the messages that wait in the outbox for the server in Preferences"));
    connect(m_waitingButton, &QPushButton::clicked, this, &SendDialog::sendWaiting);
    m_uncertainButton = new QPushButton(tr("Resend &Uncertain…"), page);
    m_uncertainButton->setObjectName(QStringLiteral("resendUncertainButton"));
    m_uncertainButton->setToolTip(
        tr("Review and resend the messages that were being sent when Pressdesk stopped: they may or may not have "
           "arrived"));
    connect(m_uncertainButton, &QPushButton::clicked, this, &SendDialog::resendUncertain);
    m_markSentButton = new QPushButton(tr("&Mark as Delivered…"), page);
    m_markSentButton->setObjectName(QStringLiteral("markDeliveredButton"));
    m_markSentButton->setToolTip(
        tr("Record the uncertain messages as sent, when you know they arrived (they are not sent again)"));
    connect(m_markSentButton, &QPushButton::clicked, this, &SendDialog::markUncertainDelivered);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_markSentButton);
    row->addWidget(m_uncertainButton);
    row->addWidget(m_waitingButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_record, 1);
    layout->addLayout(row);
    return page;
}

void SendDialog::fillPicker()
{
    const QSignalBlocker listsBlocker(m_lists);
    const QSignalBlocker contactsBlocker(m_contacts);
    for (const MediaList &list : MediaListRepository(m_database).list()) {
        auto *item = new QListWidgetItem(list.name, m_lists);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(list.description);
    }
    for (const MediaContact &contact : ContactRepository(m_database).list()) {
        const QString outlet = contact.outlet.isEmpty() ? QString() : QStringLiteral(" — ") + contact.outlet;
        auto *item = new QListWidgetItem(contact.name + outlet, m_contacts);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, contact.id);
        item->setToolTip(contact.email);
    }
}

void SendDialog::recompute()
{
    QStringList listNames;
    for (int row = 0; row < m_lists->count(); ++row) {
        if (m_lists->item(row)->checkState() == Qt::Checked)
            listNames.append(m_lists->item(row)->text());
    }
    QList<qint64> contactIds;
    for (int row = 0; row < m_contacts->count(); ++row) {
        if (m_contacts->item(row)->checkState() == Qt::Checked)
            contactIds.append(m_contacts->item(row)->data(Qt::UserRole).toLongLong());
    }
    QList<RecipientResolver::Exclusion> excluded;
    QString error;
    const std::optional<QList<Recipient>> recipients =
        RecipientResolver(m_database).resolve(listNames, contactIds, &excluded, &error);
    if (!recipients)
        showStatus(error, true);
    QList<ReleaseMailing::Refusal> refused;
    m_assignments.clear();
    if (m_loaded)
        m_assignments = m_mailing->assign(recipients.value_or(QList<Recipient> {}), &refused);

    // Who gets which language.
    QMap<QString, int> perLanguage;
    MessageComposer &composer = m_mailing->composer();
    for (const ReleaseMailing::Assignment &assignment : std::as_const(m_assignments))
        ++perLanguage[LanguageNames::name(composer.version(assignment.version).language)];
    QStringList lines;
    if (m_assignments.isEmpty()) {
        lines.append(listNames.isEmpty() && contactIds.isEmpty() ? tr("Pick media lists or people on the left.")
                                                                 : tr("Nobody picked may receive this release."));
    } else {
        lines.append(tr("%n recipient(s), one message each:", nullptr, static_cast<int>(m_assignments.size())));
        for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it)
            lines.append(tr("• %1 version: %n recipient(s)", nullptr, it.value()).arg(it.key()));
    }
    m_counts->setText(lines.join(QLatin1Char('\n')));

    // Who is left out, and why.
    m_leftOut->clear();
    for (const RecipientResolver::Exclusion &exclusion : std::as_const(excluded))
        new QTreeWidgetItem(m_leftOut, { exclusion.name, exclusion.email, exclusion.reasonText() });
    for (const ReleaseMailing::Refusal &refusal : std::as_const(refused))
        new QTreeWidgetItem(m_leftOut, { refusal.recipient.name, refusal.recipient.email, refusal.reason });
    const int leftOut = m_leftOut->topLevelItemCount();
    m_leftOutLabel->setText(leftOut == 0 ? tr("Nobody picked is left out.") : tr("Left out (%n):", nullptr, leftOut));
    m_leftOut->setVisible(leftOut > 0);
    for (int column = 0; column < 2; ++column)
        m_leftOut->resizeColumnToContents(column);

    // The preview follows the recipients, keeping the one shown when still there.
    const QString shown = m_previewRecipient->currentData().toString();
    {
        const QSignalBlocker blocker(m_previewRecipient);
        m_previewRecipient->clear();
        for (const ReleaseMailing::Assignment &assignment : std::as_const(m_assignments)) {
            m_previewRecipient->addItem(
                tr("%1 (%2)").arg(MailAddress::display(assignment.recipient.name, assignment.recipient.email),
                    LanguageNames::name(composer.version(assignment.version).language)),
                assignment.recipient.email);
        }
        m_previewRecipient->setCurrentIndex(std::max(0, m_previewRecipient->findData(shown)));
    }
    updatePreview();
    updateButtons();
}

void SendDialog::updatePreview()
{
    const int index = m_previewRecipient->currentIndex();
    if (index < 0 || index >= m_assignments.size()) {
        m_previewHeaders->setText(tr("The preview shows the message of a recipient once people are picked."));
        m_previewBody->clear();
        m_previewAttachments->clear();
        return;
    }
    const ReleaseMailing::Assignment &assignment = m_assignments.at(index);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const ComposedMessage message = m_mailing->composer().compose(assignment.version, assignment.recipient, &error);
    QApplication::restoreOverrideCursor();
    if (message.bytes.isEmpty()) {
        m_previewHeaders->setText(error.toHtmlEscaped());
        m_previewBody->clear();
        m_previewAttachments->clear();
        return;
    }
    const MessageReader reader(message.bytes);
    m_previewHeaders->setText(
        tr("<b>From:</b> %1<br><b>To:</b> %2<br><b>Subject:</b> %3")
            .arg(reader.from().toHtmlEscaped(), reader.to().toHtmlEscaped(), reader.subject().toHtmlEscaped()));
    m_previewBody->setHtml(reader.html());
    QStringList files;
    const QList<MessageReader::Attachment> attachments = reader.attachments();
    for (const MessageReader::Attachment &attachment : attachments)
        files.append(tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.size)));
    m_previewAttachments->setText(
        files.isEmpty() ? tr("No attachments.") : tr("Attached: %1").arg(files.join(QStringLiteral(", "))));
}

void SendDialog::updateButtons()
{
    const bool busy = isSending();
    const bool anyone = !m_assignments.isEmpty();
    m_draftsButton->setEnabled(!busy && anyone && m_mayBeSent);
    m_smtpButton->setEnabled(!busy && anyone && m_mayBeSent);
    m_testButton->setEnabled(!busy && m_loaded);
    m_waitingButton->setEnabled(!busy && m_record->waitingCount() > 0);
    m_uncertainButton->setEnabled(!busy && !m_record->uncertainMessages().isEmpty());
    m_markSentButton->setEnabled(m_uncertainButton->isEnabled());
}

bool SendDialog::isSending() const
{
    return m_startPending || (m_job && m_job->isRunning());
}

void SendDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, ThemeColors::errorText(palette));
    m_status->setPalette(palette);
}

MailSender SendDialog::sender() const
{
    const Preferences::Mail mail = Preferences::mail();
    MailSender sender { mail.senderName, mail.senderEmail, QString() };
    Outbox settings(m_database);
    if (sender.email.isEmpty()) {
        // The newsroom's sender, as the command line keeps it (--remember-sender).
        QString ignored;
        if (const std::optional<Recipient> from = MailAddress::parse(settings.setting(Outbox::fromKey()), &ignored)) {
            sender.name = from->name;
            sender.email = from->email;
        }
    }
    sender.listUnsubscribe = settings.setting(Outbox::listUnsubscribeKey());
    if (!MailAddress::isValidUnsubscribe(sender.listUnsubscribe))
        sender.listUnsubscribe.clear();
    return sender;
}

bool SendDialog::confirmEmbargo()
{
    if (!m_mailing->isUnderEmbargo())
        return true;
    const Release &release = m_mailing->release();
    return m_confirm(tr("Send Under Embargo"),
        tr("This release is under embargo until %1 (%2 where you are). Only people who respect "
           "embargoes get it. Send it now?")
            .arg(when(release.embargoUntil, release.embargoTimeZone),
                QLocale().toString(release.embargoUntil.toLocalTime(), QLocale::ShortFormat)));
}

std::optional<SmtpAccount> SendDialog::account()
{
    const Preferences::Mail mail = Preferences::mail();
    SmtpAccount account;
    account.url = mail.smtpUrl;
    account.user = mail.smtpUser;
    account.caFile = mail.caFile;
    if (account.url.isEmpty()) {
        showStatus(tr("Set the SMTP server in Preferences first (File ▸ Preferences…)."), true);
        return std::nullopt;
    }
    if (const QString problem = account.problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        return std::nullopt;
    }
    if (!account.user.isEmpty()) {
        QString error;
        std::optional<QString> password = SmtpPasswords::read(account.user, account.server(), &error);
        if (!password)
            password = m_askPassword(account.user, account.server());
        if (!password) {
            showStatus(tr("No password for %1 on %2: nothing was sent.").arg(account.user, account.server()), true);
            return std::nullopt;
        }
        account.password = *password;
    }
    return account;
}

void SendDialog::saveDrafts()
{
    if (m_assignments.isEmpty() || !m_mayBeSent || !confirmEmbargo())
        return;
    const QString folder = m_chooseFolder();
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    MailingDelivery delivery(m_database, *m_mailing, sender());
    const std::optional<QList<MailingDelivery::DraftFile>> files = delivery.writeDrafts(m_assignments, folder);
    QApplication::restoreOverrideCursor();
    m_record->reload();
    if (!files) {
        showStatus(tr("The drafts could not be saved: %1").arg(delivery.errorString()), true);
    } else {
        if (delivery.recordFailed())
            showStatus(
                tr("The drafts are saved, but who got them could not be recorded: %1").arg(delivery.errorString()),
                true);
        else
            showStatus(tr("Saved %n draft(s) in %1: open each in your mail program and send it.", nullptr,
                           static_cast<int>(files->size()))
                           .arg(QDir::toNativeSeparators(folder)),
                false);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    }
    updateButtons();
    Q_EMIT sendFinished();
}

std::optional<MailSender> SendDialog::officer()
{
    const MailSender from = sender();
    if (from.email.isEmpty()) {
        showStatus(tr("Set your name and e-mail address in Preferences first (File ▸ Preferences…)."), true);
        return std::nullopt;
    }
    return from;
}

void SendDialog::enqueueAndSend(ReleaseMailing &mailing, const MailSender &from,
    const QList<ReleaseMailing::Assignment> &assignments, const SmtpAccount &smtp, int perMinute)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    MailingDelivery delivery(m_database, mailing, from);
    const std::optional<QString> batch = delivery.enqueue(assignments, smtp);
    QApplication::restoreOverrideCursor();
    if (!batch) {
        showStatus(delivery.errorString(), true);
        return;
    }
    OutboxRunner::Options options;
    options.batch = *batch;
    options.perMinute = perMinute;
    runOutbox(options, smtp, static_cast<int>(assignments.size()));
}

void SendDialog::sendThroughSmtp()
{
    if (m_assignments.isEmpty() || !m_mayBeSent || isSending() || !confirmEmbargo())
        return;
    const std::optional<MailSender> from = officer();
    const std::optional<SmtpAccount> smtp = from ? account() : std::nullopt;
    if (smtp)
        enqueueAndSend(*m_mailing, *from, m_assignments, *smtp, Preferences::mail().perMinute);
}

void SendDialog::sendTest()
{
    if (isSending() || !m_loaded)
        return;
    const std::optional<MailSender> from = officer();
    const std::optional<SmtpAccount> smtp = from ? account() : std::nullopt;
    if (!smtp)
        return;
    // The message of the recipient in the preview (their name, their language), addressed to
    // the officer alone; any status goes.
    ReleaseMailing test(m_database, *from);
    if (!test.load(m_releaseId, true)) {
        showStatus(test.errorString(), true);
        return;
    }
    Recipient me;
    me.name = from->name;
    me.email = from->email;
    const int index = m_previewRecipient->currentIndex();
    if (index >= 0 && index < m_assignments.size()) {
        me.name = m_assignments.at(index).recipient.name;
        me.languages = { m_mailing->composer().version(m_assignments.at(index).version).language };
    }
    const ReleaseMailing::Assignment assignment { me, test.composer().versionFor(me.languages) };
    enqueueAndSend(test, *from, { assignment }, *smtp, 0);
}

void SendDialog::sendWaiting()
{
    if (isSending())
        return;
    // Only what was queued for the server in Preferences.
    sendFromOutbox({}, true, m_record->waitingCount());
}

void SendDialog::sendFromOutbox(OutboxRunner::Options options, bool onlyThisServer, int expected)
{
    const std::optional<SmtpAccount> smtp = account();
    if (!smtp)
        return;
    options.ignoreBackoff = true;
    options.perMinute = Preferences::mail().perMinute;
    if (onlyThisServer)
        options.server = smtp->server();
    runOutbox(options, *smtp, expected);
}

QString SendDialog::uncertainList(QList<qint64> *ids) const
{
    QStringList who;
    for (const OutboxMessage &message : m_record->uncertainMessages()) {
        who.append(tr("%1 (%2 version)")
                       .arg(MailAddress::display(message.recipientName, message.recipientEmail),
                           LanguageNames::name(message.language)));
        ids->append(message.id);
    }
    return who.join(QLatin1Char('\n'));
}

void SendDialog::resendUncertain()
{
    QList<qint64> ids;
    const QString who = uncertainList(&ids);
    if (isSending() || ids.isEmpty()
        || !m_confirm(tr("Resend Uncertain Messages"),
            tr("Pressdesk stopped while these messages were being handed to the mail server, so they may or may "
               "not have arrived:\n\n%1\n\nResend them? Whoever got them already will get them twice.")
                .arg(who)))
        return;
    OutboxRunner::Options options;
    options.includeUncertain = true;
    options.ids = ids;
    sendFromOutbox(options, false, static_cast<int>(ids.size()));
}

void SendDialog::markUncertainDelivered()
{
    QList<qint64> ids;
    const QString who = uncertainList(&ids);
    if (isSending() || ids.isEmpty()
        || !m_confirm(tr("Mark as Delivered"),
            tr("Record these messages as sent? Do so only when you know they arrived (the journalist or the "
               "server's log says so); they will not be sent again.\n\n%1")
                .arg(who)))
        return;
    Outbox outbox(m_database);
    const std::optional<int> marked = outbox.markUncertainSent(ids);
    m_record->reload();
    updateButtons();
    if (!marked)
        showStatus(tr("The messages could not be marked: %1").arg(outbox.errorString()), true);
    else
        showStatus(tr("%n message(s) recorded as sent.", nullptr, *marked), false);
}

void SendDialog::runOutbox(const OutboxRunner::Options &options, const SmtpAccount &account, int expected)
{
    // The window's own retry may be handing a message over: a run marks what it finds in
    // 'sending' as uncertain, so this one starts once that one is done.
    if (OutboxJob::runningCount() > 0) {
        m_startPending = true;
        updateButtons();
        showStatus(tr("Waiting for the outbox, which is sending in the background…"), false);
        QTimer::singleShot(200, this, [this, options, account, expected] {
            m_startPending = false;
            runOutbox(options, account, expected);
        });
        return;
    }
    m_problems->clear();
    m_problems->hide();
    m_progress->setRange(0, std::max(1, expected));
    m_progress->setValue(0);
    m_progress->show();
    showStatus(tr("Sending %n message(s)…", nullptr, expected), false);
    delete m_job;
    m_job = new OutboxJob(m_database.location(), account, options, this);
    connect(
        m_job, &OutboxJob::messageDone, this, [this](const OutboxMessage &message, int outcome, const QString &reply) {
            m_progress->setValue(std::min(m_progress->maximum(), m_progress->value() + 1));
            const auto result = static_cast<SmtpSender::Outcome>(outcome);
            if (result == SmtpSender::Outcome::Rejected) {
                m_problems->addItem(
                    tr("Not delivered to %1: %2")
                        .arg(MailAddress::display(message.recipientName, message.recipientEmail), reply));
                m_problems->show();
            } else if (result == SmtpSender::Outcome::TryLater) {
                m_problems->addItem(
                    tr("Will try %1 again later: %2")
                        .arg(MailAddress::display(message.recipientName, message.recipientEmail), reply));
                m_problems->show();
            }
            m_record->reload();
        });
    connect(m_job, &OutboxJob::finished, this, [this](const OutboxRunner::Summary &summary, const QString &openError) {
        m_progress->hide();
        m_record->reload();
        const int waiting = m_record->waitingCount();
        if (!openError.isEmpty()) {
            showStatus(tr("The outbox could not be opened: %1").arg(openError), true);
        } else if (!summary.stoppedBecause.isEmpty()) {
            showStatus(tr("Could not reach the mail server (%1). Sent %2; %n message(s) wait in the outbox and go "
                          "with Send What Waits (Record tab) once the connection is back.",
                           nullptr, waiting)
                           .arg(summary.stoppedBecause)
                           .arg(summary.sent),
                true);
        } else if (summary.failed > 0 || summary.retrying > 0) {
            showStatus(tr("Sent %1; %2 could not be delivered and %3 wait to be tried again (listed below).")
                           .arg(summary.sent)
                           .arg(summary.failed)
                           .arg(summary.retrying),
                true);
        } else {
            showStatus(tr("Sent %n message(s).", nullptr, summary.sent), false);
        }
        updateButtons();
        Q_EMIT sendFinished();
    });
    updateButtons();
    m_job->start();
    updateButtons();
}

} // namespace pressdesk
