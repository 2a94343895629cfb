#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real pressdesk binary, as a script or a journalist's batch job would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_database;

    Result run(
        const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PRESSDESK_BINARY), arguments);
        if (!process.waitForFinished(120'000))
            qFatal("pressdesk did not finish");
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
    }

    Result runOnFile(const QString &database, const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), database } + arguments);
    }

    // A test of files themselves (or of no database at all) runs once, in the SQLite run.
#define onFilesOnly()                                                                                                  \
    if (pressdesk::test::testingOnPostgres())                                                                          \
        QSKIP("about files or no database; the SQLite run of this test covers it");

    Result runOn(const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), m_database } + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = pressdesk::test::testingOnPostgres() ? pressdesk::test::newPostgresNewsroom()
                                                          : m_dir.filePath(QStringLiteral("newsroom.sqlite"));
        const Result demo = runOn({ QStringLiteral("demo") });
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains("Added the demo newsroom"));
    }

    void versionAndHelp()
    {
        onFilesOnly();
        const Result version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        // The one version, from the top-level project(VERSION).
        QCOMPARE(version.out, QByteArray("pressdesk " PRESSDESK_VERSION "\n"));
        const Result help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *word : { "demo", "list", "show", "check", "--database" })
            QVERIFY2(help.out.contains(word), word);
    }

    void demoRunsOnce()
    {
        const Result again = runOn({ QStringLiteral("demo") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("already"));
        const Result list = runOn(
            { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 8);
    }

    void listReleasesAsJson()
    {
        const Result result = runOn(
            { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(document.isArray(), qPrintable(error.errorString()));
        const QJsonArray releases = document.array();
        QVERIFY(releases.size() >= 6);
        for (const QJsonValue &value : releases) {
            const QJsonObject release = value.toObject();
            for (const char *key : { "id", "uuid", "headline", "subheadline", "status", "language", "release_date",
                     "embargo_until", "dateline_city", "dateline_country", "updated_at" })
                QVERIFY2(release.contains(QLatin1String(key)), key);
            QVERIFY(!release.value(QLatin1String("headline")).toString().isEmpty());
        }
        const Result published = runOn({ QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--status"),
            QStringLiteral("published"), QStringLiteral("--format=json"), QStringLiteral("--limit"),
            QStringLiteral("2") });
        QCOMPARE(published.exitCode, 0);
        const QJsonArray limited = QJsonDocument::fromJson(published.out).array();
        QCOMPARE(limited.size(), 2);
        for (const QJsonValue &value : limited)
            QCOMPARE(value.toObject().value(QLatin1String("status")).toString(), QStringLiteral("published"));
    }

    void listOtherEntities()
    {
        const Result speakers = runOn(
            { QStringLiteral("list"), QStringLiteral("speakers"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(speakers.exitCode, 0);
        const QJsonObject speaker = QJsonDocument::fromJson(speakers.out).array().first().toObject();
        for (const char *key : { "id", "full_name", "title", "organization" })
            QVERIFY2(speaker.contains(QLatin1String(key)), key);
        const Result events = runOn(
            { QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray eventArray = QJsonDocument::fromJson(events.out).array();
        QCOMPARE(eventArray.size(), 3);
        for (const char *key : { "id", "name", "start", "end", "format" })
            QVERIFY2(eventArray.first().toObject().contains(QLatin1String(key)), key);
        const Result csv = runOn({ QStringLiteral("list"), QStringLiteral("organizations"), QStringLiteral("--format"),
            QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QVERIFY(lines.first().contains("name"));
        QVERIFY(lines.size() >= 8);
        const Result table = runOn({ QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("ID"));
    }

    void showReleaseWithQuotes()
    {
        const Result list = runOn(
            { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--format"), QStringLiteral("json") });
        const QString id = QString::number(
            QJsonDocument::fromJson(list.out).array().first().toObject().value(QLatin1String("id")).toInteger());
        const Result result = runOn({ QStringLiteral("show"), QStringLiteral("release"), id, QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject release = QJsonDocument::fromJson(result.out).object();
        for (const char *key : { "lead", "body", "tags", "quotes", "events", "contacts" })
            QVERIFY2(release.contains(QLatin1String(key)), key);
        const QJsonArray quotes = release.value(QLatin1String("quotes")).toArray();
        QVERIFY(quotes.size() >= 2);
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            QVERIFY(quote.value(QLatin1String("speaker_id")).toInteger() > 0);
            QVERIFY(!quote.value(QLatin1String("speaker_name")).toString().isEmpty());
            QVERIFY(!quote.value(QLatin1String("attribution")).toString().isEmpty());
            QVERIFY(!quote.value(QLatin1String("text")).toString().isEmpty());
        }
        const Result text = runOn({ QStringLiteral("show"), QStringLiteral("release"), id });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("headline: "));
        for (const char *what : { "speaker", "event", "organization" }) {
            const Result other = runOn({ QStringLiteral("show"), QString::fromLatin1(what), QStringLiteral("1"),
                QStringLiteral("--format"), QStringLiteral("json") });
            QCOMPARE(other.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(other.out).object().value(QLatin1String("id")).toInteger(), 1);
        }
    }

    void searchAsJson()
    {
        const Result result = runOn({ QStringLiteral("search"), QStringLiteral("migrant women"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("3") });
        QCOMPARE(result.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(hits.size(), 3);
        double previous = 1e300;
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            for (const char *key : { "id", "headline", "rank", "snippet", "status", "language", "release_date" })
                QVERIFY2(hit.contains(QLatin1String(key)), key);
            QVERIFY(hit.value(QLatin1String("snippet")).toString().contains(QLatin1String("**")));
            // Higher is better on both backends, so ranks descend.
            QVERIFY(hit.value(QLatin1String("rank")).toDouble() > 0);
            QVERIFY(hit.value(QLatin1String("rank")).toDouble() <= previous);
            previous = hit.value(QLatin1String("rank")).toDouble();
        }
        const Result speakers = runOn({ QStringLiteral("search"), QStringLiteral("viceministra OR minister"),
            QStringLiteral("--in"), QStringLiteral("speakers"), QStringLiteral("--format=json") });
        QCOMPARE(speakers.exitCode, 0);
        const QJsonObject speaker = QJsonDocument::fromJson(speakers.out).array().first().toObject();
        for (const char *key : { "id", "full_name", "title", "organization", "rank", "snippet" })
            QVERIFY2(speaker.contains(QLatin1String(key)), key);
        const Result events = runOn({ QStringLiteral("search"), QStringLiteral("congress"), QStringLiteral("--in"),
            QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(QJsonDocument::fromJson(events.out).array().size() >= 1);
        // Filters alone, in the same language.
        const Result drafts = runOn({ QStringLiteral("search"), QStringLiteral("status:draft"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(drafts.out).array().size(), 1);
    }

    void searchSurvivesHostileQueries()
    {
        for (const char *query : { "\"", "NEAR(", "*", "OR", "'; DROP TABLE releases; --", "a AND", "-", "((" }) {
            const Result result = runOn({ QStringLiteral("search"), QString::fromLatin1(query),
                QStringLiteral("--format"), QStringLiteral("json") });
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(QJsonDocument::fromJson(result.out).isArray(), query);
        }
        const Result unbalanced = runOn({ QStringLiteral("search"), QStringLiteral("\"regional congress") });
        QCOMPARE(unbalanced.exitCode, 0);
        QVERIFY(unbalanced.err.contains(QLatin1String("note:")));
        QCOMPARE(runOn({ QStringLiteral("search") }).exitCode, 2);
        QCOMPARE(
            runOn({ QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--in"), QStringLiteral("cats") })
                .exitCode,
            2);
        QCOMPARE(runOn({ QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--format"),
                           QStringLiteral("json") })
                     .exitCode,
            0);
    }

    void checkIsHealthy()
    {
        const Result result = runOn({ QStringLiteral("check") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Integrity: ok"));
        const Result json = runOn({ QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("healthy")).toBool(), true);
    }

    void errorsAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("publish") } << 2
                                         << QStringLiteral("Unknown command");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("list"), QStringLiteral("releases"),
            QStringLiteral("--colour") } << 2
                                        << QStringLiteral("--colour");
        QTest::newRow("bad limit") << QStringList { QStringLiteral("list"), QStringLiteral("releases"),
            QStringLiteral("--limit"), QStringLiteral("ten") }
                                   << 2 << QStringLiteral("--limit");
        QTest::newRow("bad status") << QStringList { QStringLiteral("list"), QStringLiteral("releases"),
            QStringLiteral("--status"), QStringLiteral("done") }
                                    << 2 << QStringLiteral("done");
        QTest::newRow("bad entity") << QStringList { QStringLiteral("list"), QStringLiteral("cats") } << 2
                                    << QStringLiteral("cats");
        QTest::newRow("bad format") << QStringList { QStringLiteral("list"), QStringLiteral("events"),
            QStringLiteral("--format"), QStringLiteral("xml") }
                                    << 2 << QStringLiteral("--format");
        QTest::newRow("bad id") << QStringList { QStringLiteral("show"), QStringLiteral("release"),
            QStringLiteral("abc") }
                                << 2 << QStringLiteral("abc");
        QTest::newRow("missing id") << QStringList { QStringLiteral("show"), QStringLiteral("release"),
            QStringLiteral("99999") }
                                    << 1 << QStringLiteral("99999");
        QTest::newRow("missing value") << QStringList { QStringLiteral("demo"), QStringLiteral("--releases") } << 2
                                       << QStringLiteral("--releases");
    }

    void errorsAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = runOn(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    // The command line is a contract in English, whatever the user's language: core
    // messages it shares with the (translated) window must not come out in Spanish.
    void englishWhateverTheLocale()
    {
        onFilesOnly();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
        const QStringList database { QStringLiteral("--database"), m_database };
        const Result missing =
            run(database + QStringList { QStringLiteral("show"), QStringLiteral("release"), QStringLiteral("99999") },
                environment);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("There is no release with id 99999")), qPrintable(missing.err));
        const Result check = run(database + QStringList { QStringLiteral("check") }, environment);
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains("Integrity: ok"), check.out.constData());
        const Result list =
            run(database + QStringList { QStringLiteral("list"), QStringLiteral("releases") }, environment);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.contains("Titular"));
        QVERIFY(!list.out.contains("Borrador"));
    }

    void usageErrorCreatesNoFile()
    {
        onFilesOnly();
        const QString path = m_dir.filePath(QStringLiteral("untouched.sqlite"));
        const Result result =
            run({ QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("cats") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFile::exists(path));
    }

    void backupAndRestore()
    {
        onFilesOnly();
        const QString path = m_dir.filePath(QStringLiteral("kept.sqlite"));
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("demo") }).exitCode, 0);
        const QString copy = m_dir.filePath(QStringLiteral("kept-copy.sqlite"));
        const Result backup =
            run({ QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--to"), copy });
        QCOMPARE(backup.exitCode, 0);
        QVERIFY(backup.out.trimmed().endsWith(QFile::encodeName(QStringLiteral("kept-copy.sqlite"))));
        QCOMPARE(run({ QStringLiteral("--database"), copy, QStringLiteral("check") }).exitCode, 0);
        // A second backup to the same name is refused, not overwritten.
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--to"), copy })
                     .exitCode,
            1);
        const Result automatic = run({ QStringLiteral("--database"), path, QStringLiteral("backup") });
        QCOMPARE(automatic.exitCode, 0);
        QVERIFY(automatic.out.contains("/backups/pressdesk-"));

        const Result restored = run({ QStringLiteral("--database"), path, QStringLiteral("restore"), copy });
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(restored.out.contains("kept as"));
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("check") }).exitCode, 0);
        const Result bad = run({ QStringLiteral("--database"), path, QStringLiteral("restore"),
            m_dir.filePath(QStringLiteral("none.sqlite")) });
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("restore") }).exitCode, 2);
    }

    void damagedDatabaseIsRefusedUntouched()
    {
        onFilesOnly();
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("demo") }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("backup") }).exitCode, 0);
        {
            // Scribble over the middle of the file, and leave a WAL behind as a crash would.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            file.seek(4 * 4096);
            file.write(QByteArray(3 * 4096, '\xA5'));
            QFile wal(path + QLatin1String("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(64, '\x01'));
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const Result result =
            run({ QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("damaged")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("pressdesk restore")), qPrintable(result.err));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        after.close();

        // What can still be read is rescued into the file's place; the damaged one is kept.
        QVERIFY2(result.err.contains(QLatin1String("pressdesk salvage")), qPrintable(result.err));
        const Result salvaged = run({ QStringLiteral("--database"), path, QStringLiteral("salvage") });
        QCOMPARE(salvaged.exitCode, 0);
        QVERIFY2(salvaged.out.contains("releases into") && salvaged.out.contains("kept as"), salvaged.out.constData());
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("check") }).exitCode, 0);
        QCOMPARE(
            run({ QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("releases") }).exitCode,
            0);
        QCOMPARE(
            run({ QStringLiteral("--database"), path, QStringLiteral("salvage"), QStringLiteral("extra") }).exitCode,
            2);
    }

    void textFileIsRefused()
    {
        onFilesOnly();
        const QString path = m_dir.filePath(QStringLiteral("letter.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear colleagues,\nplease find attached the release.\n");
        file.close();
        const Result result =
            run({ QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("not a Pressdesk database")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void namedDatabaseStartsEmptyAndEnvironmentWorks()
    {
        onFilesOnly();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRESSDESK_DATABASE"), m_dir.filePath(QStringLiteral("empty.sqlite")));
        const Result result = run(
            { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--format"), QStringLiteral("json") },
            environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("empty.sqlite"))));
    }

    void syntheticReleases()
    {
        onFilesOnly();
        const QString path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
        const Result result = run({ QStringLiteral("--database"), path, QStringLiteral("demo"),
            QStringLiteral("--releases"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Added 300 releases"));
        const Result list = run({ QStringLiteral("--database"), path, QStringLiteral("list"),
            QStringLiteral("releases"), QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 300);
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("check") }).exitCode, 0);
    }

    void exitAfterStartup()
    {
        onFilesOnly();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Result result =
            run({ QStringLiteral("--database"), m_database, QStringLiteral("--exit-after-startup") }, environment);
        QCOMPARE(result.exitCode, 0);
        bool isNumber = false;
        const int milliseconds = result.err.trimmed().split(QLatin1Char('\n')).last().toInt(&isNumber);
        QVERIFY2(isNumber && milliseconds >= 0, qPrintable(result.err));
    }

    // Qt's "XDG_RUNTIME_DIR not set" and "propagateSizeHints" warnings reached the terminal on
    // a plain start (sudo, ssh, CI): the window prints only its start-up time here, the
    // command line nothing at all on stderr.
    void plainStartPrintsNoQtWarnings()
    {
        onFilesOnly();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        const Result window =
            run({ QStringLiteral("--database"), m_database, QStringLiteral("--exit-after-startup") }, environment);
        QCOMPARE(window.exitCode, 0);
        bool isNumber = false;
        window.err.trimmed().toInt(&isNumber);
        QVERIFY2(isNumber, qPrintable(window.err));
        const Result list =
            run({ QStringLiteral("--database"), m_database, QStringLiteral("list"), QStringLiteral("releases") },
                environment);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.isEmpty(), qPrintable(list.err));
    }

    // `pressdesk FILE`, as a file manager runs it (Exec=pressdesk %f): the window on that file.
    void databaseFileAsOnlyArgumentOpensTheWindowOnIt()
    {
        onFilesOnly();
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        environment.remove(QStringLiteral("PRESSDESK_DATABASE"));

        const Result existing = run({ m_database, QStringLiteral("--exit-after-startup") }, environment);
        QCOMPARE(existing.exitCode, 0);
        QVERIFY2(existing.out.isEmpty(), existing.out.constData()); // the window, not the command line

        // A new name ending in .pressdesk is created (empty, not seeded), like --database.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.pressdesk"));
        const Result created = run({ QStringLiteral("--exit-after-startup"), fresh }, environment);
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QFile::exists(fresh));
        const Result empty = runOnFile(fresh,
            { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(empty.out).isArray());
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);

        // The file given is the one opened: a text file is refused by name.
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const Result refused = run({ text, QStringLiteral("--exit-after-startup") }, environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("notes.txt")), qPrintable(refused.err));

        // The default database was never touched.
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("Pressdesk/Pressdesk/pressdesk.sqlite"))));
    }

    void commandWordsWinOverFilesOfTheSameName()
    {
        onFilesOnly();
        // A file called "list" in the current folder does not turn `pressdesk list` into a window.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile file(folder.filePath(QStringLiteral("list")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QProcess process;
        process.setWorkingDirectory(folder.path());
        process.start(QStringLiteral(PRESSDESK_BINARY),
            { QStringLiteral("--database"), m_database, QStringLiteral("list"), QStringLiteral("releases") });
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("HEADLINE"));

        // A file with a command, or a file with --database, is a usage error that says what to do.
        const Result withCommand = run({ m_database, QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(withCommand.exitCode, 2);
        QVERIFY2(withCommand.err.contains(QLatin1String("--database FILE")), qPrintable(withCommand.err));
        const Result twice = runOn({ m_database });
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(QLatin1String("is a file")), qPrintable(twice.err));
    }

    void exportReleaseToFileAndStdout()
    {
        const QString out = m_dir.filePath(QStringLiteral("one.pdf"));
        const Result pdf = runOn({ QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("5"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), out });
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));

        const Result text = runOn({ QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("5"),
            QStringLiteral("--format=txt"), QStringLiteral("--output"), QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("FOR IMMEDIATE RELEASE"));
        QVERIFY(text.out.contains("###"));

        const Result fragment = runOn({ QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("6"),
            QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--fragment"),
            QStringLiteral("--output"), QStringLiteral("-") });
        QCOMPARE(fragment.exitCode, 0);
        QVERIFY(fragment.out.startsWith("<article"));
        QVERIFY(fragment.out.contains("PARA DIFUSIÓN INMEDIATA"));

        const Result binary = runOn({ QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--pdfa"), QStringLiteral("--paper"),
            QStringLiteral("letter"), QStringLiteral("--output"), QStringLiteral("-") });
        QCOMPARE(binary.exitCode, 0);
        QVERIFY(binary.out.startsWith("%PDF-"));
        QVERIFY(binary.out.trimmed().endsWith("%%EOF"));
    }

    void exportErrorsHaveTheirExitCodes()
    {
        const Result unknownId = runOn({ QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("999"),
            QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), QStringLiteral("-") });
        QCOMPARE(unknownId.exitCode, 1);
        QVERIFY(unknownId.err.contains(QStringLiteral("no release with id 999")));
        QVERIFY(unknownId.out.isEmpty());
        const Result unknownFormat = runOn({ QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("docx") });
        QCOMPARE(unknownFormat.exitCode, 2);
        QVERIFY(unknownFormat.err.contains(QStringLiteral("docx")));
        const Result wrongFormat = runOn({ QStringLiteral("export"), QStringLiteral("event"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("pdf") });
        QCOMPARE(wrongFormat.exitCode, 2);
        const Result noFormat = runOn({ QStringLiteral("export"), QStringLiteral("release"), QStringLiteral("1") });
        QCOMPARE(noFormat.exitCode, 2);
        const Result unknownEvent = runOn({ QStringLiteral("export"), QStringLiteral("event"), QStringLiteral("77"),
            QStringLiteral("--output"), QStringLiteral("-") });
        QCOMPARE(unknownEvent.exitCode, 1);
        const Result badWhat = runOn({ QStringLiteral("export"), QStringLiteral("organization"), QStringLiteral("1") });
        QCOMPARE(badWhat.exitCode, 2);
        const Result help = run({ QStringLiteral("--help") });
        QVERIFY(help.out.contains("export release"));
    }

    void exportBatchPrintsOneLinePerFileAndASummary()
    {
        const QString folder = m_dir.filePath(QStringLiteral("batch"));
        const Result batch = runOn({ QStringLiteral("export"), QStringLiteral("releases"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out-dir"), folder });
        QVERIFY2(batch.exitCode == 0, qPrintable(batch.err));
        const QStringList lines = QString::fromUtf8(batch.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.last().startsWith(QStringLiteral("Exported 8 releases as pdf")));
        const QStringList files = QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
        QCOMPARE(files.size(), 8);
        QVERIFY(
            files.contains(QStringLiteral("2026-03-18-costa-rica-trains-46-labour-inspectors-to-protect-migrant.pdf")));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == 8); // no temporary files left

        const Result published = runOn({ QStringLiteral("export"), QStringLiteral("releases"),
            QStringLiteral("--status"), QStringLiteral("published"), QStringLiteral("--format"),
            QStringLiteral("ninjs"), QStringLiteral("--out-dir"), m_dir.filePath(QStringLiteral("ninjs")) });
        QCOMPARE(published.exitCode, 0);
        QCOMPARE(
            QDir(m_dir.filePath(QStringLiteral("ninjs"))).entryList({ QStringLiteral("*.json") }, QDir::Files).size(),
            4);
        const Result noSelection = runOn({ QStringLiteral("export"), QStringLiteral("releases"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out-dir"), folder });
        QCOMPARE(noSelection.exitCode, 2);
    }

    void exportEventsAndSpeakers()
    {
        const Result events = runOn({ QStringLiteral("export"), QStringLiteral("event"), QStringLiteral("--all"),
            QStringLiteral("--output"), QStringLiteral("-") });
        QCOMPARE(events.exitCode, 0);
        QVERIFY(events.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(events.out.count("BEGIN:VEVENT"), 3);
        const Result speakers =
            runOn({ QStringLiteral("export"), QStringLiteral("speaker"), QStringLiteral("1"), QStringLiteral("2"),
                QStringLiteral("--format"), QStringLiteral("vcf"), QStringLiteral("--output"), QStringLiteral("-") });
        QCOMPARE(speakers.exitCode, 0);
        QCOMPARE(speakers.out.count("BEGIN:VCARD"), 2);
        QVERIFY(speakers.out.contains("VERSION:4.0"));
    }

    void publishSiteWritesThePressRoomAndSaysWhat()
    {
        const QString folder = m_dir.filePath(QStringLiteral("site"));
        const Result first = runOn({ QStringLiteral("publish-site"), QStringLiteral("--out"), folder,
            QStringLiteral("--base-url"), QStringLiteral("https://press.example.org"), QStringLiteral("--language"),
            QStringLiteral("en"), QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--no-pdf"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject report = QJsonDocument::fromJson(first.out).object();
        for (const char *key : { "folder", "base_url", "languages", "releases", "pages", "pdfs_made", "written",
                 "unchanged", "removed", "milliseconds" })
            QVERIFY2(report.contains(QLatin1String(key)), key);
        QCOMPARE(report.value(QLatin1String("base_url")).toString(), QStringLiteral("https://press.example.org/"));
        QCOMPARE(report.value(QLatin1String("releases")).toInt(), 5); // 4 published + 1 archived of the demo
        QCOMPARE(report.value(QLatin1String("pdfs_made")).toInt(), 0);
        QVERIFY(report.value(QLatin1String("written")).toInt() > 20);
        QCOMPARE(report.value(QLatin1String("languages")).toArray().size(), 2);
        QVERIFY(QFile::exists(folder + QStringLiteral("/en/index.html")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/sitemap.xml")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/fr/index.html")));

        // The second publish finds nothing to write.
        const Result second = runOn({ QStringLiteral("publish-site"), QStringLiteral("--out"), folder,
            QStringLiteral("--base-url"), QStringLiteral("https://press.example.org"),
            QStringLiteral("--language=en,es"), QStringLiteral("--no-pdf") });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.startsWith("Published 5 releases in en, es"), second.out.constData());
        QVERIFY2(second.out.contains("\n0 files written, "), second.out.constData());
    }

    void publishSiteUsageErrors()
    {
        const Result noOut = runOn({ QStringLiteral("publish-site") });
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.err.contains(QStringLiteral("--out DIR")));
        const Result badUrl = runOn({ QStringLiteral("publish-site"), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("x")), QStringLiteral("--base-url"), QStringLiteral("javascript:alert(1)") });
        QCOMPARE(badUrl.exitCode, 2);
        const Result badLanguage = runOn({ QStringLiteral("publish-site"), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("x")), QStringLiteral("--language"), QStringLiteral("../etc") });
        QCOMPARE(badLanguage.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));
        const Result help = run({ QStringLiteral("--help") });
        QVERIFY(help.out.contains("publish-site --out DIR"));
    }

    // `export event 1 --format pdf` printed the usage of `export release`.
    void exportUsageNamesWhatIsExported()
    {
        const Result event = runOn({ QStringLiteral("export"), QStringLiteral("event"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("pdf") });
        QCOMPARE(event.exitCode, 2);
        QVERIFY2(event.err.contains(QLatin1String("Usage: pressdesk export event ID...|--all")), qPrintable(event.err));
        QVERIFY2(!event.err.contains(QLatin1String("export release ID")), qPrintable(event.err));
        QVERIFY(event.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
