#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pressdesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A raw connection that bypasses Pressdesk, to prepare hostile files.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }

private:
    QString m_name;
};

} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigrated()
    {
        test::TestDatabase fixture;
        Database &db = fixture.db();
        QVERIFY(db.wasCreated());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(fixture.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
        QCOMPARE(fixture.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(fixture.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const char *table : { "organizations", "speakers", "events", "event_organizations", "event_speakers",
                 "releases", "release_tags", "quotes", "release_events", "release_contacts", "revisions",
                 "releases_fts", "settings" }) {
            QVERIFY2(
                fixture.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                           { QString::fromLatin1(table) })
                        .toInt()
                    == 1,
                table);
        }
        const Database::IntegrityReport report = db.check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void reopeningChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        Database again;
        QVERIFY2(again.open(path), qPrintable(again.errorString()));
        QVERIFY(!again.wasCreated());
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            Query(db.connection(), QStringLiteral("PRAGMA user_version = 999")).exec();
            Query(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).exec();
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("newer version")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QLatin1String("999")));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        // The WAL is persistent (it may stay, empty, after leaving WAL mode): nothing went in.
        QCOMPARE(QFileInfo(path + QLatin1String("-wal")).size(), 0);
    }

    void textFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my notes for the congress, not a database.\n").repeated(200));
        file.close();
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("not a Pressdesk database")), qPrintable(db.errorString()));
        QCOMPARE(fileHash(path), before);
    }

    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("not a Pressdesk database")), qPrintable(db.errorString()));
    }

    void missingFolderIsReported()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
        QVERIFY2(db.errorString().contains(QLatin1String("does not exist")), qPrintable(db.errorString()));
    }

    void readOnlyLocationIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("root may write anywhere; permissions cannot be tested as root");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("x.sqlite"))));
        QVERIFY2(db.errorString().contains(QLatin1String("read-only")), qPrintable(db.errorString()));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void folderIsNotADatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.path()));
        QVERIFY2(db.errorString().contains(QLatin1String("folder")), qPrintable(db.errorString()));
    }

    void lockedFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            Query(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).exec();
        }
        RawConnection holder(path);
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(holder.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
        Database db;
        db.setBusyTimeout(50);
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("locked")), qPrintable(db.errorString()));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    }

    void upgradesAVersionOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(PRESSDESK_TEST_DATA "/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const Database::IntegrityReport report = db.check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
        auto scalar = [&db](const char *sql) {
            return Query(db.connection(), QString::fromUtf8(sql)).scalar();
        };
        QCOMPARE(scalar("SELECT count(*) FROM releases").toInt(), 8);
        QCOMPARE(scalar("SELECT count(*) FROM quotes").toInt() >= 16, true);
        // The new indexes were filled from the old rows.
        QVERIFY(scalar("SELECT count(*) FROM releases_fts WHERE releases_fts MATCH 'proteccion'").toInt() >= 1);
        QVERIFY(scalar("SELECT count(*) FROM speakers_fts WHERE speakers_fts MATCH 'viceministra OR minister'").toInt()
            >= 1);
        QCOMPARE(scalar("SELECT count(*) FROM events_fts").toInt(), 3);
    }

    void migrationScriptsSplitOnLineEnds()
    {
        const QStringList statements = Migrations::splitStatements(QStringLiteral(
            "-- comment;\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n\nCREATE INDEX i ON a (x);\nSELECT 1"));
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b');"));
        QCOMPARE(statements.at(2), QStringLiteral("SELECT 1"));
        // A SQLite trigger's body holds statements of its own; a PostgreSQL trigger has none.
        const QStringList triggers = Migrations::splitStatements(
            QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    INSERT INTO b VALUES (1);\n    INSERT INTO "
                           "b VALUES (2);\nEND;\n"
                           "CREATE TRIGGER u AFTER INSERT ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\nSELECT 2;"));
        QCOMPARE(triggers.size(), 3);
        QVERIFY(triggers.at(0).endsWith(QLatin1String("VALUES (2);\nEND;")));
        QCOMPARE(triggers.at(2), QStringLiteral("SELECT 2;"));
        QVERIFY(!Migrations::after(0).isEmpty());
        QVERIFY(Migrations::after(Database::latestSchemaVersion()).isEmpty());
    }

    // `check` printed the raw statement ("exec failed … [INSERT INTO releases_fts …]") for a
    // search index that no longer matches the text.
    void damagedSearchIndexIsNamedInWords()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("Labour inspectors trained"));
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        QVERIFY(fixture.db().check().healthy);
        // Text changed behind the index's back.
        fixture.scalar(
            QStringLiteral("UPDATE releases SET headline = 'Something else entirely' WHERE id = ?"), { release.id });
        const Database::IntegrityReport report = fixture.db().check();
        QVERIFY(!report.healthy);
        const QString problems = report.problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("search index of the releases")), qPrintable(problems));
        QVERIFY2(!problems.contains(QStringLiteral("INSERT")), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
