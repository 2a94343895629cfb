#include "storage/database.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "storage/teamrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pressdesk;

// The team's roles on a real PostgreSQL server: for each role, what the command line allows
// and refuses, and the same attempts made directly with psql as that login, which the server
// refuses with a permission error (the rules live in the database, not in Pressdesk).
class TestTeamRoles : public QObject
{
    Q_OBJECT

private:
    QString m_owner; // the newsroom's URI as the superuser that set it up
    QString m_database;
    QString m_socket;
    QString m_port;
    qint64 m_coraDraft = 0; // a contributor's release
    qint64 m_coleDraft = 0; // another contributor's release

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QString as(const QString &login) const
    {
        QString uri = m_owner;
        return uri.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + login);
    }

    static Run pressdesk(const QString &uri, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(PRESSDESK_BINARY), QStringList { QStringLiteral("--database"), uri } + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000))
            qFatal("pressdesk did not finish");
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    // One statement through psql as login; its exit code and error text.
    Run psql(const QString &login, const QString &sql) const
    {
        QString program = QStandardPaths::findExecutable(QStringLiteral("psql"));
        if (program.isEmpty())
            program = QStringLiteral("/usr/lib/postgresql/15/bin/psql");
        QProcess process;
        process.start(program,
            { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-h"), m_socket, QStringLiteral("-p"), m_port, QStringLiteral("-U"), login,
                QStringLiteral("-d"), m_database, QStringLiteral("-c"), sql });
        if (!process.waitForFinished(60'000))
            qFatal("psql did not finish");
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    void refusedByServer(const QString &login, const QString &sql)
    {
        const Run run = psql(login, sql);
        QVERIFY2(run.code != 0, qPrintable(login + QStringLiteral(": ") + sql + QStringLiteral(" was allowed")));
        QVERIFY2(run.err.contains(QLatin1String("permission denied"))
                || run.err.contains(QLatin1String("row-level security"))
                || run.err.contains(QLatin1String("must have admin option")),
            qPrintable(login + QStringLiteral(": ") + run.err));
    }

    QString ownerScalar(const QString &sql, const QVariantList &values = {})
    {
        Database database;
        if (!database.open(m_owner))
            qFatal("%s", qPrintable(database.errorString()));
        Query query(database.connection(), sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bind(int(i), values.at(i));
        return query.scalar().toString();
    }

    // A release complete enough for any status, saved by login through Pressdesk's own code.
    qint64 draftOf(const QString &login, const QString &headline)
    {
        Database database;
        if (!database.open(as(login)))
            qFatal("%s", qPrintable(database.errorString()));
        Release release;
        release.headline = headline;
        release.releaseDate = QDate(2026, 9, 14);
        release.datelineCity = QStringLiteral("Valparaíso");
        release.datelineCountry = QStringLiteral("Chile");
        release.lead = QStringLiteral("The port authority opened a new training centre today.");
        release.body = QStringLiteral("Two hundred dock workers will be trained each year.");
        ReleaseRepository releases(database);
        if (!releases.save(release))
            qFatal("%s", qPrintable(releases.errorString()));
        return release.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_owner = test::newPostgresNewsroom();
        const QUrl url(m_owner);
        m_database = url.path().mid(1);
        const QUrlQuery query(url);
        m_socket = query.queryItemValue(QStringLiteral("host"));
        m_port = query.queryItemValue(QStringLiteral("port"));

        // The owner adds the first admin (a password read from standard input), who adds
        // everyone else (one-time passwords printed once).
        const Run first = pressdesk(m_owner,
            { QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("ada"), QStringLiteral("--role"),
                QStringLiteral("admin"), QStringLiteral("--full-name"), QStringLiteral("Ada Quintero Vidal"),
                QStringLiteral("--password-stdin") },
            "Kestrel-Lantern-42\n");
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(!first.out.contains(QLatin1String("Kestrel")));
        const std::pair<const char *, const char *> people[] = { { "cora", "contributor" }, { "cole", "contributor" },
            { "edda", "editor" }, { "paul", "publisher" } };
        for (const auto &[name, role] : people) {
            const Run added = pressdesk(as(QStringLiteral("ada")),
                { QStringLiteral("team"), QStringLiteral("add-user"), QLatin1String(name), QStringLiteral("--role"),
                    QLatin1String(role) });
            QVERIFY2(added.code == 0, qPrintable(added.err));
            QVERIFY2(added.out.contains(QLatin1String("One-time password: ")), qPrintable(added.out));
            // At first connection each chooses their own password (migration 0011).
            const Run chosen = pressdesk(as(QLatin1String(name)),
                { QStringLiteral("team"), QStringLiteral("password") }, QByteArray("Own-Harbour-Pass-") + name + '\n');
            QVERIFY2(chosen.code == 0, qPrintable(chosen.err));
        }
        m_coraDraft = draftOf(QStringLiteral("cora"), QStringLiteral("Port training centre opens in Valparaíso"));
        m_coleDraft = draftOf(QStringLiteral("cole"), QStringLiteral("Dock safety week begins"));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT created_by FROM releases WHERE id = ?"), { m_coraDraft }),
            QStringLiteral("cora"));
    }

    void usersAreListedWithTheirRoles()
    {
        const Run users = pressdesk(as(QStringLiteral("cora")),
            { QStringLiteral("team"), QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(users.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(users.out.toUtf8()).array();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("ada"));
        QCOMPARE(
            rows.at(0).toObject().value(QLatin1String("full_name")).toString(), QStringLiteral("Ada Quintero Vidal"));
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("admin"));
        // ada connected, so she was seen.
        QVERIFY(!rows.at(0).toObject().value(QLatin1String("last_seen")).toString().isEmpty());
        QCOMPARE(rows.at(2).toObject().value(QLatin1String("role")).toString(), QStringLiteral("contributor"));
        const Run table = pressdesk(as(QStringLiteral("cora")), { QStringLiteral("team"), QStringLiteral("users") });
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QLatin1String("publisher")), qPrintable(table.out));
    }

    void contributorAsksForReviewOnly()
    {
        const QString cora = as(QStringLiteral("cora"));
        const QString id = QString::number(m_coraDraft);
        const Run approve =
            pressdesk(cora, { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("approved") });
        QCOMPARE(approve.code, 1);
        QVERIFY2(
            approve.err.contains(QLatin1String("Not allowed for your role (contributor)")), qPrintable(approve.err));
        const Run review = pressdesk(cora,
            { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("in_review"),
                QStringLiteral("--comment"), QStringLiteral("Ready for a look.") });
        QVERIFY2(review.code == 0, qPrintable(review.err));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT status FROM releases WHERE id = ?"), { m_coraDraft }),
            QStringLiteral("in_review"));

        // The same through psql: the server refuses.
        refusedByServer(
            QStringLiteral("cora"), QStringLiteral("UPDATE releases SET status = 'approved' WHERE id = %1").arg(id));
        refusedByServer(
            QStringLiteral("cora"), QStringLiteral("UPDATE releases SET status = 'published' WHERE id = %1").arg(id));
        refusedByServer(QStringLiteral("cora"),
            QStringLiteral("INSERT INTO releases (uuid, headline, status, created_at, updated_at) "
                           "VALUES ('x-1', 'Sneaked in', 'published', '2026', '2026')"));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT status FROM releases WHERE id = ?"), { m_coraDraft }),
            QStringLiteral("in_review"));
    }

    void contributorCannotTouchSomeoneElsesRelease()
    {
        const QString id = QString::number(m_coleDraft);
        const Run review = pressdesk(as(QStringLiteral("cora")),
            { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("in_review") });
        QCOMPARE(review.code, 1);
        QVERIFY2(review.err.contains(QLatin1String("only their own releases")), qPrintable(review.err));
        refusedByServer(QStringLiteral("cora"),
            QStringLiteral("UPDATE releases SET headline = 'Taken over' WHERE id = %1").arg(id));
        refusedByServer(QStringLiteral("cora"), QStringLiteral("DELETE FROM releases WHERE id = %1").arg(id));
        refusedByServer(
            QStringLiteral("cora"), QStringLiteral("UPDATE releases SET created_by = 'cora' WHERE id = %1").arg(id));
        // Its parts too (row-level security on quotes, tags and the rest).
        refusedByServer(QStringLiteral("cora"),
            QStringLiteral("INSERT INTO release_tags (release_id, tag, position) VALUES (%1, 'mine', 0)").arg(id));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT headline FROM releases WHERE id = ?"), { m_coleDraft }),
            QStringLiteral("Dock safety week begins"));
    }

    void nobodyRewritesHistoryOrTheLog()
    {
        QVERIFY(ownerScalar(QStringLiteral("SELECT count(*) FROM activity")).toInt() >= 3);
        for (const QString &login :
            { QStringLiteral("cora"), QStringLiteral("edda"), QStringLiteral("paul"), QStringLiteral("ada") }) {
            refusedByServer(login, QStringLiteral("UPDATE activity SET actor = 'someone'"));
            refusedByServer(login, QStringLiteral("DELETE FROM activity"));
            refusedByServer(login, QStringLiteral("UPDATE revisions SET author = 'someone'"));
            refusedByServer(login, QStringLiteral("DELETE FROM revisions"));
            refusedByServer(login,
                QStringLiteral("INSERT INTO activity (release_id, actor, created_at, action) "
                               "VALUES (1, 'x', '2026', 'approval')"));
            refusedByServer(login,
                QStringLiteral("INSERT INTO approvals (release_id, author, revision, created_at) "
                               "VALUES (1, 'x', 1, '2026')"));
        }
        // Not even the owner's sessions rewrite the log.
        const Run owner = psql(QStringLiteral("postgres"), QStringLiteral("DELETE FROM activity"));
        QVERIFY(owner.code != 0);
    }

    void aMessageSentIsLoggedUnderItsSender()
    {
        // Schema 12: a draft written, and an SMTP message the server took, each a 'sent' line
        // of the release's log written with the owner's rights and naming the sender.
        const Run run = psql(QStringLiteral("cora"),
            QStringLiteral("INSERT INTO outbox (batch, release_id, revision, language, recipient_email, sender_email, "
                           "message_id, message, method, state, queued_at) VALUES "
                           "('b', %1, 1, 'en', 'ines@diario.example', 'cora@example.org', '<1@x>', '\\x00', 'draft', "
                           "'sent', '2026'), "
                           "('b', %1, 1, 'es', 'tom@wire.example', 'cora@example.org', '<2@x>', '\\x00', 'smtp', "
                           "'queued', '2026'); "
                           "UPDATE outbox SET state = 'sending' WHERE message_id = '<2@x>'; "
                           "UPDATE outbox SET state = 'sent' WHERE message_id = '<2@x>';")
                .arg(m_coraDraft));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(actor || ' ' || detail, '|' ORDER BY id) FROM activity "
                                            "WHERE release_id = ? AND action = 'sent'"),
                     { m_coraDraft }),
            QStringLiteral("cora draft en 1 ines@diario.example|cora smtp es 1 tom@wire.example"));
        refusedByServer(QStringLiteral("cora"),
            QStringLiteral(
                "INSERT INTO activity (release_id, actor, created_at, action) VALUES (1, 'x', '2026', 'sent')"));
    }

    void onlyAdminsChangeRoles()
    {
        const Run promote = pressdesk(as(QStringLiteral("cora")),
            { QStringLiteral("team"), QStringLiteral("set-role"), QStringLiteral("cora"), QStringLiteral("admin") });
        QCOMPARE(promote.code, 1);
        QVERIFY2(promote.err.contains(QLatin1String("may not manage people")), qPrintable(promote.err));
        const QString admins = m_database + QStringLiteral("_admin");
        for (const QString &login : { QStringLiteral("cora"), QStringLiteral("edda"), QStringLiteral("paul") }) {
            refusedByServer(login, QStringLiteral("GRANT %1 TO %2").arg(admins, login));
            refusedByServer(login, QStringLiteral("UPDATE people SET role = 'admin'"));
            refusedByServer(login, QStringLiteral("SELECT pressdesk_set_role('%1', 'admin')").arg(login));
            refusedByServer(
                login, QStringLiteral("SELECT pressdesk_add_person('mallory', 'admin', 'pw', '', '', false)"));
            refusedByServer(login, QStringLiteral("UPDATE settings SET value = 'x'"));
        }
        QCOMPARE(ownerScalar(QStringLiteral("SELECT pressdesk_rank_of('cora')")).toInt(), 1);
    }

    void editorApprovesCommentsAndSendsBack()
    {
        const QString edda = as(QStringLiteral("edda"));
        const QString id = QString::number(m_coraDraft);
        const Run comment = pressdesk(edda,
            { QStringLiteral("comment"), QStringLiteral("release"), id, QStringLiteral("--text"),
                QStringLiteral("Say how many workers in the headline?"), QStringLiteral("--field"),
                QStringLiteral("headline") });
        QVERIFY2(comment.code == 0, qPrintable(comment.err));
        const Run approve =
            pressdesk(edda, { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("approved") });
        QVERIFY2(approve.code == 0, qPrintable(approve.err));
        const Run publish =
            pressdesk(edda, { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("published") });
        QCOMPARE(publish.code, 1);
        QVERIFY2(publish.err.contains(QLatin1String("Not allowed for your role (editor)")), qPrintable(publish.err));
        refusedByServer(
            QStringLiteral("edda"), QStringLiteral("UPDATE releases SET status = 'published' WHERE id = %1").arg(id));

        // show: the comments and approvals, with who wrote them.
        const Run show = pressdesk(edda,
            { QStringLiteral("show"), QStringLiteral("release"), id, QStringLiteral("--format"),
                QStringLiteral("json") });
        QCOMPARE(show.code, 0);
        const QJsonObject release = QJsonDocument::fromJson(show.out.toUtf8()).object();
        const QJsonArray comments = release.value(QLatin1String("comments")).toArray();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(0).toObject().value(QLatin1String("author")).toString(), QStringLiteral("cora"));
        QCOMPARE(comments.at(1).toObject().value(QLatin1String("author")).toString(), QStringLiteral("edda"));
        QCOMPARE(comments.at(1).toObject().value(QLatin1String("field")).toString(), QStringLiteral("headline"));
        QCOMPARE(comments.at(1).toObject().value(QLatin1String("resolved")).toBool(), false);
        const QJsonArray approvals = release.value(QLatin1String("approvals")).toArray();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.at(0).toObject().value(QLatin1String("author")).toString(), QStringLiteral("edda"));
        QCOMPARE(approvals.at(0).toObject().value(QLatin1String("revision")).toInt(),
            release.value(QLatin1String("version")).toInt());
        // The contributor may not resolve the editor's comment; the editor may.
        const QString commentId = QString::number(comments.at(1).toObject().value(QLatin1String("id")).toInteger());
        refusedByServer(
            QStringLiteral("cora"), QStringLiteral("UPDATE comments SET resolved = 1 WHERE id = %1").arg(commentId));
        refusedByServer(QStringLiteral("cora"),
            QStringLiteral("UPDATE comments SET text = 'never mind' WHERE id = %1").arg(commentId));
        QCOMPARE(pressdesk(edda, { QStringLiteral("comment"), QStringLiteral("resolve"), commentId }).code, 0);
        // Anyone may take the newsroom offline, and the discussion and approvals go with it.
        QTemporaryDir offline;
        QVERIFY(offline.isValid());
        const QString backup = offline.filePath(QStringLiteral("cora.sqlite"));
        const Run taken =
            pressdesk(as(QStringLiteral("cora")), { QStringLiteral("backup"), QStringLiteral("--to"), backup });
        QVERIFY2(taken.code == 0, qPrintable(taken.err));
        const auto shown = [&id](const QString &where) {
            const Run run = pressdesk(where,
                { QStringLiteral("show"), QStringLiteral("release"), id, QStringLiteral("--format"),
                    QStringLiteral("json") });
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };
        const QJsonObject onServer = shown(edda);
        const QJsonObject inFile = shown(backup);
        QCOMPARE(inFile.value(QLatin1String("comments")).toArray().size(), 2);
        QVERIFY(inFile.value(QLatin1String("comments"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QLatin1String("resolved"))
                    .toBool());
        QCOMPARE(inFile.value(QLatin1String("comments")), onServer.value(QLatin1String("comments")));
        QCOMPARE(inFile.value(QLatin1String("approvals")), onServer.value(QLatin1String("approvals")));
        // The revision's author is whoever saved it.
        QCOMPARE(
            ownerScalar(QStringLiteral("SELECT author FROM revisions WHERE release_id = ? ORDER BY id DESC LIMIT 1"),
                { m_coraDraft }),
            QStringLiteral("edda"));
        // Approved: its contributor can no longer change it.
        refusedByServer(
            QStringLiteral("cora"), QStringLiteral("UPDATE releases SET lead = 'Changed' WHERE id = %1").arg(id));
    }

    void anEditAfterApprovalSendsTheReleaseBack()
    {
        const QString id = QString::number(m_coleDraft);
        QCOMPARE(pressdesk(as(QStringLiteral("edda")),
                     { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("approved") })
                     .code,
            0);
        // Straight through psql, so the server's trigger (not Pressdesk) does it.
        const Run edit = psql(QStringLiteral("edda"),
            QStringLiteral("UPDATE releases SET lead = 'A shorter lead.', version = version + 1 WHERE id = %1")
                .arg(id));
        QVERIFY2(edit.code == 0, qPrintable(edit.err));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT status FROM releases WHERE id = ?"), { m_coleDraft }),
            QStringLiteral("in_review"));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT detail FROM activity WHERE release_id = ? AND action = 'status' "
                                            "ORDER BY id DESC LIMIT 1"),
                     { m_coleDraft }),
            QStringLiteral("approved -> in_review"));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT actor FROM activity WHERE release_id = ? AND action = 'edited' "
                                            "ORDER BY id DESC LIMIT 1"),
                     { m_coleDraft }),
            QStringLiteral("edda"));
    }

    void publisherPublishesArchivesAndUnpublishes()
    {
        const QString paul = as(QStringLiteral("paul"));
        const QString id = QString::number(m_coraDraft);
        const Run publish =
            pressdesk(paul, { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("published") });
        QVERIFY2(publish.code == 0, qPrintable(publish.err));
        // Published: editors and contributors can no longer change it.
        const Run editorTries = pressdesk(as(QStringLiteral("edda")),
            { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("draft") });
        QCOMPARE(editorTries.code, 1);
        refusedByServer(QStringLiteral("edda"),
            QStringLiteral("UPDATE releases SET headline = 'Edited late' WHERE id = %1").arg(id));
        QCOMPARE(
            pressdesk(paul, { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("archived") })
                .code,
            0);
        QCOMPARE(
            pressdesk(paul, { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("approved") })
                .code,
            0);
        QCOMPARE(
            ownerScalar(
                QStringLiteral("SELECT actor FROM activity WHERE release_id = ? AND detail = 'approved -> published'"),
                { m_coraDraft }),
            QStringLiteral("paul"));
    }

    void aOneTimePasswordMustBeReplacedFirst()
    {
        const QString ada = as(QStringLiteral("ada"));
        const Run added = pressdesk(ada,
            { QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("nina"), QStringLiteral("--role"),
                QStringLiteral("editor") });
        QVERIFY2(added.code == 0, qPrintable(added.err));
        // The one-time password expires within a week; until it is replaced the server grants nothing.
        QCOMPARE(
            ownerScalar(QStringLiteral("SELECT rolvaliduntil > now() AND rolvaliduntil < now() + interval '8 days' "
                                       "FROM pg_roles WHERE rolname = 'nina'")),
            QStringLiteral("true"));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT pressdesk_rank_of('nina')")).toInt(), 0);
        refusedByServer(QStringLiteral("nina"), QStringLiteral("SELECT count(*) FROM releases"));
        refusedByServer(
            QStringLiteral("nina"), QStringLiteral("INSERT INTO comments (release_id, text) VALUES (1, 'x')"));
        // Changing the password with psql alone does not make a person of the newsroom.
        QCOMPARE(psql(QStringLiteral("nina"), QStringLiteral("ALTER ROLE nina PASSWORD 'Sneaky-Way-In-1'")).code, 0);
        refusedByServer(QStringLiteral("nina"), QStringLiteral("SELECT count(*) FROM releases"));
        // Admins see the person with the role they will have.
        const Run users = pressdesk(ada,
            { QStringLiteral("team"), QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(users.out.contains(QLatin1String("\"role\": \"editor\"")), qPrintable(users.out));

        // The command line refuses anything else, with its own exit code.
        const Run list = pressdesk(as(QStringLiteral("nina")), { QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(list.code, 3);
        QVERIFY2(list.err.contains(QLatin1String("pressdesk team password")), qPrintable(list.err));
        const Run tooShort =
            pressdesk(as(QStringLiteral("nina")), { QStringLiteral("team"), QStringLiteral("password") }, "short\n");
        QCOMPARE(tooShort.code, 1);
        QVERIFY2(tooShort.err.contains(QLatin1String("at least 10")), qPrintable(tooShort.err));
        QCOMPARE(pressdesk(as(QStringLiteral("nina")), { QStringLiteral("team"), QStringLiteral("password") }).code, 2);
        const Run chosen = pressdesk(as(QStringLiteral("nina")), { QStringLiteral("team"), QStringLiteral("password") },
            "Gull-Harbour-Lamp-7\n");
        QVERIFY2(chosen.code == 0, qPrintable(chosen.err));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT rolvaliduntil = 'infinity' FROM pg_roles WHERE rolname = 'nina'")),
            QStringLiteral("true"));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT pressdesk_rank_of('nina')")).toInt(), 2);
        const Run listed =
            pressdesk(as(QStringLiteral("nina")), { QStringLiteral("list"), QStringLiteral("releases") });
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        // The owner is no person with a password here.
        QCOMPARE(
            pressdesk(m_owner, { QStringLiteral("team"), QStringLiteral("password") }, "Owner-Long-Pass-1\n").code, 1);
    }

    // A person who lost their password gets a new one-time password from an admin on the
    // command line (as in the People dialog): the old one stops working and they can do
    // nothing but choose their own, which gives their role back. Others may not reset.
    void anAdminResetsAPasswordFromTheCommandLine()
    {
        const Run refused = pressdesk(as(QStringLiteral("edda")),
            { QStringLiteral("team"), QStringLiteral("reset-password"), QStringLiteral("cole") });
        QCOMPARE(refused.code, 1);
        QVERIFY2(!refused.err.isEmpty(), qPrintable(refused.out));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT pressdesk_rank_of('cole')")).toInt(), 1);
        const Run unknown = pressdesk(as(QStringLiteral("ada")),
            { QStringLiteral("team"), QStringLiteral("reset-password"), QStringLiteral("nobody-here") });
        QCOMPARE(unknown.code, 1);
        QCOMPARE(
            pressdesk(as(QStringLiteral("ada")), { QStringLiteral("team"), QStringLiteral("reset-password") }).code, 2);

        const Run reset = pressdesk(as(QStringLiteral("ada")),
            { QStringLiteral("team"), QStringLiteral("reset-password"), QStringLiteral("cole") });
        QVERIFY2(reset.code == 0, qPrintable(reset.err));
        QVERIFY2(reset.out.contains(QLatin1String("One-time password: ")), qPrintable(reset.out));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT pressdesk_rank_of('cole')")).toInt(), 0);
        const Run list = pressdesk(as(QStringLiteral("cole")), { QStringLiteral("list"), QStringLiteral("releases") });
        QCOMPARE(list.code, 3);
        const Run chosen = pressdesk(as(QStringLiteral("cole")), { QStringLiteral("team"), QStringLiteral("password") },
            "Own-Harbour-Pass-cole-2\n");
        QVERIFY2(chosen.code == 0, qPrintable(chosen.err));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT pressdesk_rank_of('cole')")).toInt(), 1);
        QCOMPARE(pressdesk(as(QStringLiteral("cole")), { QStringLiteral("list"), QStringLiteral("releases") }).code, 0);
    }

    void reviewersSeeWhatTheyAreAskedToReview()
    {
        const QString cora = as(QStringLiteral("cora"));
        const qint64 id = draftOf(QStringLiteral("cora"), QStringLiteral("Harbour museum opens a night gallery"));
        const QString number = QString::number(id);
        // A contributor is no reviewer: refused, and the release stays a draft.
        const Run wrong = pressdesk(cora,
            { QStringLiteral("status"), QStringLiteral("release"), number, QStringLiteral("in_review"),
                QStringLiteral("--reviewer"), QStringLiteral("cole") });
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("cannot review")), qPrintable(wrong.err));
        QCOMPARE(
            ownerScalar(QStringLiteral("SELECT status FROM releases WHERE id = ?"), { id }), QStringLiteral("draft"));
        // --reviewer goes with in_review only.
        QCOMPARE(pressdesk(cora,
                     { QStringLiteral("status"), QStringLiteral("release"), number, QStringLiteral("approved"),
                         QStringLiteral("--reviewer"), QStringLiteral("edda") })
                     .code,
            2);

        const Run asked = pressdesk(cora,
            { QStringLiteral("status"), QStringLiteral("release"), number, QStringLiteral("in_review"),
                QStringLiteral("--reviewer"), QStringLiteral("edda"), QStringLiteral("paul") });
        QVERIFY2(asked.code == 0, qPrintable(asked.err));
        QVERIFY2(asked.out.contains(QLatin1String("edda, paul")), qPrintable(asked.out));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT string_agg(reviewer || ':' || requested_by, ',' ORDER BY reviewer) "
                                            "FROM review_requests WHERE release_id = ?"),
                     { id }),
            QStringLiteral("edda:cora,paul:cora"));

        const auto forMyReview = [this](const QString &login) {
            const Run run = pressdesk(as(login),
                { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--for-my-review"),
                    QStringLiteral("--format"), QStringLiteral("json") });
            if (run.code != 0)
                qFatal("%s", qPrintable(run.err));
            QList<qint64> ids;
            for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array())
                ids.append(row.toObject().value(QLatin1String("id")).toInteger());
            return ids;
        };
        QVERIFY(forMyReview(QStringLiteral("edda")).contains(id));
        QVERIFY(forMyReview(QStringLiteral("paul")).contains(id));
        QVERIFY(!forMyReview(QStringLiteral("cora")).contains(id));

        // Asked again: the new list replaces the old one.
        QCOMPARE(pressdesk(cora,
                     { QStringLiteral("status"), QStringLiteral("release"), number, QStringLiteral("in_review"),
                         QStringLiteral("--reviewer"), QStringLiteral("paul") })
                     .code,
            0);
        QVERIFY(!forMyReview(QStringLiteral("edda")).contains(id));
        // Approved: no longer waiting for anyone's review.
        QCOMPARE(pressdesk(as(QStringLiteral("paul")),
                     { QStringLiteral("status"), QStringLiteral("release"), number, QStringLiteral("approved") })
                     .code,
            0);
        QVERIFY(!forMyReview(QStringLiteral("paul")).contains(id));

        // The server holds the same rules: nobody is asked who may not review, and only those
        // who may change a release ask for its review.
        refusedByServer(QStringLiteral("cora"),
            QStringLiteral("INSERT INTO review_requests (release_id, reviewer) VALUES (%1, 'cole')").arg(m_coraDraft));
        refusedByServer(QStringLiteral("cora"),
            QStringLiteral("INSERT INTO review_requests (release_id, reviewer) VALUES (%1, 'edda')").arg(m_coleDraft));
    }

    void adminChangesRolesAndRemovesPeople()
    {
        const QString ada = as(QStringLiteral("ada"));
        QCOMPARE(pressdesk(ada,
                     { QStringLiteral("team"), QStringLiteral("set-role"), QStringLiteral("cole"),
                         QStringLiteral("editor") })
                     .code,
            0);
        QCOMPARE(ownerScalar(QStringLiteral("SELECT pressdesk_rank_of('cole')")).toInt(), 2);
        const Run bad = pressdesk(ada,
            { QStringLiteral("team"), QStringLiteral("set-role"), QStringLiteral("cole"), QStringLiteral("boss") });
        QCOMPARE(bad.code, 2);
        const Run removed =
            pressdesk(ada, { QStringLiteral("team"), QStringLiteral("remove-user"), QStringLiteral("cole") });
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        // Gone: cannot connect, not listed; the work stays with the name.
        QCOMPARE(pressdesk(as(QStringLiteral("cole")), { QStringLiteral("check") }).code, 1);
        const Run users = pressdesk(ada,
            { QStringLiteral("team"), QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(!users.out.contains(QLatin1String("\"cole\"")));
        QCOMPARE(ownerScalar(QStringLiteral("SELECT created_by FROM releases WHERE id = ?"), { m_coleDraft }),
            QStringLiteral("cole"));
        // An admin cannot remove themselves.
        QCOMPARE(
            pressdesk(ada, { QStringLiteral("team"), QStringLiteral("remove-user"), QStringLiteral("ada") }).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
