#include "demo/demonewsroom.h"
#include "storage/backups.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "storage/salvage.h"
#include "storage/speakerrepository.h"
#include "storage/sqlitefilelocks.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createVerifyAndRestore()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        const QString copy = QDir(fixture.folder()).filePath(QStringLiteral("copies/one.sqlite"));
        QString error;
        QVERIFY2(Backups::create(fixture.db(), copy, &error), qPrintable(error));
        QVERIFY(Backups::verify(copy, &error));
        QVERIFY(!QFile::exists(copy + QLatin1String(".part")));
        QCOMPARE(
            QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        // The same name twice is refused rather than overwritten.
        QVERIFY(!Backups::create(fixture.db(), copy, &error));

        // Work done after the copy is lost by restoring it, and the current file is kept.
        ReleaseRepository releases(fixture.db());
        Release later = fixture.makeRelease(QStringLiteral("Written after the backup"));
        QVERIFY(releases.save(later));
        const QString path = fixture.path();
        fixture.db().close();
        QString aside;
        QVERIFY2(Backups::restore(path, copy, &aside, &error), qPrintable(error));
        QVERIFY(QFile::exists(aside));
        Database restored;
        QVERIFY2(restored.open(path), qPrintable(restored.errorString()));
        QCOMPARE(ReleaseRepository(restored).count(), 8);
        Database kept;
        QVERIFY(kept.open(aside));
        QCOMPARE(ReleaseRepository(kept).count(), 9);
    }

    void refusesWhatIsNotABackup()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all\n");
        file.close();
        QString error;
        QVERIFY(!Backups::verify(text, &error));
        QVERIFY(error.contains(QLatin1String("not a usable backup")));
        QVERIFY(!Backups::restore(dir.filePath(QStringLiteral("db.sqlite")), text, nullptr, &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("db.sqlite"))));
    }

    void automaticRotation()
    {
        test::TestDatabase fixture;
        const QDate start(2026, 7, 1);
        for (int day = 0; day < 30; ++day) {
            QString error;
            const QStringList made = Backups::automatic(fixture.db(), start.addDays(day), { 7, 4 }, &error);
            QVERIFY2(!made.isEmpty(), qPrintable(error));
            // The second start of a day makes nothing.
            QVERIFY(Backups::automatic(fixture.db(), start.addDays(day), { 7, 4 }, &error).isEmpty());
        }
        const QDir folder(Backups::folderFor(fixture.path()));
        QCOMPARE(folder.entryList({ QStringLiteral("pressdesk-daily-*.sqlite") }, QDir::Files).size(), 7);
        QCOMPARE(folder.entryList({ QStringLiteral("pressdesk-weekly-*.sqlite") }, QDir::Files).size(), 4);
        QVERIFY(folder.entryList({ QStringLiteral("pressdesk-daily-*.sqlite") }, QDir::Files)
                    .contains(QStringLiteral("pressdesk-daily-2026-07-30.sqlite")));
        QVERIFY(!Backups::newestGood(fixture.path()).isEmpty());
    }

    void upgradeKeepsACopyFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(PRESSDESK_TEST_DATA "/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        const QStringList copies = QDir(Backups::folderFor(path))
                                       .entryList({ QStringLiteral("pressdesk-before-schema-*.sqlite") }, QDir::Files);
        QCOMPARE(copies.size(), 1);
        Database copy;
        QVERIFY(copy.open(QDir(Backups::folderFor(path)).filePath(copies.first())));
    }

    void newFilesArePrivate()
    {
        test::TestDatabase fixture;
        QCOMPARE(QFile::permissions(fixture.path()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void everyRecordHasAVersion()
    {
        test::TestDatabase fixture;
        SpeakerRepository speakers(fixture.db());
        const qint64 id = fixture.addSpeaker(QStringLiteral("Ana Pérez"));
        Speaker mine = *speakers.load(id);
        Speaker theirs = *speakers.load(id);
        QCOMPARE(mine.version, 1);
        theirs.title = QStringLiteral("Minister");
        QVERIFY(speakers.save(theirs));
        QCOMPARE(theirs.version, 2);
        mine.title = QStringLiteral("Vice Minister");
        QVERIFY(!speakers.save(mine));
        QVERIFY(speakers.errorString().contains(QLatin1String("changed elsewhere")));
        QCOMPARE(speakers.load(id)->title, QStringLiteral("Minister"));

        EventRepository events(fixture.db());
        Event event;
        event.name = QStringLiteral("Congress");
        event.start = QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC);
        QVERIFY(events.save(event));
        Event stale = event;
        event.name = QStringLiteral("Congress, 4th");
        QVERIFY(events.save(event));
        stale.name = QStringLiteral("Old name");
        QVERIFY(!events.save(stale));
        QCOMPARE(events.load(event.id)->name, QStringLiteral("Congress, 4th"));

        OrganizationRepository organizations(fixture.db());
        Organization office;
        office.name = QStringLiteral("Office");
        QVERIFY(organizations.save(office));
        Organization old = office;
        office.shortName = QStringLiteral("OF");
        QVERIFY(organizations.save(office));
        QVERIFY(!organizations.save(old));
        QVERIFY(organizations.save(office)); // the current holder saves again without trouble
    }

    void secondWriterCannotOverwrite()
    {
        // Two windows (or two processes) load the same release; the second save is refused.
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release original = fixture.makeRelease(QStringLiteral("Congress opens"));
        QVERIFY(repository.save(original));
        Release mine = *repository.load(original.id);
        Release theirs = *repository.load(original.id);
        theirs.headline = QStringLiteral("Their headline");
        QVERIFY(repository.save(theirs));
        mine.headline = QStringLiteral("My headline");
        QVERIFY(!repository.save(mine));
        QVERIFY(repository.lastSaveConflicted());
        QVERIFY(repository.errorString().contains(QLatin1String("changed elsewhere")));
        QCOMPARE(repository.load(original.id)->headline, QStringLiteral("Their headline"));
        // Reloading and saving again works.
        Release fresh = *repository.load(original.id);
        fresh.headline = QStringLiteral("Merged headline");
        QVERIFY(repository.save(fresh));
        QVERIFY(!repository.lastSaveConflicted());
    }

    // The recovery dialog offered only the empty copy a first start had made, though
    // better ones existed.
    void newestGoodSkipsAnEmptyCopy()
    {
        test::TestDatabase database;
        ReleaseRepository releases(database.db());
        Release release = database.makeRelease(QStringLiteral("Kept in the older copy"));
        QVERIFY(releases.save(release));
        const QDir folder(Backups::folderFor(database.path()));
        QString error;
        const QString full = folder.filePath(QStringLiteral("pressdesk-daily-2026-12-01.sqlite"));
        QVERIFY2(Backups::create(database.db(), full, &error), qPrintable(error));
        {
            QFile old(full);
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
        }
        {
            Database empty;
            QVERIFY(empty.open(folder.filePath(QStringLiteral("pressdesk-daily-2026-12-04.sqlite"))));
        }
        for (const char *suffix : { "-wal", "-shm" })
            QFile::remove(folder.filePath(QStringLiteral("pressdesk-daily-2026-12-04.sqlite") + QLatin1String(suffix)));
        QCOMPARE(Backups::goodCopies(database.path()).size(), 2);
        QCOMPARE(Backups::goodCopies(database.path()).constFirst().records, 0); // the newest is empty
        QCOMPARE(Backups::newestGood(database.path()), full);
        QCOMPARE(Backups::newestGoodCopy(database.path()).records, 1);
    }

    void periodicCopiesRotate()
    {
        test::TestDatabase database;
        const QDateTime start(QDate(2026, 12, 5), QTime(9, 0));
        QString error;
        for (int step = 0; step < 5; ++step)
            QVERIFY2(!Backups::periodic(database.db(), start.addSecs(15 * 60 * step), 3, &error).isEmpty(),
                qPrintable(error));
        const QStringList copies =
            QDir(Backups::folderFor(database.path())).entryList({ QStringLiteral("pressdesk-auto-*.sqlite") });
        QCOMPARE(copies,
            QStringList({ QStringLiteral("pressdesk-auto-2026-12-05-0930.sqlite"),
                QStringLiteral("pressdesk-auto-2026-12-05-0945.sqlite"),
                QStringLiteral("pressdesk-auto-2026-12-05-1000.sqlite") }));
    }

    // A restore renamed the file under a window that had it open: its later work went to the
    // copy kept aside.
    void restoreWaitsUntilNoOneHasTheFileOpen()
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("needs the sqlite3 shell (Debian package sqlite3) as the other process");
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        QString error;
        {
            Database database;
            QVERIFY(database.open(path));
            QVERIFY(Backups::create(database, folder.filePath(QStringLiteral("copy.sqlite")), &error));
        }
        QProcess other;
        other.start(shell, { path });
        QVERIFY(other.waitForStarted());
        other.write("SELECT count(*) FROM settings;\n");
        QTRY_VERIFY(SqliteFileLocks::usedByAnotherProcess(path));
        QVERIFY(!Backups::restore(path, folder.filePath(QStringLiteral("copy.sqlite")), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("Close it there first")), qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        other.write(".quit\n");
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished());
        error.clear();
        QVERIFY2(
            Backups::restore(path, folder.filePath(QStringLiteral("copy.sqlite")), nullptr, &error), qPrintable(error));
    }

    // A file damaged in the middle: every page that can still be read comes back.
    void salvageRescuesWhatCanBeRead()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        constexpr int total = 400;
        {
            Database database;
            QVERIFY(database.open(path));
            ReleaseRepository releases(database);
            SpeakerRepository speakers(database);
            Speaker speaker;
            speaker.fullName = QStringLiteral("María José Rodríguez");
            speaker.title = QStringLiteral("Vice Minister of Labour");
            QVERIFY(speakers.save(speaker));
            Transaction batch(database);
            for (int i = 0; i < total; ++i) {
                Release release;
                release.headline = QStringLiteral("Release %1 on migrant women").arg(i);
                release.body = QStringLiteral("A paragraph of body text about the regional congress. ").repeated(40);
                release.quotes.append({ 0, speaker.id, QStringLiteral("We will act."), speaker.title, {} });
                QVERIFY(releases.save(release));
            }
            batch.commit();
        }
        for (const char *suffix : { "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
        // Pages a third of the way in are overwritten with noise.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            QVERIFY(pages > 100);
            QVERIFY(file.seek(pages / 3 * 4096));
            file.write(QByteArray(4096 * 6, '\xA5'));
        }
        Database refused;
        QVERIFY(!refused.open(path));

        const QString rescued = folder.filePath(QStringLiteral("rescued.sqlite"));
        const Salvage::Result result = Salvage::run(path, rescued);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.releases > total / 2 && result.releases < total, qPrintable(QString::number(result.releases)));
        QCOMPARE(result.speakers, 1);
        QVERIFY(result.summary().contains(QString::number(result.releases)));
        Database opened;
        QVERIFY2(opened.open(rescued), qPrintable(opened.errorString()));
        const Database::IntegrityReport report = opened.check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(Query(opened.connection(),
                     QStringLiteral("SELECT count(*) FROM releases_fts WHERE releases_fts MATCH 'congress'"))
                     .scalar()
                     .toInt(),
            result.releases);
    }

    void salvageSaysWhenNothingCanBeRead()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("news.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x11'));
        file.close();
        const Salvage::Result result = Salvage::run(path, folder.filePath(QStringLiteral("out.sqlite")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("news.sqlite")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("out.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
