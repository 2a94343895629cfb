#include "editor/editorarea.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "releaseeditor/releaseeditor.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/recoverystore.h"
#include "testsettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pressdesk;

// Autosave and recovery across a real crash: the pressdesk binary runs with a short autosave
// interval (PRESSDESK_AUTOSAVE_MS) and an unsaved draft (PRESSDESK_TEST_DRAFT), is killed
// with SIGKILL once the draft is on disk, and the next start offers the draft back.
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        QSettings().clear();
    }

    void draftSurvivesAKill()
    {
        const QString headline = QStringLiteral("Borrador: Migración, Salvadoreño, Zürich, 移民");
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("newsroom.sqlite"));

        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("PRESSDESK_AUTOSAVE_MS"), QStringLiteral("200"));
        environment.insert(QStringLiteral("PRESSDESK_TEST_DRAFT"), headline);
        // Keep the child's settings out of the user's.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), folder.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(PRESSDESK_BINARY), { QStringLiteral("--database"), path });
        QVERIFY(app.waitForStarted());

        // The draft reaches the recovery table while the process runs.
        bool written = false;
        for (int attempt = 0; attempt < 200 && !written; ++attempt) {
            QTest::qWait(100);
            if (!QFile::exists(path))
                continue;
            Database probe;
            if (probe.open(path)) {
                const auto drafts = RecoveryStore(probe).drafts();
                written = !drafts.isEmpty() && drafts.constFirst().title.startsWith(QStringLiteral("Borrador"));
            }
        }
        QVERIFY2(written, "no autosaved draft appeared");
        app.kill(); // SIGKILL: no chance to clean up
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        // Next start: the draft is offered and restored into an editor, unsaved.
        Database database;
        QVERIFY(database.open(path));
        QCOMPARE(RecoveryStore(database).drafts().size(), 1);
        MainWindow window(database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool asked = false;
        QTimer::singleShot(0, &window, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("recoveryBox"));
            asked = box->text().contains(QStringLiteral("Borrador"));
            box->findChild<QAbstractButton *>(QStringLiteral("restoreDraftButton"))->click();
        });
        window.offerRecovery();
        QVERIFY(asked);
        auto *editor = qobject_cast<ReleaseEditor *>(window.editorArea()->currentEditor());
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"))->text(), headline);
        QVERIFY(editor->isModified());
        // Never written over a record: nothing was saved.
        QCOMPARE(Query(database.connection(), QStringLiteral("SELECT count(*) FROM releases")).scalar().toInt(), 0);

        // Saving makes the draft go away.
        QVERIFY(editor->save());
        QTRY_VERIFY(RecoveryStore(database).drafts().isEmpty());
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
