#include "demo/demonewsroom.h"
#include "storage/backups.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
