#include "domain/domainjson.h"
#include "postgresserver.h"
#include "storage/database.h"
#include "storage/importledger.h"
#include "storage/migrations.h"
#include "storage/organizationrepository.h"
#include "storage/query.h"
#include "storage/recoverystore.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "storage/storecopier.h"
#include "storage/teamrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace pressdesk;

// A newsroom shared on a PostgreSQL server: setting it up, moving a newsroom between a file
// and a server, other people's saves arriving, many writers at once, TLS. Every case runs on
// a throwaway server the test starts; the command-line cases run the real binary.
class TestTeamNewsroom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Bytes with NULs inside, as images have: the literal's length, not strlen.
    template<std::size_t N>
    static QByteArray binary(const char (&literal)[N])
    {
        return QByteArray(literal, qsizetype(N) - 1);
    }

    static QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(PRESSDESK_BINARY), arguments);
        return process;
    }

    static std::pair<int, QString> run(const QStringList &arguments)
    {
        std::unique_ptr<QProcess> process(start(arguments));
        if (!process->waitForFinished(120'000))
            qFatal("pressdesk did not finish");
        return { process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
            QString::fromUtf8(process->readAllStandardOutput() + process->readAllStandardError()) };
    }

    static QString canonical(Database &database, qint64 releaseId)
    {
        const std::optional<Release> release = ReleaseRepository(database).load(releaseId);
        return release ? QString::fromUtf8(QJsonDocument(json::release(*release)).toJson()) : QString();
    }

    // A file holding a little of everything a newsroom keeps.
    void fillNewsroom(Database &database)
    {
        OrganizationRepository organizations(database);
        Organization office;
        office.name = QStringLiteral("Oficina Regional para Centroamérica");
        office.shortName = QStringLiteral("ORC");
        office.logo = binary("\x89PNG\r\n\x1a\n\0\0logo-bytes");
        office.isOurs = true;
        QVERIFY2(organizations.save(office), qPrintable(organizations.errorString()));

        SpeakerRepository speakers(database);
        Speaker minister;
        minister.fullName = QStringLiteral("María José Hernández Peña");
        minister.title = QStringLiteral("Viceministra de Trabajo");
        minister.organizationId = office.id;
        minister.photo = binary("\xff\xd8\xff\xe0photo\0bytes");
        QVERIFY2(speakers.save(minister), qPrintable(speakers.errorString()));

        ReleaseRepository releases(database);
        for (int i = 0; i < 5; ++i) {
            Release release;
            release.headline = QStringLiteral("Congreso regional sobre mujeres migrantes, día %1").arg(i + 1);
            release.language = QStringLiteral("es");
            release.lead = QStringLiteral("La migración laboral de las mujeres centra el debate.");
            release.tags = { QStringLiteral("género"), QStringLiteral("migración") };
            release.quotes.append({ 0, minister.id, QStringLiteral("Ninguna mujer migrante sin contrato."),
                QStringLiteral("Viceministra"), {} });
            release.organizationId = office.id;
            QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
            release.body = QStringLiteral("Segunda versión del texto.");
            QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        }
        QVERIFY(releases.moveToTrash(5));

        // The team's history: a thread on a headline, a review asked for, an approval.
        TeamRepository team(database);
        TeamRepository::Comment question { 0, 1, 0, QStringLiteral("headline"), {},
            QStringLiteral("¿Fecha confirmada con la Viceministra?"), {}, false };
        QVERIFY2(team.addComment(question), qPrintable(team.errorString()));
        TeamRepository::Comment answer { 0, 1, question.id, QStringLiteral("headline"), {},
            QStringLiteral("Sí: 12 de marzo."), {}, false };
        QVERIFY2(team.addComment(answer), qPrintable(team.errorString()));
        QVERIFY2(team.setResolved(question.id, true), qPrintable(team.errorString()));
        QVERIFY2(team.requestReview(2, { QStringLiteral("local") }), qPrintable(team.errorString()));
        std::optional<Release> approved = releases.load(3);
        QVERIFY(approved);
        approved->status = ReleaseStatus::Approved;
        QVERIFY2(releases.save(*approved), qPrintable(releases.errorString()));
    }

    // The team's history as text, table by table: who did what and when, who approved, the
    // comments and the review requests.
    static QString history(Database &database)
    {
        const struct
        {
            const char *table;
            const char *columns;
            int width;
        } tables[] = {
            { "activity", "id, release_id, actor, created_at, action, detail", 6 },
            { "approvals", "id, release_id, author, revision, created_at", 5 },
            { "comments", "id, release_id, coalesce(parent_id, 0), field, author, text, created_at, resolved", 8 },
            { "review_requests", "release_id, reviewer, requested_by, requested_at", 4 },
        };
        QString text;
        for (const auto &[table, columns, width] : tables) {
            Query rows(database.connection(),
                QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2").arg(QLatin1String(columns), QLatin1String(table)));
            rows.exec();
            while (rows.next()) {
                text += QLatin1String(table);
                for (int i = 0; i < width; ++i)
                    text += QLatin1Char('|') + rows.value(i).toString();
                text += QLatin1Char('\n');
            }
        }
        return text;
    }

    // SQL as the test server's superuser on one of its databases (the URI names the server).
    static bool superuserSql(const QUrl &server, const QString &database, const QString &sql)
    {
        const QUrlQuery where(server);
        const QString name = QStringLiteral("superuser-%1").arg(database);
        bool ok = false;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            connection.setHostName(where.queryItemValue(QStringLiteral("host")));
            connection.setPort(where.queryItemValue(QStringLiteral("port")).toInt());
            connection.setUserName(where.queryItemValue(QStringLiteral("user")));
            connection.setDatabaseName(database);
            ok = connection.open();
            if (ok) {
                QSqlQuery statement(connection);
                ok = statement.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(statement.lastError().text()));
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // The same URI for another login.
    static QString as(const QUrl &server, const QString &login)
    {
        QUrl other(server);
        QUrlQuery query(server);
        query.removeQueryItem(QStringLiteral("user"));
        query.addQueryItem(QStringLiteral("user"), login);
        other.setQuery(query);
        return other.toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void setUpRefusesForeignDatabasesAndEmptyOnesNeedInit()
    {
        // A database with someone else's tables is left alone, and they are named.
        const QString other = test::newPostgresDatabase();
        {
            Database raw;
            QVERIFY(raw.initialize(StoreLocation::parse(other)));
            Query(raw.connection(), QStringLiteral("CREATE TABLE payroll (id int)")).exec();
            Query(raw.connection(), QStringLiteral("DROP TABLE pressdesk_schema CASCADE")).exec();
        }
        Database refused;
        QVERIFY(!refused.initialize(StoreLocation::parse(other)));
        QVERIFY2(refused.errorString().contains(QLatin1String("payroll")), qPrintable(refused.errorString()));

        const auto [code, output] = run({ QStringLiteral("team"), QStringLiteral("init"), other });
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QLatin1String("payroll")), qPrintable(output));

        // An empty database is not opened as a newsroom until it is set up.
        const QString empty = test::newPostgresDatabase();
        const auto [listCode, listOutput] =
            run({ QStringLiteral("--database"), empty, QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(listCode, 1);
        QVERIFY2(listOutput.contains(QLatin1String("team init")), qPrintable(listOutput));
        const auto [initCode, initOutput] = run({ QStringLiteral("team"), QStringLiteral("init"), empty });
        QCOMPARE(initCode, 0);
        QVERIFY2(initOutput.contains(QStringLiteral("schema %1").arg(Database::latestSchemaVersion())),
            qPrintable(initOutput));
        QCOMPARE(run({ QStringLiteral("--database"), empty, QStringLiteral("check") }).first, 0);
    }

    // The set-up docs/team.md gives an IT person: an owner who may create roles but is no
    // superuser sets the newsroom up, copies an officer's file in and adds the first admin,
    // with no warning printed on the way (ANALYZE warned about fifty shared catalogs).
    void anOwnerWhoIsNoSuperuserSetsTheNewsroomUp()
    {
        const QUrl superuser(test::newPostgresDatabase());
        const auto asSuperuser = [&superuser](const QString &database, const QString &sql) {
            return superuserSql(superuser, database, sql);
        };
        QVERIFY(asSuperuser(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE office_owner LOGIN CREATEROLE")));
        QVERIFY(asSuperuser(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE office OWNER office_owner")));
        QVERIFY(asSuperuser(QStringLiteral("office"), QStringLiteral("CREATE EXTENSION unaccent")));
        QUrl office(superuser);
        office.setPath(QStringLiteral("/office"));
        const QString uri = as(office, QStringLiteral("office_owner"));

        const auto [initCode, initOutput] = run({ QStringLiteral("team"), QStringLiteral("init"), uri });
        QVERIFY2(initCode == 0, qPrintable(initOutput));
        const QString file = m_dir.filePath(QStringLiteral("officer.sqlite"));
        {
            Database officer;
            QVERIFY(officer.open(file));
            fillNewsroom(officer);
        }
        const auto [copyCode, copyOutput] =
            run({ QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), uri });
        QVERIFY2(copyCode == 0, qPrintable(copyOutput));
        QVERIFY2(!copyOutput.contains(QLatin1String("WARNING")), qPrintable(copyOutput));
        {
            Database original;
            QVERIFY(original.open(file));
            Database shared;
            QVERIFY(shared.open(uri));
            QCOMPARE(history(shared), history(original));
        }
        const auto [addCode, addOutput] = run({ QStringLiteral("--database"), uri, QStringLiteral("team"),
            QStringLiteral("add-user"), QStringLiteral("lucia"), QStringLiteral("--role"), QStringLiteral("admin") });
        QVERIFY2(addCode == 0, qPrintable(addOutput));
        QVERIFY2(addOutput.contains(QLatin1String("One-time password")), qPrintable(addOutput));
        const auto [usersCode, users] = run({ QStringLiteral("--database"), uri, QStringLiteral("team"),
            QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(usersCode, 0);
        QVERIFY2(users.contains(QLatin1String("\"lucia\"")) && users.contains(QLatin1String("\"admin\"")),
            qPrintable(users));
        const auto [searchCode, found] = run({ QStringLiteral("--database"), uri, QStringLiteral("search"),
            QStringLiteral("congreso"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(searchCode, 0);
        QCOMPARE(QJsonDocument::fromJson(found.toUtf8()).array().size(), 4); // the fifth is in the trash

        // Into a second newsroom, an admin who is not its owner copies nothing: the copy writes
        // authors, dates and approvals as they were, which only the owner may.
        QVERIFY(asSuperuser(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE branch OWNER office_owner")));
        QVERIFY(asSuperuser(QStringLiteral("branch"), QStringLiteral("CREATE EXTENSION unaccent")));
        QUrl branch(superuser);
        branch.setPath(QStringLiteral("/branch"));
        QCOMPARE(
            run({ QStringLiteral("team"), QStringLiteral("init"), as(branch, QStringLiteral("office_owner")) }).first,
            0);
        QVERIFY(asSuperuser(QStringLiteral("branch"),
            QStringLiteral("DO $$ BEGIN EXECUTE format('CREATE ROLE branch_clerk LOGIN IN ROLE %I', "
                           "pressdesk_group('admin')); END $$")));
        const auto [refusedCode, refused] = run({ QStringLiteral("copy"), QStringLiteral("--from"), file,
            QStringLiteral("--to"), as(branch, QStringLiteral("branch_clerk")) });
        QCOMPARE(refusedCode, 1);
        QVERIFY2(
            refused.contains(QLatin1String("office_owner")) && refused.contains(QLatin1String("Nothing was copied")),
            qPrintable(refused));
        Database untouched;
        QVERIFY(untouched.open(as(branch, QStringLiteral("office_owner"))));
        QVERIFY(StoreCopier::nonEmptyTables(untouched).isEmpty());
    }

    // Statistics are refreshed (after a copy or a demo) without the owner's warnings, and the
    // session keeps its own level of notices afterwards (a search of stop words only would
    // otherwise print the server's notice on stderr).
    void refreshingStatisticsKeepsTheSessionsNoticeLevel()
    {
        Database database;
        QVERIFY(database.open(test::newPostgresNewsroom()));
        const auto level = [&database] {
            return Query(database.connection(), QStringLiteral("SHOW client_min_messages")).scalar().toString();
        };
        QCOMPARE(level(), QStringLiteral("warning"));
        database.refreshStatistics();
        QCOMPARE(level(), QStringLiteral("warning"));
    }

    // A person's newer Pressdesk meets a newsroom of an older schema that only its owner may
    // upgrade: it says so and what to ask for, not the first statement the server refused.
    void onlyTheOwnerUpgradesAndOthersAreToldSo()
    {
        const QUrl newsroom(test::newPostgresNewsroom());
        const QString database = newsroom.path().mid(1);
        const int latest = Database::latestSchemaVersion();
        QVERIFY(superuserSql(newsroom, QStringLiteral("postgres"), QStringLiteral("CREATE ROLE late_colleague LOGIN")));
        QVERIFY(superuserSql(
            newsroom, database, QStringLiteral("UPDATE pressdesk_schema SET version = %1").arg(latest - 1)));
        const auto [code, output] = run({ QStringLiteral("--database"), as(newsroom, QStringLiteral("late_colleague")),
            QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("schema %1").arg(latest - 1))
                && output.contains(QStringLiteral("schema %1").arg(latest)) && output.contains(QLatin1String("owner"))
                && output.contains(QLatin1String("team init")),
            qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("CREATE")) && !output.contains(QLatin1String("permission denied")),
            qPrintable(output));
        QVERIFY(
            superuserSql(newsroom, database, QStringLiteral("UPDATE pressdesk_schema SET version = %1").arg(latest)));
        QCOMPARE(run({ QStringLiteral("--database"), newsroom.toString(), QStringLiteral("check") }).first, 0);
    }

    void passwordsNeverShow()
    {
        // Nothing listens on port 1: the failure message names the server, not the password.
        const QString uri = QStringLiteral("postgresql://anna:Secr3t-Pa55@127.0.0.1:1/newsroom?connect_timeout=3");
        Database database;
        QVERIFY(!database.open(uri));
        QVERIFY(!database.errorString().contains(QLatin1String("Secr3t")));
        QVERIFY(database.errorString().contains(QLatin1String("127.0.0.1")));
        const auto [code, output] = run({ QStringLiteral("--database"), uri, QStringLiteral("check") });
        QCOMPARE(code, 1);
        QVERIFY(!output.contains(QLatin1String("Secr3t")));
        QCOMPARE(StoreLocation::parse(uri).redacted().contains(QLatin1String("Secr3t")), false);
        // Bad addresses say what is wrong with them.
        QString error;
        QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://db.example.org/"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("no database")));
        QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://h/db?sslmode=maybe"), &error).isValid());
        QVERIFY(error.contains(QLatin1String("maybe")));
    }

    void copyMovesAWholeNewsroomThereAndBack()
    {
        const QString file = m_dir.filePath(QStringLiteral("office.sqlite"));
        {
            Database database;
            QVERIFY(database.open(file));
            fillNewsroom(database);
        }
        const QString server = test::newPostgresNewsroom();
        const auto [toServer, toServerOutput] =
            run({ QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server });
        QVERIFY2(toServer == 0, qPrintable(toServerOutput));
        QVERIFY(toServerOutput.contains(QLatin1String("releases: 5")));
        // A second copy into the same newsroom is refused: it is no longer empty.
        const auto [again, againOutput] =
            run({ QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), server });
        QCOMPARE(again, 1);
        QVERIFY(againOutput.contains(QLatin1String("not empty")));

        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        QCOMPARE(
            run({ QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back }).first, 0);

        Database original;
        QVERIFY(original.open(file));
        Database shared;
        QVERIFY(shared.open(server));
        Database returned;
        QVERIFY(returned.open(back));
        // The history arrives as it was: no release logged as created by the copy, authors and
        // dates kept.
        const QString trail = history(original);
        QVERIFY2(trail.contains(QStringLiteral("¿Fecha confirmada")) && trail.contains(QLatin1String("|approval|"))
                && trail.contains(QLatin1String("review_requests|2|local|local|")),
            qPrintable(trail));
        QCOMPARE(history(shared), trail);
        QCOMPARE(history(returned), trail);
        for (qint64 id = 1; id <= 5; ++id) {
            QCOMPARE(canonical(shared, id), canonical(original, id));
            QCOMPARE(canonical(returned, id), canonical(original, id));
            QCOMPARE(ReleaseRepository(shared).revisions(id).size(), ReleaseRepository(original).revisions(id).size());
        }
        QVERIFY(!ReleaseRepository(shared).exists(5));
        QVERIFY(ReleaseRepository(shared).exists(5, true));
        QCOMPARE(SpeakerRepository(shared).load(1)->photo, SpeakerRepository(original).load(1)->photo);
        QCOMPARE(OrganizationRepository(returned).load(1)->logo, OrganizationRepository(original).load(1)->logo);
        // The copy is searchable where it arrived, and new records continue after the copied ids.
        QCOMPARE(ReleaseRepository(shared).tags().size(), 2);
        Release fresh;
        fresh.headline = QStringLiteral("Nuevo comunicado tras la copia");
        QVERIFY(ReleaseRepository(shared).save(fresh));
        QCOMPARE(fresh.id, 6);
        QVERIFY(shared.check().healthy);
        QVERIFY(returned.check().healthy);

        // A server's backup is a Pressdesk file that opens offline.
        const QString backup = m_dir.filePath(QStringLiteral("server-backup.sqlite"));
        QCOMPARE(run({ QStringLiteral("--database"), server, QStringLiteral("backup"), QStringLiteral("--to"), backup })
                     .first,
            0);
        Database offline;
        QVERIFY(offline.open(backup));
        QCOMPARE(canonical(offline, 6), canonical(shared, 6));
        QVERIFY(history(shared).contains(QLatin1String("|6|")));
        QCOMPARE(history(offline), history(shared));
    }

    void otherPeoplesSavesArriveWithoutPolling()
    {
        const QString server = test::newPostgresNewsroom();
        Database window;
        QVERIFY(window.open(server));
        window.watchOtherWriters(1000);
        QSignalSpy changed(&window, &Database::changed);
        const QString text = m_dir.filePath(QStringLiteral("note.md"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Ministers meet on migrant women's rights\n\nSAN JOSÉ, 4 December 2026 – Ministers met.\n");
        file.close();
        QCOMPARE(run({ QStringLiteral("--database"), server, QStringLiteral("import"), text }).first, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10'000);
        QCOMPARE(changed.constFirst().at(0).value<Entity>(), Entity::Release);
    }

    void manyWritersLoseNothingAndConflictsSurface()
    {
        const QString server = test::newPostgresNewsroom();
        // Ten processes import at once, each its own release.
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < 10; ++i) {
            const QString text = m_dir.filePath(QStringLiteral("writer-%1.md").arg(i));
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("# Release number %1 from writer %1\n\nBody of release %1.\n").arg(i).toUtf8());
            file.close();
            writers.emplace_back(start({ QStringLiteral("--database"), server, QStringLiteral("import"), text }));
        }
        for (auto &writer : writers) {
            QVERIFY(writer->waitForFinished(120'000));
            QCOMPARE(writer->exitCode(), 0);
        }
        Database check;
        QVERIFY(check.open(server));
        QCOMPARE(ReleaseRepository(check).count(), 10);

        // Two people save the same release: the second is told, and nothing is overwritten.
        Database anna;
        Database luis;
        QVERIFY(anna.open(server));
        QVERIFY(luis.open(server));
        Release annas = *ReleaseRepository(anna).load(1);
        Release luiss = *ReleaseRepository(luis).load(1);
        annas.body = QStringLiteral("Anna's words.");
        luiss.body = QStringLiteral("Luis's words.");
        ReleaseRepository annaRepository(anna);
        ReleaseRepository luisRepository(luis);
        QVERIFY(annaRepository.save(annas));
        QVERIFY(!luisRepository.save(luiss));
        QVERIFY(luisRepository.lastSaveConflicted());
        QCOMPARE(ReleaseRepository(check).load(1)->body, QStringLiteral("Anna's words."));
    }

    void aLostServerIsNoticedWorkIsKeptAndTheSessionComesBack()
    {
        // Its own server: this case stops it.
        test::PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE newsroom")));
        const StoreLocation location =
            StoreLocation::parse(QStringLiteral("postgresql:///newsroom?host=%1&port=%2&user=postgres")
                                     .arg(server.socketFolder())
                                     .arg(server.port()));
        Database setUp;
        QVERIFY2(setUp.initialize(location), qPrintable(setUp.errorString()));
        setUp.close();

        // Drafts of a server go to this computer's data folder: a test folder here.
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        Database window;
        QVERIFY2(window.open(location), qPrintable(window.errorString()));
        window.watchOtherWriters(100);
        QSignalSpy reachability(&window, &Database::reachabilityChanged);
        QSignalSpy changed(&window, &Database::changed);
        Release release;
        release.headline = QStringLiteral("Regional congress on migrant women opens in San José");
        release.language = QStringLiteral("en");
        ReleaseRepository releases(window);
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));

        QVERIFY2(server.stop(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isReachable(), 10'000);
        QCOMPARE(reachability.constFirst().at(0).toBool(), false);
        QVERIFY(!reachability.constFirst().at(1).toString().isEmpty());
        // A save fails and says so; nothing half-written.
        release.body = QStringLiteral("Ministers from nine countries met.");
        QVERIFY(!releases.save(release));
        QVERIFY(!releases.errorString().isEmpty());
        // The editor's recovery copy is kept on this computer meanwhile, and only there.
        RecoveryStore drafts(window);
        QVERIFY2(drafts.save({ QStringLiteral("release:%1").arg(release.id), QStringLiteral("release"), release.id,
                     release.headline, QByteArrayLiteral("{\"body\":\"Ministers from nine countries met.\"}"), {} }),
            qPrintable(drafts.errorString()));
        QVERIFY(drafts.sideFilePath().startsWith(data.path()));
        QVERIFY(!drafts.sideFilePath().contains(QLatin1String("password")));
        QCOMPARE(drafts.drafts().size(), 1);

        // The server comes back: the session opens again by itself and the lists read again.
        changed.clear();
        QVERIFY2(server.resume(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(window.isReachable(), 30'000);
        QCOMPARE(reachability.constLast().at(0).toBool(), true);
        QVERIFY(!changed.isEmpty());
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        QCOMPARE(ReleaseRepository(window).load(release.id)->body, release.body);
        QVERIFY(drafts.remove(QStringLiteral("release:%1").arg(release.id)));
        QVERIFY(drafts.drafts().isEmpty());
        // Other people's saves are heard again on the new session.
        Database other;
        QVERIFY2(other.open(location), qPrintable(other.errorString()));
        changed.clear();
        Release theirs = *ReleaseRepository(other).load(release.id);
        theirs.subheadline = QStringLiteral("Nine countries, one agenda");
        QVERIFY(ReleaseRepository(other).save(theirs));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10'000);
    }

    void tlsIsVerified()
    {
        QTemporaryDir keys;
        const auto openssl = [](const QStringList &arguments) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral("openssl"), arguments);
            return process.waitForFinished(60'000) && process.exitCode() == 0;
        };
        const auto makeCa = [&](const QString &name) {
            return openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-keyout"),
                keys.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
                keys.filePath(name + QStringLiteral(".pem")) });
        };
        QVERIFY(makeCa(QStringLiteral("newsroom-ca")));
        QVERIFY(makeCa(QStringLiteral("stranger-ca")));

        test::PostgresServer server;
        const QString certificate = server.folder() + QStringLiteral("/server.crt");
        const QString key = server.folder() + QStringLiteral("/server.key");
        const QString request = keys.filePath(QStringLiteral("server.csr"));
        QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), request }));
        QFile extensions(keys.filePath(QStringLiteral("san.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        extensions.close();
        QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
            QStringLiteral("-CA"), keys.filePath(QStringLiteral("newsroom-ca.pem")), QStringLiteral("-CAkey"),
            keys.filePath(QStringLiteral("newsroom-ca.key")), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions.fileName(),
            QStringLiteral("-out"), certificate }));
        server.enableTls(certificate, key);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE newsroom")));

        const QString base =
            QStringLiteral("postgresql://postgres@localhost:%1/newsroom?sslmode=verify-full&sslrootcert=")
                .arg(server.port());
        Database trusted;
        QVERIFY2(trusted.initialize(StoreLocation::parse(base + keys.filePath(QStringLiteral("newsroom-ca.pem")))),
            qPrintable(trusted.errorString()));
        QVERIFY(Query(trusted.connection(), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                    .scalar()
                    .toBool());

        const QString wrongCa = base + keys.filePath(QStringLiteral("stranger-ca.pem"));
        Database refused;
        QVERIFY(!refused.open(wrongCa));
        QVERIFY2(refused.errorString().contains(QLatin1String("certificate"), Qt::CaseInsensitive),
            qPrintable(refused.errorString()));
        const auto [code, output] = run({ QStringLiteral("--database"), wrongCa, QStringLiteral("check") });
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestTeamNewsroom)
#include "tst_teamnewsroom.moc"
