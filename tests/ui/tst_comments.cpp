#include "comments/commentspanel.h"
#include "editor/editorarea.h"
#include "editor/editorbar.h"
#include "editor/richtextedit.h"
#include "editor/richtexteditor.h"
#include "findchild.h"
#include "mainwindow/mainwindow.h"
#include "notifications/notificationbell.h"
#include "releaseeditor/releasecomments.h"
#include "releaseeditor/releaseeditor.h"
#include "storage/database.h"
#include "storage/notificationrepository.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "storage/storageerror.h"
#include "storage/teamrepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace pressdesk;
using pressdesk::test::child;

// The comments beside the release editor and the bell, driven by objectName: on a file (the
// one local person) and on a real PostgreSQL server with two people connected at once, the
// officer who wrote a release and the editor who reviews it.
class TestComments : public QObject
{
    Q_OBJECT

private:
    QString m_server;

    QString login(const QString &person) const
    {
        return QString(m_server).replace(QStringLiteral("user=postgres"), QStringLiteral("user=%1").arg(person));
    }

    static qint64 saveRelease(Database &database, const QString &headline)
    {
        Release release;
        release.headline = headline;
        release.lead = QStringLiteral("The council met on Tuesday.");
        release.body = QStringLiteral("First paragraph.\n\nSecond paragraph about the ferry.");
        release.releaseDate = QDate(2026, 12, 7);
        if (!ReleaseRepository(database).save(release))
            qFatal("cannot save the release");
        return release.id;
    }

    // Writes a comment (or a reply to the selected one) in the panel.
    static void write(ReleaseEditor &editor, const QString &text, const char *button)
    {
        child<QPlainTextEdit>(&editor, "commentTextEdit")->setPlainText(text);
        auto *send = child<QPushButton>(&editor, button);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        auto *message = child<QLabel>(&editor, "commentsMessage");
        QVERIFY2(message->isHidden(), qPrintable(message->text()));
    }

    static QTreeWidgetItem *thread(ReleaseEditor &editor, int index = 0)
    {
        return child<QTreeWidget>(&editor, "commentsTree")->topLevelItem(index);
    }

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    void commentOnTheFocusedFieldInAFile()
    {
        Database file;
        QTemporaryDir folder;
        QVERIFY(file.open(folder.filePath(QStringLiteral("press.sqlite"))));
        const qint64 id = saveRelease(file, QStringLiteral("Ferry adds a night crossing"));
        ReleaseEditor editor(file);
        QVERIFY(editor.load(id));
        editor.show();
        QApplication::setActiveWindow(&editor);
        auto *panel = child<CommentsPanel>(&editor, "commentsPanel");
        auto *button = child<QPushButton>(&editor, "commentsButton");
        QVERIFY(!panel->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Comments"));

        // Ctrl+Alt+M in the headline: a comment on the headline.
        auto *headline = child<QLineEdit>(&editor, "headlineEdit");
        headline->setFocus();
        QTRY_VERIFY(headline->hasFocus());
        QTest::keyClick(headline, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(panel->isVisible());
        QCOMPARE(child<QComboBox>(&editor, "commentFieldCombo")->currentData().toString(), QStringLiteral("headline"));
        QVERIFY(child<QPlainTextEdit>(&editor, "commentTextEdit")->hasFocus());
        write(editor, QStringLiteral("Say which night."), "addCommentButton");
        QCOMPARE(child<QTreeWidget>(&editor, "commentsTree")->topLevelItemCount(), 1);
        QCOMPARE(button->text(), QStringLiteral("Comments (1)"));

        // The second paragraph of the body, from the cursor there.
        RichTextEdit *body = child<RichTextEditor>(&editor, "bodyEditor")->edit();
        child<QTabWidget>(&editor, "pagesTabs")->setCurrentIndex(1);
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        QTextCursor cursor = body->textCursor();
        cursor.movePosition(QTextCursor::End);
        body->setTextCursor(cursor);
        editor.comments()->commentAction()->trigger();
        QCOMPARE(child<QComboBox>(&editor, "commentFieldCombo")->currentData().toString(), QStringLiteral("body:2"));
        write(editor, QStringLiteral("Name the ferry."), "addCommentButton");

        // Selecting a comment highlights its field; a reply stays in the thread; resolve.
        auto *tree = child<QTreeWidget>(&editor, "commentsTree");
        tree->setCurrentItem(thread(editor, 0));
        QCOMPARE(editor.comments()->highlightedField(), QStringLiteral("headline"));
        QVERIFY(headline->property("commentHighlight").toBool());
        tree->setCurrentItem(thread(editor, 1));
        QCOMPARE(editor.comments()->highlightedField(), QStringLiteral("body:2"));
        QVERIFY(!headline->property("commentHighlight").toBool());
        QCOMPARE(body->extraSelections().size(), 1);
        QCOMPARE(body->extraSelections().constFirst().cursor.selectedText(),
            QStringLiteral("Second paragraph about the ferry."));

        tree->setCurrentItem(thread(editor, 0));
        write(editor, QStringLiteral("Thursdays."), "replyCommentButton");
        QCOMPARE(thread(editor, 0)->childCount(), 1);
        QVERIFY(thread(editor, 0)->child(0)->text(0).contains(QLatin1String("Thursdays.")));
        tree->setCurrentItem(thread(editor, 0));
        QTest::mouseClick(child<QPushButton>(&editor, "resolveCommentButton"), Qt::LeftButton);
        QCOMPARE(panel->openCount(), 1);
        QCOMPARE(button->text(), QStringLiteral("Comments (1)"));
        QVERIFY(thread(editor, 0)->text(0).contains(QLatin1String("(resolved)")));
        QCOMPARE(child<QPushButton>(&editor, "resolveCommentButton")->text(), QStringLiteral("Reopen"));

        const QList<TeamRepository::Comment> stored = TeamRepository(file).comments(id);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).author, QStringLiteral("local"));
        QVERIFY(stored.at(0).resolved);
        QCOMPARE(stored.at(2).parentId, stored.at(0).id);

        // One person: nobody notifies them, and the bell stays away.
        QCOMPARE(NotificationRepository(file).notifications().size(), 0);
        MainWindow window(file);
        QVERIFY(window.notificationBell()->isHidden());
    }

    void twoPeopleCommentReplyAndResolve()
    {
        m_server = test::newPostgresNewsroom();
        {
            Database owner;
            QVERIFY(owner.open(m_server));
            TeamRepository team(owner);
            for (const auto &[name, role] : { std::pair { "lena", "contributor" }, std::pair { "omar", "editor" } }) {
                TeamRepository::Person person;
                person.name = QLatin1String(name);
                person.role = QLatin1String(role);
                QVERIFY2(team.addPerson(person, QStringLiteral("Heron-Lamp-%1").arg(QLatin1String(name))),
                    qPrintable(team.errorString()));
            }
        }
        Database lena;
        QVERIFY2(lena.open(login(QStringLiteral("lena"))), qPrintable(lena.errorString()));
        Database omar;
        QVERIFY2(omar.open(login(QStringLiteral("omar"))), qPrintable(omar.errorString()));
        lena.watchOtherWriters(60'000);
        omar.watchOtherWriters(60'000);
        const qint64 id = saveRelease(lena, QStringLiteral("Harbour ferry adds a night crossing"));

        // The officer asks the editor to review: the editor's bell says so.
        Release asked = *ReleaseRepository(lena).load(id);
        asked.status = ReleaseStatus::InReview;
        QVERIFY(ReleaseRepository(lena).save(asked));
        QVERIFY(TeamRepository(lena).requestReview(id, { QStringLiteral("omar") }));
        NotificationBell omarsBell(omar);
        QTRY_COMPARE_WITH_TIMEOUT(omarsBell.unreadCount(), 1, 10'000);

        // The editor comments on the headline.
        ReleaseEditor omars(omar);
        QVERIFY(omars.load(id));
        omars.show();
        child<QPushButton>(&omars, "commentsButton")->click();
        auto *field = child<QComboBox>(&omars, "commentFieldCombo");
        field->setCurrentIndex(field->findData(QStringLiteral("headline")));
        write(omars, QStringLiteral("Too long for the wire."), "addCommentButton");

        // The officer's open editor and bell follow.
        ReleaseEditor lenas(lena);
        QVERIFY(lenas.load(id));
        lenas.show();
        MainWindow window(lena);
        NotificationBell *bell = window.notificationBell();
        QVERIFY(!bell->isHidden());
        NotificationRepository lenasNotifications(lena);
        lenasNotifications.notifications();
        QVERIFY2(lenasNotifications.errorString().isEmpty(), qPrintable(lenasNotifications.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, 10'000);
        // A drawn bell and the count: an emoji bell was an empty box where no font has it.
        QVERIFY(!bell->icon().pixmap(16, 16).isNull());
        QCOMPARE(bell->text(), QStringLiteral("1"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(&lenas, "commentsTree")->topLevelItemCount(), 1, 10'000);
        QVERIFY(thread(lenas, 0)->text(0).startsWith(QLatin1String("omar on Headline")));
        child<QTreeWidget>(&lenas, "commentsTree")->setCurrentItem(thread(lenas, 0));
        QCOMPARE(lenas.comments()->highlightedField(), QStringLiteral("headline"));
        write(lenas, QStringLiteral("Shortened it."), "replyCommentButton");
        // The user guide's picture: the thread beside the form, its field highlighted (the
        // preview, made on another thread, is closed so that it is not caught half-drawn).
        child<QTreeWidget>(&lenas, "commentsTree")->setCurrentItem(thread(lenas, 0));
        child<QPushButton>(&lenas, "previewButton")->setChecked(false);
        lenas.resize(1280, 720);
        QDir().mkpath(QStringLiteral(COMMENTS_SHOTS));
        QVERIFY(lenas.grab().save(QStringLiteral(COMMENTS_SHOTS "/release-comments.png")));
        // The presence bar is as tall as its text: one line at this width (it took four
        // lines' height), more when the text needs them.
        auto *presence = qobject_cast<EditorBar *>(child<QWidget>(&lenas, "presenceBar"));
        QVERIFY(presence);
        auto *presenceText = child<QLabel>(&lenas, "presenceBarText");
        const int line = presenceText->fontMetrics().lineSpacing();
        QVERIFY2(presenceText->height() < 2 * line, qPrintable(QString::number(presenceText->height())));
        QVERIFY(presence->height() < presenceText->height() + 3 * line);
        const QString said = presence->text();
        presence->setText(QStringList { said, said, said }.join(QLatin1Char(' ')));
        QTRY_VERIFY(presenceText->height() >= 2 * line);
        QCOMPARE(presence->height(), presence->heightForWidth(presence->width()));
        presence->setText(said);
        QTRY_VERIFY(presenceText->height() < 2 * line);

        // The editor sees the reply, resolves the thread and approves.
        QTRY_COMPARE_WITH_TIMEOUT(thread(omars, 0)->childCount(), 1, 10'000);
        child<QTreeWidget>(&omars, "commentsTree")->setCurrentItem(thread(omars, 0));
        QTest::mouseClick(child<QPushButton>(&omars, "resolveCommentButton"), Qt::LeftButton);
        QCOMPARE(child<CommentsPanel>(&omars, "commentsPanel")->openCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(thread(lenas, 0)->text(0).contains(QLatin1String("(resolved)")), 10'000);
        // A contributor does not resolve the editor's thread; the server says so.
        QVERIFY(!TeamRepository(lena).setResolved(thread(lenas, 0)->data(0, Qt::UserRole).toLongLong(), false));
        QTRY_COMPARE_WITH_TIMEOUT(omarsBell.unreadCount(), 2, 10'000); // the reply to omar's comment

        Release approved = *ReleaseRepository(omar).load(id);
        approved.status = ReleaseStatus::Approved;
        QVERIFY(ReleaseRepository(omar).save(approved));
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 2, 10'000);

        // Choosing a notification opens the release with its comments, and it is read.
        QList<QAction *> actions = bell->menu()->actions();
        QVERIFY2(actions.constFirst()->text().contains(QLatin1String("omar approved")),
            qPrintable(actions.constFirst()->text()));
        actions.constFirst()->trigger();
        auto *opened = qobject_cast<ReleaseEditor *>(window.editorArea()->currentEditor());
        QVERIFY(opened);
        QCOMPARE(opened->recordId(), id);
        QVERIFY(!child<CommentsPanel>(opened, "commentsPanel")->isHidden());
        QTRY_COMPARE(bell->unreadCount(), 1);
        bell->markAllRead();
        QCOMPARE(bell->unreadCount(), 0);
        // What lena read is hers: the server shows omar none of it, and takes none in her name.
        QCOMPARE(
            Query(omar.connection(), QStringLiteral("SELECT count(*) FROM notification_reads")).scalar().toInt(), 0);
        QVERIFY_THROWS_EXCEPTION(StorageError,
            Query(omar.connection(),
                QStringLiteral("INSERT INTO notification_reads (person, item) VALUES ('lena', 'comment:1')"))
                .exec());
        // Read for lena only; omar's review request went with the approval, lena's reply stays.
        const QList<NotificationRepository::Notification> omarsItems = NotificationRepository(omar).notifications();
        QCOMPARE(omarsItems.size(), 1);
        QCOMPARE(omarsItems.constFirst().kind, NotificationRepository::Kind::Reply);
        QVERIFY(!omarsItems.constFirst().read);
    }
};

QTEST_MAIN(TestComments)
#include "tst_comments.moc"
