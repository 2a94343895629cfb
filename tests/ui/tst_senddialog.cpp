#include "demo/demonewsroom.h"
#include "distribution/smtppasswords.h"
#include "history/historydialog.h"
#include "mainwindow/mainwindow.h"
#include "modalwatch.h"
#include "preferences/mailpreferences.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "privatekeychain.h"
#include "releaseeditor/releaseeditor.h"
#include "send/outboxretry.h"
#include "send/senddialog.h"
#include "storage/contactrepository.h"
#include "storage/medialistrepository.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUrl>

using namespace pressdesk;

// Where QDesktopServices would open the drafts' folder: caught here.
class FolderCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

// File ▸ Send to Media… (#16) driven offscreen by objectName: lists picked, the language
// counts and the people left out, the preview of a recipient's message, drafts parsed back
// with Python's email package, and sending through a real SMTP server on loopback
// (tests/support/smtpserver.py, as tst_clisend), refused recipients and a server that is
// down included; the outbox tried again by itself when the server is back, uncertain messages
// resent only when the officer asks, the password asked for when the keychain (a private
// gnome-keyring) has none, the embargo confirmation, and the record in the release editor and
// the activity log.
class TestSendDialog : public QObject
{
    Q_OBJECT

private:
    struct Server
    {
        std::unique_ptr<QProcess> process;
        int port = 0;
        QString folder;

        ~Server() { stop(); }
        void stop()
        {
            if (process && process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(10'000);
            }
        }
        QString certificate() const { return QDir(folder).filePath(QStringLiteral("server.crt")); }
        QStringList messages() const
        {
            QStringList files;
            const QStringList names = QDir(folder).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
            for (const QString &name : names)
                files.append(QDir(folder).filePath(name));
            return files;
        }
    };

    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    test::PrivateKeychain m_keyring;
    FolderCatcher m_catcher;
    int m_serverCount = 0;
    static const qint64 englishId = 5; // published, with its Spanish translation (6)

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child named %s", name);
        return found;
    }

    std::unique_ptr<Server> startServer(const QStringList &options = {}, int port = 0, const QString &folder = {})
    {
        auto server = std::make_unique<Server>();
        server->folder = folder.isEmpty() ? m_dir.filePath(QStringLiteral("server%1").arg(++m_serverCount)) : folder;
        server->process = std::make_unique<QProcess>();
        server->process->start(QStringLiteral("/usr/bin/python3"),
            QStringList { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/support/smtpserver.py"), QStringLiteral("--port"),
                QString::number(port), QStringLiteral("--dir"), server->folder }
                + options);
        if (!server->process->waitForReadyRead(60'000))
            qFatal("the SMTP server did not start: %s", server->process->readAllStandardError().constData());
        const QByteArray ready = server->process->readLine().trimmed();
        if (!ready.startsWith("READY "))
            qFatal("the SMTP server said %s", ready.constData());
        server->port = ready.mid(6).toInt();
        return server;
    }

    static void useServer(const Server &server)
    {
        Preferences::Mail mail;
        mail.senderName = QStringLiteral("Oficina de Prensa");
        mail.senderEmail = QStringLiteral("press@example.org");
        mail.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(server.port);
        mail.caFile = server.certificate();
        mail.perMinute = 0;
        Preferences::setMail(mail);
    }

    static QJsonArray parse(const QStringList &files)
    {
        QProcess process;
        process.start(QStringLiteral("/usr/bin/python3"),
            QStringList { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/support/mailcheck.py") } + files);
        if (!process.waitForFinished(120'000) || process.exitCode() != 0)
            qFatal("mailcheck failed: %s", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    }

    static void check(SendDialog &dialog, const QString &listName)
    {
        auto *lists = child<QListWidget>(&dialog, "mediaListsList");
        const QList<QListWidgetItem *> found = lists->findItems(listName, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(Qt::Checked);
    }

    static QStringList states(QWidget &parent)
    {
        auto *tree = child<QTreeWidget>(&parent, "sentRecordTree");
        QStringList result;
        for (int row = 0; row < tree->topLevelItemCount(); ++row)
            result.append(tree->topLevelItem(row)->text(1) + QLatin1Char(' ')
                + tree->topLevelItem(row)->data(4, Qt::UserRole).toString());
        result.sort();
        return result;
    }

    // Nothing listens on the port any more: a server started, then stopped.
    int deadPort(const QString &folder)
    {
        const auto probe = startServer({}, 0, folder);
        useServer(*probe);
        return probe->port;
    }

    int outboxCount(const QString &state)
    {
        return m_fixture.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"), { state }).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_home.isValid());
        QVERIFY2(
            m_keyring.start(m_home.path()), "dbus-daemon and gnome-keyring-daemon (scripts/install-deps.sh) must run");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_catcher, "open");
        QCOMPARE(DemoNewsroom(m_fixture.db()).install(), DemoNewsroom::Result::Added);
        ContactRepository contacts(m_fixture.db());
        const auto contact = [&](const QString &name, const QString &email, const QString &language) {
            MediaContact person;
            person.name = name;
            person.email = email;
            person.languages = { language };
            person.beats = { QStringLiteral("migration") };
            if (!contacts.save(person))
                qFatal("%s", qPrintable(contacts.errorString()));
            return person;
        };
        const MediaContact ines =
            contact(QStringLiteral("Inés Quiroa"), QStringLiteral("ines@diario.example"), QStringLiteral("es"));
        const MediaContact tom =
            contact(QStringLiteral("Tom Reyes"), QStringLiteral("tom@wire.example"), QStringLiteral("en"));
        MediaContact quiet =
            contact(QStringLiteral("Ana Quiet"), QStringLiteral("ana@radio.example"), QStringLiteral("es"));
        quiet.doNotContact = true;
        QVERIFY(contacts.save(quiet));
        const MediaContact gone =
            contact(QStringLiteral("Pat Gone"), QStringLiteral("pat@old.example"), QStringLiteral("en"));
        QVERIFY(contacts.markBounced(gone.id, QDateTime::currentDateTimeUtc(), QStringLiteral("550 no such user")));
        MediaListRepository lists(m_fixture.db());
        MediaList desk;
        desk.name = QStringLiteral("Regional desk");
        desk.memberIds = { ines.id, tom.id, quiet.id, gone.id };
        QVERIFY2(lists.save(desk), qPrintable(lists.errorString()));
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        m_keyring.stop();
    }

    void theFileMenuHasTheAction()
    {
        MainWindow window(m_fixture.db());
        auto *action = window.findChild<QAction *>(QStringLiteral("sendToMediaAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(action->text().contains(QStringLiteral("Send to")));
    }

    void countsLanguagesAndLeftOut()
    {
        SendDialog dialog(m_fixture.db(), englishId);
        auto *counts = child<QLabel>(&dialog, "languageCountsLabel");
        QVERIFY(counts->text().contains(QStringLiteral("Pick")));
        QVERIFY(!child<QPushButton>(&dialog, "sendSmtpButton")->isEnabled());
        check(dialog, QStringLiteral("Regional desk"));
        QVERIFY2(counts->text().contains(QStringLiteral("2 recipients")), qPrintable(counts->text()));
        QVERIFY2(
            counts->text().contains(QStringLiteral("• English version: 1 recipient\n")), qPrintable(counts->text()));
        QVERIFY2(counts->text().contains(QStringLiteral("Spanish version: 1 recipient")), qPrintable(counts->text()));
        auto *leftOut = child<QTreeWidget>(&dialog, "leftOutTree");
        QCOMPARE(leftOut->topLevelItemCount(), 2);
        QStringList why;
        for (int row = 0; row < leftOut->topLevelItemCount(); ++row)
            why.append(
                leftOut->topLevelItem(row)->text(0) + QStringLiteral(": ") + leftOut->topLevelItem(row)->text(2));
        why.sort();
        QCOMPARE(why.at(0), QStringLiteral("Ana Quiet: marked \"do not contact\""));
        QVERIFY2(why.at(1).startsWith(QStringLiteral("Pat Gone: the address bounced: 550 no such user")),
            qPrintable(why.at(1)));
        QVERIFY(child<QPushButton>(&dialog, "saveDraftsButton")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "sendSmtpButton")->isEnabled());

        // A person picked by hand who is also on the list gets one message.
        auto *people = child<QListWidget>(&dialog, "contactsList");
        const QList<QListWidgetItem *> tom = people->findItems(QStringLiteral("Tom Reyes"), Qt::MatchStartsWith);
        QCOMPARE(tom.size(), 1);
        tom.first()->setCheckState(Qt::Checked);
        QVERIFY(counts->text().contains(QStringLiteral("2 recipients")));
        // The filter hides the others.
        child<QLineEdit>(&dialog, "contactFilterEdit")->setText(QStringLiteral("quiroa"));
        QVERIFY(tom.first()->isHidden());
    }

    void previewsTheMessageOfARecipient()
    {
        Preferences::Mail mail;
        mail.senderName = QStringLiteral("Oficina de Prensa");
        mail.senderEmail = QStringLiteral("press@example.org");
        Preferences::setMail(mail);
        SendDialog dialog(m_fixture.db(), englishId);
        check(dialog, QStringLiteral("Regional desk"));
        auto *combo = child<QComboBox>(&dialog, "previewRecipientCombo");
        QCOMPARE(combo->count(), 2);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ines@diario.example")));
        QVERIFY(combo->currentText().contains(QStringLiteral("Spanish")));
        const QString headers = child<QLabel>(&dialog, "previewHeadersLabel")->text();
        QVERIFY2(headers.contains(QStringLiteral("ines@diario.example")), qPrintable(headers));
        QVERIFY2(headers.contains(QStringLiteral("Oficina de Prensa &lt;press@example.org&gt;")), qPrintable(headers));
        const QString body = child<QTextBrowser>(&dialog, "previewBrowser")->toPlainText();
        QVERIFY2(body.contains(QStringLiteral("Estimada/o Inés Quiroa:")), qPrintable(body.left(300)));
        QVERIFY2(child<QLabel>(&dialog, "previewAttachmentsLabel")->text().contains(QStringLiteral(".pdf")),
            qPrintable(child<QLabel>(&dialog, "previewAttachmentsLabel")->text()));
        combo->setCurrentIndex(combo->findData(QStringLiteral("tom@wire.example")));
        QVERIFY(
            child<QTextBrowser>(&dialog, "previewBrowser")->toPlainText().contains(QStringLiteral("Dear Tom Reyes,")));

        // What the officer sees before sending: the dialog as a picture.
        dialog.resize(1040, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QTabWidget>(&dialog, "sendTabs")->setCurrentIndex(1);
        QVERIFY(dialog.grab().save(QStringLiteral(SEND_SHOTS "/send-preview.png")));
        child<QTabWidget>(&dialog, "sendTabs")->setCurrentIndex(0);
        QVERIFY(dialog.grab().save(QStringLiteral(SEND_SHOTS "/send-who.png")));
    }

    void savesDraftsAndOpensTheFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("drafts"));
        Preferences::Mail mail;
        mail.senderName = QStringLiteral("Oficina de Prensa");
        mail.senderEmail = QStringLiteral("press@example.org");
        Preferences::setMail(mail);
        SendDialog dialog(m_fixture.db(), englishId);
        dialog.setFolderChooser([folder] { return folder; });
        check(dialog, QStringLiteral("Regional desk"));
        m_catcher.urls.clear();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveDraftsButton"), Qt::LeftButton);
        QCOMPARE(m_catcher.urls, QList<QUrl> { QUrl::fromLocalFile(folder) });
        QVERIFY2(!child<QLabel>(&dialog, "sendStatusLabel")->property("problem").toBool(),
            qPrintable(child<QLabel>(&dialog, "sendStatusLabel")->text()));
        const QStringList names = QDir(folder).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 2);
        QStringList files;
        for (const QString &name : names)
            files.append(QDir(folder).filePath(name));
        QStringList bcc;
        for (const QJsonValue &message : parse(files)) {
            QCOMPARE(message[QLatin1String("x_unsent")].toString(), QStringLiteral("1"));
            QVERIFY(message[QLatin1String("structure")].toArray().contains(QStringLiteral("application/pdf")));
            QCOMPARE(message[QLatin1String("defects")].toArray().size(), 0);
            for (const QJsonValue &address : message[QLatin1String("bcc")].toArray())
                bcc.append(
                    address.toString() + QLatin1Char(' ') + message[QLatin1String("content_language")].toString());
        }
        bcc.sort();
        QCOMPARE(
            bcc, (QStringList { QStringLiteral("ines@diario.example es"), QStringLiteral("tom@wire.example en") }));
        // The record shows who got which version, as drafts.
        const QStringList record = states(dialog);
        QVERIFY2(record.contains(QStringLiteral("ines@diario.example sent")), qPrintable(record.join(u',')));
        QVERIFY(record.contains(QStringLiteral("tom@wire.example sent")));
    }

    void sendsThroughSmtpAndNamesTheRefused()
    {
        const auto server = startServer({ QStringLiteral("--reject"), QStringLiteral("tom@wire.example") });
        useServer(*server);
        SendDialog dialog(m_fixture.db(), englishId);
        check(dialog, QStringLiteral("Regional desk"));
        QSignalSpy finished(&dialog, &SendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "sendSmtpButton"), Qt::LeftButton);
        QVERIFY(dialog.isSending());
        QVERIFY(!child<QPushButton>(&dialog, "sendSmtpButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        const QStringList received = server->messages();
        QCOMPARE(received.size(), 1);
        const QJsonObject message = parse(received).first().toObject();
        QCOMPARE(message[QLatin1String("to")].toArray().first().toString(), QStringLiteral("ines@diario.example"));
        QCOMPARE(message[QLatin1String("content_language")].toString(), QStringLiteral("es"));
        auto *problems = child<QListWidget>(&dialog, "sendProblemsList");
        QCOMPARE(problems->count(), 1);
        QVERIFY2(
            problems->item(0)->text().startsWith(QStringLiteral("Not delivered to Tom Reyes <tom@wire.example>: 550")),
            qPrintable(problems->item(0)->text()));
        QVERIFY(child<QLabel>(&dialog, "sendStatusLabel")->property("problem").toBool());
        const QStringList record = states(dialog);
        QVERIFY2(record.contains(QStringLiteral("tom@wire.example failed")), qPrintable(record.join(u',')));
    }

    void waitsWhileTheServerIsDownAndSendsLater()
    {
        // A port where nothing listens: a server started, then stopped.
        const QString folder = m_dir.filePath(QStringLiteral("later"));
        int port = 0;
        {
            const auto probe = startServer({}, 0, folder);
            port = probe->port;
            useServer(*probe);
        }
        SendDialog dialog(m_fixture.db(), englishId);
        check(dialog, QStringLiteral("Regional desk"));
        QSignalSpy finished(&dialog, &SendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "sendSmtpButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        auto *status = child<QLabel>(&dialog, "sendStatusLabel");
        QVERIFY2(
            status->text().contains(QStringLiteral("Could not reach the mail server")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("2 messages wait")), qPrintable(status->text()));
        auto *again = child<QPushButton>(&dialog, "sendWaitingButton");
        QVERIFY(again->isEnabled());

        // The server is back (same port, same certificate): what waited goes.
        const auto server = startServer({}, port, folder);
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120'000);
        QCOMPARE(server->messages().size(), 2);
        QVERIFY2(!status->property("problem").toBool(), qPrintable(status->text()));
        QVERIFY(!again->isEnabled());
    }

    void theRecordIsInTheReleaseEditorAndTheActivityLog()
    {
        // By now Tom has the English version as a draft and through SMTP (the tests above).
        ReleaseEditor editor(m_fixture.db());
        QVERIFY(editor.load(englishId));
        auto *tabs = child<QTabWidget>(&editor, "pagesTabs");
        auto *page = child<QWidget>(&editor, "sentPage");
        tabs->setCurrentWidget(page);
        const QStringList record = states(*page);
        QVERIFY2(record.contains(QStringLiteral("tom@wire.example sent")), qPrintable(record.join(u',')));
        QVERIFY2(record.contains(QStringLiteral("ines@diario.example sent")), qPrintable(record.join(u',')));
        QVERIFY(child<QLabel>(page, "sentSummaryLabel")->text().startsWith(QStringLiteral("Sent ")));

        HistoryDialog history(m_fixture.db(), englishId);
        auto *activity = child<QTreeWidget>(&history, "activityTree");
        QStringList sent;
        for (int row = 0; row < activity->topLevelItemCount(); ++row) {
            if (activity->topLevelItem(row)->data(2, Qt::UserRole).toString() == QLatin1String("sent"))
                sent.append(activity->topLevelItem(row)->text(2));
        }
        QVERIFY2(sent.size() >= 2, qPrintable(sent.join(u'|')));
        const QRegularExpression smtp(
            QStringLiteral("^Sent the English version \\(revision \\d+\\) to tom@wire\\.example by SMTP$"));
        const QRegularExpression draft(
            QStringLiteral("^Draft of the English version \\(revision \\d+\\) for tom@wire\\.example$"));
        QVERIFY2(sent.indexOf(smtp) >= 0, qPrintable(sent.join(u'|')));
        QVERIFY2(sent.indexOf(draft) >= 0, qPrintable(sent.join(u'|')));
        // The rejected message is not in the log; each delivered one is there once.
        QCOMPARE(m_fixture
                     .scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'sent' AND detail LIKE ?"),
                         { QStringLiteral("smtp en % tom@wire.example") })
                     .toInt(),
            1);
    }

    void theOutboxGoesByItselfButNotTheUncertain()
    {
        const QString folder = m_dir.filePath(QStringLiteral("retry"));
        const int port = deadPort(folder);
        {
            SendDialog dialog(m_fixture.db(), englishId);
            check(dialog, QStringLiteral("Regional desk"));
            QSignalSpy finished(&dialog, &SendDialog::sendFinished);
            QTest::mouseClick(child<QPushButton>(&dialog, "sendSmtpButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        }
        QCOMPARE(outboxCount(QStringLiteral("queued")), 2);
        // A crash while Inés's message was being handed over: the server may have it.
        const qint64 inFlight = m_fixture
                                    .scalar(QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' AND "
                                                           "recipient_email = 'ines@diario.example'"))
                                    .toLongLong();
        m_fixture.scalar(QStringLiteral("UPDATE outbox SET state = 'sending' WHERE id = ?"), { inFlight });
        // The back-off of the message tried while the server was down is over.
        m_fixture.scalar(QStringLiteral("UPDATE outbox SET next_attempt_at = '' WHERE state = 'queued'"));

        // The server is back: the window's retry sends Tom's message on its timer, once, and
        // leaves Inés's uncertain.
        const auto server = startServer({}, port, folder);
        OutboxRetry retry(m_fixture.db());
        QSignalSpy passes(&retry, &OutboxRetry::passFinished);
        retry.setStepMilliseconds(30);
        QTRY_VERIFY_WITH_TIMEOUT(!passes.isEmpty(), 120'000);
        QCOMPARE(passes.first().first().value<OutboxRunner::Summary>().uncertainFound, 1);
        QCOMPARE(passes.first().first().value<OutboxRunner::Summary>().sent, 1);
        QCOMPARE(server->messages().size(), 1);
        QCOMPARE(parse(server->messages()).first()[QLatin1String("to")].toArray().first().toString(),
            QStringLiteral("tom@wire.example"));
        QCOMPARE(outboxCount(QStringLiteral("uncertain")), 1);
        QCOMPARE(outboxCount(QStringLiteral("queued")), 0);
        // Even with the network back, an uncertain message never goes by itself.
        retry.tryNow(true);
        QVERIFY(!retry.isRunning());

        // The officer reviews it in the dialog and resends it.
        SendDialog dialog(m_fixture.db(), englishId);
        auto *resend = child<QPushButton>(&dialog, "resendUncertainButton");
        QVERIFY(resend->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "sentSummaryLabel")->text().contains(QStringLiteral("uncertain 1")));
        QStringList asked;
        bool answer = false;
        dialog.setConfirmer([&](const QString &title, const QString &question) {
            asked.append(title + QLatin1Char('|') + question);
            return answer;
        });
        QTest::mouseClick(resend, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("Inés Quiroa <ines@diario.example> (Spanish version)")),
            qPrintable(asked.first()));
        QVERIFY(!dialog.isSending());
        QCOMPARE(outboxCount(QStringLiteral("uncertain")), 1);
        answer = true;
        QSignalSpy finished(&dialog, &SendDialog::sendFinished);
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        QCOMPARE(server->messages().size(), 2);
        QCOMPARE(outboxCount(QStringLiteral("uncertain")), 0);
        QVERIFY(!resend->isEnabled());
        QStringList to;
        for (const QJsonValue &message : parse(server->messages()))
            to.append(message[QLatin1String("to")].toArray().first().toString());
        to.sort();
        QCOMPARE(to, (QStringList { QStringLiteral("ines@diario.example"), QStringLiteral("tom@wire.example") }));
    }

    void anUncertainMessageCanBeMarkedAsDelivered()
    {
        // A message left uncertain by a crash, which the officer knows arrived.
        const qint64 id = m_fixture
                              .scalar(QStringLiteral("SELECT max(id) FROM outbox WHERE release_id = ? AND method = "
                                                     "'smtp' AND state = 'sent'"),
                                  { englishId })
                              .toLongLong();
        QVERIFY(id > 0);
        m_fixture.scalar(QStringLiteral("UPDATE outbox SET state = 'uncertain', sent_at = '' WHERE id = ?"), { id });
        SendDialog dialog(m_fixture.db(), englishId);
        auto *mark = child<QPushButton>(&dialog, "markDeliveredButton");
        QVERIFY(mark->isEnabled());
        QStringList asked;
        bool answer = false;
        dialog.setConfirmer([&](const QString &title, const QString &question) {
            asked.append(title + QLatin1Char('|') + question);
            return answer;
        });
        QTest::mouseClick(mark, Qt::LeftButton);
        QCOMPARE(outboxCount(QStringLiteral("uncertain")), 1);
        answer = true;
        QTest::mouseClick(mark, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.last().startsWith(QStringLiteral("Mark as Delivered|")), qPrintable(asked.last()));
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), { id }).toString(),
            QStringLiteral("sent"));
        QVERIFY(
            !m_fixture.scalar(QStringLiteral("SELECT sent_at FROM outbox WHERE id = ?"), { id }).toString().isEmpty());
        QVERIFY(!mark->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "resendUncertainButton")->isEnabled());
        QVERIFY(
            child<QLabel>(&dialog, "sendStatusLabel")->text().contains(QStringLiteral("1 message recorded as sent")));
    }

    void asksForThePasswordWhenTheKeychainHasNone()
    {
        const auto server = startServer({ QStringLiteral("--auth"), QStringLiteral("lucia:Pa55-wörd") });
        useServer(*server);
        Preferences::Mail mail = Preferences::mail();
        mail.smtpUser = QStringLiteral("lucia");
        Preferences::setMail(mail);
        const QString address = QStringLiteral("smtp://127.0.0.1:%1").arg(server->port);
        SendDialog dialog(m_fixture.db(), englishId);
        QSignalSpy finished(&dialog, &SendDialog::sendFinished);

        // Cancelled: nothing is queued or sent.
        QString prompt;
        test::whenModalShows<QInputDialog>(this, [&prompt](QInputDialog *input) {
            prompt = input->labelText();
            input->reject();
        });
        const int queuedBefore = m_fixture.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
        QTest::mouseClick(child<QPushButton>(&dialog, "sendTestButton"), Qt::LeftButton);
        QVERIFY2(prompt.contains(QStringLiteral("lucia")), qPrintable(prompt));
        auto *status = child<QLabel>(&dialog, "sendStatusLabel");
        QVERIFY2(status->text().startsWith(QStringLiteral("No password for lucia")), qPrintable(status->text()));
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), queuedBefore);

        // Typed in the prompt: used for this send, and not kept.
        test::whenModalShows<QInputDialog>(this, [](QInputDialog *input) {
            input->setTextValue(QStringLiteral("Pa55-wörd"));
            input->accept();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "sendTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        QCOMPARE(server->messages().size(), 1);
        QVERIFY2(!status->property("problem").toBool(), qPrintable(status->text()));
        QVERIFY(!SmtpPasswords::read(QStringLiteral("lucia"), address));

        // In the keychain: nobody is asked.
        QString error;
        QVERIFY2(SmtpPasswords::store(QStringLiteral("lucia"), address, QStringLiteral("Pa55-wörd"), &error),
            qPrintable(error));
        bool asked = false;
        dialog.setPasswordPrompt([&asked](const QString &, const QString &) {
            asked = true;
            return std::optional<QString>();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "sendTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120'000);
        QVERIFY(!asked);
        QCOMPARE(server->messages().size(), 2);
        QVERIFY(SmtpPasswords::forget(QStringLiteral("lucia"), address));
        mail.smtpUser.clear();
        Preferences::setMail(mail);
    }

    void anEmbargoIsConfirmedInBothTimeZones()
    {
        ContactRepository contacts(m_fixture.db());
        MediaContact eva;
        eva.name = QStringLiteral("Eva Holds");
        eva.email = QStringLiteral("eva@weekly.example");
        eva.languages = { QStringLiteral("en") };
        eva.respectsEmbargoes = true;
        QVERIFY2(contacts.save(eva), qPrintable(contacts.errorString()));
        MediaListRepository lists(m_fixture.db());
        MediaList list;
        list.name = QStringLiteral("Embargo desk");
        list.memberIds = { eva.id,
            m_fixture.scalar(QStringLiteral("SELECT id FROM media_contacts WHERE email = 'tom@wire.example'"))
                .toLongLong() };
        QVERIFY2(lists.save(list), qPrintable(lists.errorString()));
        Release release = m_fixture.makeCompleteRelease(QStringLiteral("Plan under embargo"), ReleaseStatus::Approved);
        release.embargoUntil = QDateTime::currentDateTimeUtc().addDays(3);
        release.embargoUntil.setTime(QTime(15, 0));
        release.embargoTimeZone = QStringLiteral("America/Costa_Rica");
        ReleaseRepository releases(m_fixture.db());
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));

        const auto server = startServer();
        useServer(*server);
        SendDialog dialog(m_fixture.db(), release.id);
        check(dialog, QStringLiteral("Embargo desk"));
        QVERIFY(child<QLabel>(&dialog, "languageCountsLabel")->text().contains(QStringLiteral("1 recipient")));
        QVERIFY(child<QLabel>(&dialog, "embargoLabel")->isVisibleTo(&dialog));

        // The real question, answered No: nothing is queued.
        QString question;
        test::whenModalShows<QMessageBox>(this, [&question](QMessageBox *box) {
            question = box->windowTitle() + QLatin1Char('|') + box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "sendSmtpButton"), Qt::LeftButton);
        const QString inCostaRica = QLocale().toString(
            release.embargoUntil.toTimeZone(QTimeZone(QByteArrayLiteral("America/Costa_Rica"))), QLocale::LongFormat);
        const QString here = QLocale().toString(release.embargoUntil.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(question.startsWith(QStringLiteral("Send Under Embargo|")), qPrintable(question));
        QVERIFY2(question.contains(inCostaRica), qPrintable(question + QStringLiteral(" / ") + inCostaRica));
        QVERIFY2(question.contains(QStringLiteral("(%1 where you are)").arg(here)), qPrintable(question));
        QVERIFY(!dialog.isSending());
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE release_id = ?"), { release.id })
                     .toInt(),
            0);

        // Yes: only the one who respects embargoes gets it.
        test::whenModalShows<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QSignalSpy finished(&dialog, &SendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "sendSmtpButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        QCOMPARE(server->messages().size(), 1);
        const QJsonObject message = parse(server->messages()).first().toObject();
        QCOMPARE(message[QLatin1String("to")].toArray().first().toString(), QStringLiteral("eva@weekly.example"));
    }

    void sendsATestToTheOfficerOnly()
    {
        const auto server = startServer();
        useServer(*server);
        SendDialog dialog(m_fixture.db(), englishId);
        check(dialog, QStringLiteral("Regional desk"));
        auto *combo = child<QComboBox>(&dialog, "previewRecipientCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("ines@diario.example")));
        QSignalSpy finished(&dialog, &SendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "sendTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        QCOMPARE(server->messages().size(), 1);
        const QJsonObject message = parse(server->messages()).first().toObject();
        QCOMPARE(message[QLatin1String("to")].toArray(), QJsonArray { QStringLiteral("press@example.org") });
        QCOMPARE(message[QLatin1String("content_language")].toString(), QStringLiteral("es"));
        QVERIFY(message[QLatin1String("plain")].toString().contains(QStringLiteral("Inés Quiroa")));
    }

    void preferencesKeepTheMailSettingsWithoutThePassword()
    {
        MailPreferences preferences;
        child<QLineEdit>(&preferences, "senderNameEdit")->setText(QStringLiteral("Lucía Pérez"));
        child<QLineEdit>(&preferences, "senderEmailEdit")->setText(QStringLiteral("not an address"));
        QString error;
        QVERIFY(!preferences.save(&error));
        QVERIFY(error.contains(QStringLiteral("not an e-mail address")));
        child<QLineEdit>(&preferences, "senderEmailEdit")->setText(QStringLiteral("lucia@example.org"));
        child<QLineEdit>(&preferences, "smtpUrlEdit")->setText(QStringLiteral("ftp://mail.example.org"));
        QVERIFY(!preferences.save(&error));
        child<QLineEdit>(&preferences, "smtpUrlEdit")->setText(QStringLiteral("smtp://mail.example.org:587"));
        child<QLineEdit>(&preferences, "smtpUserEdit")->setText(QStringLiteral("lucia"));
        QVERIFY2(preferences.save(&error), qPrintable(error));
        const Preferences::Mail mail = Preferences::mail();
        QCOMPARE(mail.senderName, QStringLiteral("Lucía Pérez"));
        QCOMPARE(mail.senderEmail, QStringLiteral("lucia@example.org"));
        QCOMPARE(mail.smtpUrl, QStringLiteral("smtp://mail.example.org:587"));
        QCOMPARE(mail.smtpUser, QStringLiteral("lucia"));
        // The group in the Preferences dialog, as a picture.
        PreferencesDialog dialog(m_fixture.db());
        QVERIFY(dialog.findChild<MailPreferences *>(QStringLiteral("mailPreferences")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QStringLiteral(SEND_SHOTS "/send-preferences.png")));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_MAIN(TestSendDialog)
#include "tst_senddialog.moc"
