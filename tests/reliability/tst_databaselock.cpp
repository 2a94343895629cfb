#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "import/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "opentracer.h"
#include "storage/database.h"
#include "storage/opendatabasefiles.h"
#include "storage/query.h"
#include "storage/sqlitefilelocks.h"
#include "storage/transaction.h"
#include "testsettings.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace pressdesk;

namespace {

// Waits for the modal file dialog to list its folder, lets the icon and type lookups run
// (they are what used to open the files), then answers it; always answers, so that a
// failure cannot leave the dialog open.
void answerFileDialog(const std::function<void(QFileDialog *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        QFileDialog *dialog = nullptr;
        QElapsedTimer waited;
        waited.start();
        while (!(dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) && waited.elapsed() < 10000)
            QTest::qWait(20);
        if (!dialog) {
            qWarning("no file dialog appeared");
            return;
        }
        if (auto *files = dialog->findChild<QFileSystemModel *>()) {
            const QModelIndex folder = files->index(dialog->directory().absolutePath());
            QTest::qWait(500);
            // Asking for every icon and type makes the dialog's gatherer look at every file
            // (the name filter may hide some from the view, not from the gatherer).
            for (int row = 0; row < files->rowCount(folder); ++row) {
                files->fileIcon(files->index(row, 0, folder));
                files->type(files->index(row, 0, folder));
            }
        }
        QTest::qWait(800);
        answer(dialog);
    });
}

void pressEscape(QFileDialog *dialog)
{
    QTest::keyClick(dialog, Qt::Key_Escape);
}

} // namespace

// The first-hour data loss: Qt's file dialog peeked into the open database to guess its
// type, closing that descriptor dropped the process's SQLite locks, and a command line run
// beside the window deleted the WAL the window went on writing to. Played here with the
// real window, the real file dialog and the real command line.
class TestDatabaseLock : public QObject
{
    Q_OBJECT

private:
    QString m_binary = QStringLiteral(PRESSDESK_BINARY);

    QByteArray cli(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.start(m_binary, arguments);
        if (!process.waitForFinished(60000))
            return {};
        if (exitCode)
            *exitCode = process.exitCode();
        return process.readAllStandardOutput() + process.readAllStandardError();
    }

    QStringList headlinesByCli(const QString &path)
    {
        int code = -1;
        const QByteArray json =
            cli({ QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("releases"),
                    QStringLiteral("--format"), QStringLiteral("json") },
                &code);
        QStringList headlines;
        const QJsonArray rows = QJsonDocument::fromJson(json).array();
        for (const QJsonValue &row : rows)
            headlines.append(row.toObject().value(QStringLiteral("headline")).toString());
        return headlines;
    }

    static bool saveRelease(MainWindow &window, const QString &headline)
    {
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        if (!editor)
            return false;
        editor->restoreState(QJsonObject { { QStringLiteral("headline"), headline } });
        return editor->save() && window.editorArea()->closeEditor(editor);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        QVERIFY(QFileInfo(m_binary).isExecutable());
    }

    void fileDialogBesideTheCommandLineLosesNothing()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString oldCurrent = QDir::currentPath();
        QVERIFY(QDir::setCurrent(folder.path())); // started from DIR: the dialog opens there
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        {
            Database database;
            QVERIFY2(database.open(path), qPrintable(database.errorString()));
            MainWindow window(database);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(saveRelease(window, QStringLiteral("First release, saved before the dialog")));

            // File ▸ Import… opens on the folder holding the database; Esc.
            auto *importAction = window.findChild<QAction *>(QStringLiteral("importAction"));
            QVERIFY(importAction);
            answerFileDialog(pressEscape);
            importAction->trigger();
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

            // The command line beside the window; the WAL stays.
            QVERIFY(headlinesByCli(path).contains(QStringLiteral("First release, saved before the dialog")));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));

            // Saved in the window afterwards: the command line sees it.
            QVERIFY(saveRelease(window, QStringLiteral("Second release, saved after the dialog")));
            QVERIFY(headlinesByCli(path).contains(QStringLiteral("Second release, saved after the dialog")));

            // The command line imports while the window is open.
            QTemporaryDir elsewhere;
            QFile text(elsewhere.filePath(QStringLiteral("release.txt")));
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("Ministers agree on a regional plan for migrant women\n\n"
                       "SAN JOSÉ, 3 March 2026 – Ministers from eight countries agreed today on a plan.\n");
            text.close();
            int code = -1;
            const QByteArray imported =
                cli({ QStringLiteral("--database"), path, QStringLiteral("import"), text.fileName() }, &code);
            QVERIFY2(code == 0, imported.constData());

            QVERIFY(saveRelease(window, QStringLiteral("Third release, saved after the import")));
            QCOMPARE(database.locksRestored(), 0); // nothing had to be repaired
            QVERIFY(!database.writesStopped());
            window.close();
        }
        // The window has quit: every record is there, and the file is sound.
        const QStringList headlines = headlinesByCli(path);
        QCOMPARE(headlines.size(), 4);
        for (const char *expected :
            { "First release, saved before the dialog", "Second release, saved after the dialog",
                "Third release, saved after the import", "Ministers agree on a regional plan for migrant women" })
            QVERIFY2(headlines.contains(QString::fromUtf8(expected)), expected);
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            check.setDatabaseName(path);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        QDir::setCurrent(oldCurrent);
    }

    // Every kind of file dialog lists the database's folder without opening a file in it.
    void noFileDialogOpensTheDatabaseFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("open") << QStringLiteral("open");
        QTest::newRow("open several") << QStringLiteral("openSeveral");
        QTest::newRow("save") << QStringLiteral("save");
        QTest::newRow("folder") << QStringLiteral("folder");
    }

    void noFileDialogOpensTheDatabaseFiles()
    {
        if (!test::OpenTracer::isAvailable())
            QSKIP("The open() tracer needs Linux with glibc.");
        QFETCH(QString, kind);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        Database database;
        QVERIFY(database.open(path));
        Query(database.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', '1')")).exec();
        SqliteFileLocks locks(path);
        locks.calibrate();
        QVERIFY2(locks.isCalibrated(), "this system does not show SQLite's locks in /proc/locks");

        test::OpenTracer::watch({ path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") });
        answerFileDialog(pressEscape);
        if (kind == QLatin1String("open"))
            FileDialogs::openFileName(nullptr, QStringLiteral("Open"), folder.path(), QStringLiteral("All files (*)"));
        else if (kind == QLatin1String("openSeveral"))
            FileDialogs::openFileNames(nullptr, QStringLiteral("Open"), folder.path(), QStringLiteral("All files (*)"));
        else if (kind == QLatin1String("save"))
            FileDialogs::saveFileName(nullptr, QStringLiteral("Save"), folder.filePath(QStringLiteral("x.pdf")),
                QStringLiteral("All files (*)"));
        else
            FileDialogs::existingFolder(nullptr, QStringLiteral("Folder"), folder.path());
        test::OpenTracer::stop();
        for (const auto &open : test::OpenTracer::opensNotBySqlite())
            qWarning("opened by %s: %s", qPrintable(open.library), qPrintable(open.path));
        QVERIFY(test::OpenTracer::opensNotBySqlite().isEmpty());
        QCOMPARE(locks.state(), SqliteFileLocks::State::Held);
    }

    // The dialog refuses the open database as a choice and asks again.
    void dialogRefusesTheDatabase()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        Database database;
        QVERIFY(database.open(path));
        bool refused = false;
        answerFileDialog([&refused, path](QFileDialog *dialog) {
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(QFileInfo(path).fileName());
            // Polled by a timer, not a nested loop: the refusal comes once exec() returned.
            auto *poll = new QTimer;
            QObject::connect(poll, &QTimer::timeout, [&refused, poll] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                poll->deleteLater();
                refused = box->objectName() == QLatin1String("databaseFileRefusal")
                    && box->text().contains(QStringLiteral("news.sqlite"));
                answerFileDialog(pressEscape); // asked again: cancel
                box->accept();
            });
            poll->start(50);
            static_cast<QDialog *>(dialog)->accept();
        });
        const QString chosen = FileDialogs::openFileName(
            nullptr, QStringLiteral("Import"), folder.path(), QStringLiteral("All files (*)"));
        QVERIFY(refused);
        QVERIFY(chosen.isEmpty());
    }

    // What else might open the file: the tracer itself is checked against a plain open,
    // and a stray close is repaired before the next write.
    void aStrayCloseIsRepairedBeforeTheNextWrite()
    {
        if (!test::OpenTracer::isAvailable())
            QSKIP("The open() tracer needs Linux with glibc.");
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        Database database;
        QVERIFY(database.open(path));
        SqliteFileLocks locks(path);
        locks.calibrate();
        QVERIFY(locks.isCalibrated());

        test::OpenTracer::watch({ path });
        {
            QFile stray(path); // what Qt's type guessing did
            QVERIFY(stray.open(QIODevice::ReadOnly));
            stray.read(16);
        }
        test::OpenTracer::stop();
        QCOMPARE(test::OpenTracer::opensNotBySqlite().size(), 1);
        QVERIFY(test::OpenTracer::opensNotBySqlite().constFirst().library.contains(QStringLiteral("Qt6Core")));
        QCOMPARE(locks.state(), SqliteFileLocks::State::Lost);

        Query(database.connection(), QStringLiteral("SELECT 1")).exec(); // reads need no repair
        {
            Transaction transaction(database);
            Query(database.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")).exec();
            transaction.commit();
        }
        QCOMPARE(database.locksRestored(), 1);
        QCOMPARE(locks.state(), SqliteFileLocks::State::Held);
    }

    // Dropping the database file (or its WAL) on the window imports nothing and opens nothing.
    void droppingTheDatabaseOpensNothing()
    {
        if (!test::OpenTracer::isAvailable())
            QSKIP("The open() tracer needs Linux with glibc.");
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        Database database;
        QVERIFY(database.open(path));
        ImportController importer(database, nullptr);
        QStringList messages;
        importer.setMessageSink([&messages](const QString &message) { messages.append(message); });
        test::OpenTracer::watch({ path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") });
        for (const QString &dropped : { path, path + QStringLiteral("-wal") }) {
            QMimeData drop;
            drop.setUrls({ QUrl::fromLocalFile(dropped) });
            importer.importMimeData(&drop);
        }
        test::OpenTracer::stop();
        QVERIFY(test::OpenTracer::opensNotBySqlite().isEmpty());
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.constFirst().contains(QStringLiteral("news.sqlite")), qPrintable(messages.constFirst()));
        QVERIFY(messages.constFirst().contains(QStringLiteral("newsroom database Pressdesk has open")));
        QCOMPARE(Query(database.connection(), QStringLiteral("SELECT count(*) FROM releases")).scalar().toInt(), 0);
    }
};

QTEST_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
