#include "services/workflowpolicy.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "storage/teamrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace pressdesk;

// Load on one team newsroom: client processes of the four roles (this executable, started
// with --client) work through the workflow at once (saves, comments, status moves) for
// PRESSDESK_LOAD_SECONDS (5 by default, so that CI stays fast; 60 for the figures in
// docs/reliability.md). Each client saves straight through ReleaseRepository, so that the
// server's rules meet every attempt, and reports what happened. Checked: no lost update (no
// two saves took the same version of a release, and every save a client was told succeeded is
// a revision by its author), no deadlock or serialization failure left unhandled (each is
// tried again), and every refusal for the right reason (the server refuses exactly what
// WorkflowPolicy predicts, with a permission error; a concurrent save meets the version
// check). Prints the throughput and the slowest save.
namespace {

constexpr int clientsPerRole = 5;
const QStringList roles { QStringLiteral("contributor"), QStringLiteral("editor"), QStringLiteral("publisher"),
    QStringLiteral("admin") };

QString login(const QString &role, int index)
{
    return role.left(4) + QString::number(index);
}

bool transient(const QString &error)
{
    return error.contains(QLatin1String("deadlock detected")) || error.contains(QLatin1String("40P01"))
        || error.contains(QLatin1String("could not serialize")) || error.contains(QLatin1String("40001"));
}

// One client's run, as a JSON object on standard output.
int runClient(const QString &uri, const QString &role, int seconds, quint32 seed)
{
    Database database;
    if (!database.open(uri)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 2;
    }
    TeamRepository team(database);
    const QString me = team.currentUser();
    const WorkflowPolicy policy(role, me);
    QRandomGenerator random(seed);
    ReleaseRepository releases(database);
    int saves = 0, conflicts = 0, refusals = 0, retried = 0, comments = 0, moves = 0;
    qint64 slowestMs = 0;
    QJsonArray saved;
    QJsonArray wrong;
    QElapsedTimer clock;
    clock.start();
    int step = 0;
    while (clock.elapsed() < seconds * 1000LL) {
        ++step;
        const QList<Release> all = releases.summaries({});
        const int action = int(random.bounded(10));
        if (action == 0 || all.isEmpty()) {
            if (role != QLatin1String("contributor") && role != QLatin1String("editor"))
                continue;
            Release fresh = test::TestDatabase::makeCompleteRelease(
                QStringLiteral("%1 drafts release %2").arg(me).arg(step), ReleaseStatus::Draft);
            if (!releases.save(fresh))
                wrong.append(QStringLiteral("create: %1").arg(releases.errorString()));
            continue;
        }
        const qint64 id = all.at(int(random.bounded(int(all.size())))).id;
        if (action == 1) {
            TeamRepository::Comment comment;
            comment.releaseId = id;
            comment.text = QStringLiteral("%1 comments at step %2").arg(me).arg(step);
            if (team.addComment(comment))
                ++comments;
            else
                wrong.append(QStringLiteral("comment on %1: %2").arg(id).arg(team.errorString()));
            continue;
        }
        std::optional<Release> release = releases.load(id);
        if (!release)
            continue;
        const ReleaseStatus from = release->status;
        const QString creator = team.createdBy(id);
        QString expectedRefusal;
        if (action <= 5) {
            release->body += QStringLiteral("\n\n%1 step %2.").arg(me).arg(step);
            expectedRefusal = policy.editRefusal(from, creator);
        } else {
            // The next step of the workflow, or back to draft.
            static const ReleaseStatus next[] = { ReleaseStatus::InReview, ReleaseStatus::Approved,
                ReleaseStatus::Published, ReleaseStatus::Archived, ReleaseStatus::Draft };
            const ReleaseStatus to = action == 9 ? ReleaseStatus::Draft : next[int(from)];
            if (to == from)
                continue;
            release->status = to;
            expectedRefusal = policy.moveRefusal(from, to, creator);
        }
        QElapsedTimer timing;
        timing.start();
        bool ok = false;
        QString error;
        for (int attempt = 0; attempt < 5; ++attempt) {
            ok = releases.save(*release);
            error = releases.errorString();
            if (ok || !transient(error))
                break;
            ++retried;
        }
        slowestMs = std::max(slowestMs, timing.elapsed());
        if (ok) {
            if (!expectedRefusal.isEmpty())
                wrong.append(QStringLiteral("release %1 saved though: %2").arg(id).arg(expectedRefusal));
            ++saves;
            if (release->status != from)
                ++moves;
            saved.append(QJsonArray { id, release->version });
        } else if (releases.lastSaveConflicted()) {
            ++conflicts; // someone saved it meanwhile: the version check refused it
        } else if (!expectedRefusal.isEmpty()
            && error.startsWith(QLatin1String("Not allowed on this team newsroom: "))) {
            ++refusals;
        } else {
            wrong.append(QStringLiteral("release %1 (%2 -> %3, expected %4): %5")
                             .arg(id)
                             .arg(statusKey(from), statusKey(release->status),
                                 expectedRefusal.isEmpty() ? QStringLiteral("success") : expectedRefusal, error));
        }
    }
    const QJsonObject report { { QStringLiteral("login"), me }, { QStringLiteral("saves"), saves },
        { QStringLiteral("moves"), moves }, { QStringLiteral("conflicts"), conflicts },
        { QStringLiteral("refusals"), refusals }, { QStringLiteral("retried"), retried },
        { QStringLiteral("comments"), comments }, { QStringLiteral("slowest_ms"), slowestMs },
        { QStringLiteral("saved"), saved }, { QStringLiteral("wrong"), wrong } };
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestTeamLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twentyPeopleAtOnce()
    {
        const int seconds = qEnvironmentVariableIsSet("PRESSDESK_LOAD_SECONDS")
            ? qEnvironmentVariableIntValue("PRESSDESK_LOAD_SECONDS")
            : 5;
        const QString owner = test::newPostgresNewsroom();
        Database database;
        QVERIFY(database.open(owner));
        TeamRepository team(database);
        for (const QString &role : roles) {
            for (int i = 1; i <= clientsPerRole; ++i) {
                TeamRepository::Person person;
                person.name = login(role, i);
                person.role = role;
                QVERIFY2(team.addPerson(person, QStringLiteral("Load-Test-%1").arg(person.name)),
                    qPrintable(team.errorString()));
            }
        }

        std::vector<std::unique_ptr<QProcess>> clients;
        quint32 seed = 1;
        for (const QString &role : roles) {
            for (int i = 1; i <= clientsPerRole; ++i) {
                QString uri = owner;
                uri.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + login(role, i));
                auto process = std::make_unique<QProcess>();
                process->start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--client"), uri, role, QString::number(seconds), QString::number(seed++) });
                clients.push_back(std::move(process));
            }
        }
        int saves = 0, moves = 0, conflicts = 0, refusals = 0, retried = 0, comments = 0;
        qint64 slowest = 0;
        QSet<QPair<qint64, int>> versions;
        QList<QPair<QString, QPair<qint64, int>>> claimed;
        for (const auto &process : clients) {
            QVERIFY(process->waitForFinished(seconds * 1000 + 120'000));
            QCOMPARE(process->exitCode(), 0);
            const QJsonObject report = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            QVERIFY2(!report.isEmpty(), process->readAllStandardError().constData());
            const QJsonArray wrong = report.value(QLatin1String("wrong")).toArray();
            QVERIFY2(wrong.isEmpty(), QJsonDocument(wrong).toJson().constData());
            saves += report.value(QLatin1String("saves")).toInt();
            moves += report.value(QLatin1String("moves")).toInt();
            conflicts += report.value(QLatin1String("conflicts")).toInt();
            refusals += report.value(QLatin1String("refusals")).toInt();
            retried += report.value(QLatin1String("retried")).toInt();
            comments += report.value(QLatin1String("comments")).toInt();
            slowest = std::max<qint64>(slowest, report.value(QLatin1String("slowest_ms")).toInteger());
            const QString who = report.value(QLatin1String("login")).toString();
            for (const QJsonValue &value : report.value(QLatin1String("saved")).toArray()) {
                const QPair<qint64, int> save { value.toArray().at(0).toInteger(), value.toArray().at(1).toInt() };
                // No lost update: a version of a release is given to one save only.
                QVERIFY2(!versions.contains(save),
                    qPrintable(QStringLiteral("release %1 version %2 saved twice").arg(save.first).arg(save.second)));
                versions.insert(save);
                claimed.append({ who, save });
            }
        }
        // Every save a client was told succeeded is stored, as that person's revision.
        for (const auto &[who, save] : std::as_const(claimed)) {
            const QString author = Query(database.connection(),
                QStringLiteral("SELECT author FROM revisions WHERE release_id = ? AND version = ?"))
                                       .bind(0, save.first)
                                       .bind(1, save.second)
                                       .scalar()
                                       .toString();
            QCOMPARE(author, who);
        }
        QVERIFY(saves > 0);
        QVERIFY(refusals > 0);
        std::printf("%d clients, %d s: %d saves (%d status moves, %.1f a second), %d comments, %d refused by the "
                    "rules, %d met the version check, %d retried after a deadlock or serialization failure; "
                    "slowest save %lld ms\n",
            int(clients.size()), seconds, saves, moves, double(saves) / seconds, comments, refusals, conflicts, retried,
            slowest);
    }
};

int main(int argc, char **argv)
{
    if (argc == 6 && qstrcmp(argv[1], "--client") == 0) {
        QCoreApplication app(argc, argv);
        return runClient(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
            QString::fromLocal8Bit(argv[4]).toInt(), QString::fromLocal8Bit(argv[5]).toUInt());
    }
    QCoreApplication app(argc, argv);
    TestTeamLoad test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamload.moc"
