#include "backup/damagedfilerecovery.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "releaseeditor/releaseeditor.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/recoverystore.h"
#include "storage/releaserepository.h"
#include "storage/transaction.h"
#include "testsettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QJsonObject>
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

    // A damaged file at start-up: the salvage keeps what can be read and says how much.
    void damagedFileIsSalvaged()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        {
            Database database;
            QVERIFY(database.open(path));
            ReleaseRepository releases(database);
            Transaction batch(database);
            for (int i = 0; i < 300; ++i) {
                Release release;
                release.headline = QStringLiteral("Salvageable release %1").arg(i);
                release.body = QStringLiteral("Body text of the release, long enough to fill pages. ").repeated(40);
                QVERIFY(releases.save(release));
            }
            batch.commit();
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
            file.write(QByteArray(4096 * 4, '\x5A'));
        }
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY(database.isDamaged());
        QString report;
        QTimer::singleShot(0, [&report] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box && box->objectName() == QLatin1String("damagedFileQuestion"));
            QVERIFY(!box->findChild<QAbstractButton *>(QStringLiteral("restoreBackupButton"))); // no backup yet
            QTimer::singleShot(0, [&report] {
                auto *done = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(done && done->objectName() == QLatin1String("salvageReport"));
                report = done->text();
                done->accept();
            });
            box->findChild<QAbstractButton *>(QStringLiteral("salvageButton"))->click();
        });
        QVERIFY(DamagedFileRecovery::run(database, path, nullptr));
        QVERIFY(database.isOpen());
        const int kept = Query(database.connection(), QStringLiteral("SELECT count(*) FROM releases")).scalar().toInt();
        QVERIFY2(kept > 150 && kept < 300, qPrintable(QString::number(kept)));
        QVERIFY2(report.contains(QString::number(kept)), qPrintable(report));
        QVERIFY(database.check().healthy);
        QCOMPARE(
            QDir(folder.path()).entryList({ QStringLiteral("news.sqlite.damaged-*[0-9]") }, QDir::Files).size(), 1);
    }

    // Copies while editing: one within the interval after a save.
    void periodicBackupWhileEditing()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        Database database;
        QVERIFY(database.open(path));
        qputenv("PRESSDESK_BACKUP_INTERVAL_MS", "200");
        MainWindow window(database);
        window.startBackgroundWork();
        qunsetenv("PRESSDESK_BACKUP_INTERVAL_MS");
        Release release;
        release.headline = QStringLiteral("Saved between two copies");
        QVERIFY(ReleaseRepository(database).save(release));
        const QDir backups(folder.filePath(QStringLiteral("backups")));
        QTRY_VERIFY_WITH_TIMEOUT(!backups.entryList({ QStringLiteral("pressdesk-auto-*.sqlite") }).isEmpty(), 10000);
        int records = 0;
        QVERIFY(Backups::verify(
            backups.filePath(backups.entryList({ QStringLiteral("pressdesk-auto-*.sqlite") }).constFirst()), nullptr,
            &records));
        QCOMPARE(records, 1);
    }

    // The WAL is deleted by another program: nothing more is written, the window says so,
    // and the editor's text goes to the recovery file beside the database.
    void writesStopWhenTheJournalIsPulledAway()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        Database database;
        QVERIFY(database.open(path));
        MainWindow window(database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        editor->restoreState(QJsonObject { { QStringLiteral("headline"), QStringLiteral("Words not to lose") } });
        if (!QFile::exists(path + QStringLiteral("-wal")))
            QSKIP("no WAL on this file system");
        QVERIFY(QFile::remove(path + QStringLiteral("-wal")));
        QVERIFY(!editor->save());
        QVERIFY(database.writesStopped());
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("writesHaltedBox")));
        QVERIFY(QFile::exists(path + QStringLiteral(".recovery.json")));
        bool found = false;
        for (const RecoveryDraft &draft : RecoveryStore(database).drafts())
            found = found || draft.title.contains(QStringLiteral("Words not to lose"));
        QVERIFY(found);
        window.findChild<QMessageBox *>(QStringLiteral("writesHaltedBox"))->accept();
        editor->restoreState(QJsonObject {});
        window.editorArea()->closeAll();
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
