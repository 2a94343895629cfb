#include "programrun.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pressdesk;

// The team's workflow on a Pressdesk file: one person, "local", with every role, so that
// status moves, comments and the activity log work as on a server.
class TestTeamWorkflow : public QObject
{
    Q_OBJECT

private:
    static test::ProgramRun pressdesk(test::TestDatabase &fixture, const QStringList &arguments)
    {
        return test::runProgram(
            QStringLiteral(PRESSDESK_BINARY), QStringList { QStringLiteral("--database"), fixture.path() } + arguments);
    }

private Q_SLOTS:
    void statusMovesFollowTheValidationRules()
    {
        test::TestDatabase fixture;
        Release bare = fixture.makeRelease(QStringLiteral("Coastal clean-up volunteers honoured"));
        QVERIFY(ReleaseRepository(fixture.db()).save(bare));
        Release complete =
            fixture.makeCompleteRelease(QStringLiteral("Ferry timetable extended"), ReleaseStatus::Draft);
        QVERIFY(ReleaseRepository(fixture.db()).save(complete));
        const QString bareId = QString::number(bare.id);
        const QString id = QString::number(complete.id);

        // Not ready: the reason names what is missing.
        const test::ProgramRun refused = pressdesk(
            fixture, { QStringLiteral("status"), QStringLiteral("release"), bareId, QStringLiteral("published") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("cannot be published yet")), qPrintable(refused.err));

        const QStringList moves { QStringLiteral("in_review"), QStringLiteral("approved"),
            QStringLiteral("published") };
        for (const QString &status : moves) {
            const test::ProgramRun moved =
                pressdesk(fixture, { QStringLiteral("status"), QStringLiteral("release"), id, status });
            QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
            QVERIFY2(moved.out.contains(QStringLiteral("-> ") + status), qPrintable(moved.out));
        }
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT status FROM releases WHERE id = ?"), { complete.id }).toString(),
            QStringLiteral("published"));
        // Usage errors.
        QCOMPARE(pressdesk(fixture, { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("done") })
                     .exitCode,
            2);
        QCOMPARE(
            pressdesk(fixture,
                { QStringLiteral("status"), QStringLiteral("release"), QStringLiteral("99"), QStringLiteral("draft") })
                .exitCode,
            1);

        // The log says who did what; the approval is recorded with its version.
        QCOMPARE(fixture
                     .scalar(QStringLiteral("SELECT group_concat(detail, '|') FROM (SELECT detail FROM activity "
                                            "WHERE release_id = ? AND action = 'status' ORDER BY id)"),
                         { complete.id })
                     .toString(),
            QStringLiteral("draft -> in_review|in_review -> approved|approved -> published"));
        const test::ProgramRun show = pressdesk(fixture,
            { QStringLiteral("show"), QStringLiteral("release"), id, QStringLiteral("--format"),
                QStringLiteral("json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(show.out.toUtf8()).object();
        const QJsonArray approvals = json.value(QLatin1String("approvals")).toArray();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.at(0).toObject().value(QLatin1String("author")).toString(), QStringLiteral("local"));
        QVERIFY(approvals.at(0).toObject().value(QLatin1String("revision")).toInt() >= 2);
        QVERIFY(!approvals.at(0).toObject().value(QLatin1String("created_at")).toString().isEmpty());
    }

    void commentsAreAddedResolvedAndShown()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeCompleteRelease(QStringLiteral("Library opens on Sundays"), ReleaseStatus::Draft);
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        const QString id = QString::number(release.id);
        const test::ProgramRun first = pressdesk(fixture,
            { QStringLiteral("comment"), QStringLiteral("release"), id, QStringLiteral("--text"),
                QStringLiteral("Which libraries?"), QStringLiteral("--field"), QStringLiteral("headline") });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QLatin1String("Comment 1 added to release")));
        QCOMPARE(pressdesk(fixture,
                     { QStringLiteral("comment"), QStringLiteral("release"), id, QStringLiteral("--text"),
                         QStringLiteral("All twelve branches."), QStringLiteral("--reply-to"), QStringLiteral("1") })
                     .exitCode,
            0);
        QCOMPARE(pressdesk(fixture,
                     { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("in_review"),
                         QStringLiteral("--comment"), QStringLiteral("Over to you.") })
                     .exitCode,
            0);
        QCOMPARE(
            pressdesk(fixture, { QStringLiteral("comment"), QStringLiteral("resolve"), QStringLiteral("1") }).exitCode,
            0);
        // A field that does not exist, and no text.
        QCOMPARE(pressdesk(fixture,
                     { QStringLiteral("comment"), QStringLiteral("release"), id, QStringLiteral("--text"),
                         QStringLiteral("x"), QStringLiteral("--field"), QStringLiteral("footer") })
                     .exitCode,
            2);
        QCOMPARE(pressdesk(fixture, { QStringLiteral("comment"), QStringLiteral("release"), id }).exitCode, 2);

        const test::ProgramRun show = pressdesk(fixture,
            { QStringLiteral("show"), QStringLiteral("release"), id, QStringLiteral("--format"),
                QStringLiteral("json") });
        const QJsonArray comments =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(QLatin1String("comments")).toArray();
        QCOMPARE(comments.size(), 3);
        const QJsonObject headline = comments.at(0).toObject();
        QCOMPARE(headline.value(QLatin1String("field")).toString(), QStringLiteral("headline"));
        QCOMPARE(headline.value(QLatin1String("author")).toString(), QStringLiteral("local"));
        QCOMPARE(headline.value(QLatin1String("text")).toString(), QStringLiteral("Which libraries?"));
        QCOMPARE(headline.value(QLatin1String("resolved")).toBool(), true);
        QCOMPARE(comments.at(1).toObject().value(QLatin1String("parent_id")).toInt(), 1);
        QCOMPARE(comments.at(2).toObject().value(QLatin1String("text")).toString(), QStringLiteral("Over to you."));
        QCOMPARE(comments.at(2).toObject().value(QLatin1String("resolved")).toBool(), false);
        // The log is append-only in a file too.
        QVERIFY(fixture.scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'comment'")).toInt() >= 3);
    }

    void aFileHasOneLocalPersonWithEveryRole()
    {
        test::TestDatabase fixture;
        const test::ProgramRun users = pressdesk(fixture,
            { QStringLiteral("team"), QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(users.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(users.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("local"));
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("admin"));
        const test::ProgramRun add = pressdesk(fixture,
            { QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("nadia"), QStringLiteral("--role"),
                QStringLiteral("editor") });
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(QLatin1String("one person")), qPrintable(add.err));
    }

    // A file's one person asks themselves to review; nothing else breaks.
    void reviewersOnAFile()
    {
        test::TestDatabase fixture;
        Release release =
            fixture.makeCompleteRelease(QStringLiteral("Bridge repairs finish early"), ReleaseStatus::Draft);
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        const QString id = QString::number(release.id);
        const test::ProgramRun nobody = pressdesk(fixture,
            { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("in_review"),
                QStringLiteral("--reviewer"), QStringLiteral("nadia") });
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(QLatin1String("nadia cannot review")), qPrintable(nobody.err));
        const test::ProgramRun asked = pressdesk(fixture,
            { QStringLiteral("status"), QStringLiteral("release"), id, QStringLiteral("in_review"),
                QStringLiteral("--reviewer"), QStringLiteral("local") });
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        const test::ProgramRun mine = pressdesk(fixture,
            { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--for-my-review"),
                QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
        const QJsonArray rows = QJsonDocument::fromJson(mine.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("id")).toInteger(), release.id);
        QCOMPARE(pressdesk(fixture,
                     { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--for-my-review"),
                         QStringLiteral("--status"), QStringLiteral("draft") })
                     .exitCode,
            2);
        // The window's search finds it with reviewer:local; a file never asks for a new password.
        const test::ProgramRun password = pressdesk(fixture, { QStringLiteral("team"), QStringLiteral("password") });
        QCOMPARE(password.exitCode, 1);
        QVERIFY2(password.err.contains(QLatin1String("no password")), qPrintable(password.err));
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkflow)
#include "tst_teamworkflow.moc"
