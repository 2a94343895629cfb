#include "services/workflowpolicy.h"

#include <QTest>

using namespace pressdesk;

// The application's copy of the server's rules (migrations/postgres/0009_team.sql), which
// tst_teamroles holds against the server itself.
class TestWorkflowPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesRankInOrder()
    {
        QCOMPARE(WorkflowPolicy::rank(QStringLiteral("contributor")), 1);
        QCOMPARE(WorkflowPolicy::rank(QStringLiteral("editor")), 2);
        QCOMPARE(WorkflowPolicy::rank(QStringLiteral("publisher")), 3);
        QCOMPARE(WorkflowPolicy::rank(QStringLiteral("admin")), 4);
        QCOMPARE(WorkflowPolicy::rank(QStringLiteral("owner")), 5);
        QCOMPARE(WorkflowPolicy::rank(QString()), 0);
    }

    void contributorsMoveTheirOwnDraftsOnly()
    {
        const WorkflowPolicy tessa(QStringLiteral("contributor"), QStringLiteral("tessa"));
        QVERIFY(tessa.moveRefusal(ReleaseStatus::Draft, ReleaseStatus::InReview, QStringLiteral("tessa")).isEmpty());
        QVERIFY(tessa.moveRefusal(ReleaseStatus::InReview, ReleaseStatus::Draft, QStringLiteral("tessa")).isEmpty());
        QVERIFY(
            !tessa.moveRefusal(ReleaseStatus::InReview, ReleaseStatus::Approved, QStringLiteral("tessa")).isEmpty());
        QVERIFY(!tessa.moveRefusal(ReleaseStatus::Draft, ReleaseStatus::Published, QStringLiteral("tessa")).isEmpty());
        const QString notHers = tessa.moveRefusal(ReleaseStatus::Draft, ReleaseStatus::InReview, QStringLiteral("ivo"));
        QVERIFY2(notHers.contains(QLatin1String("ivo")), qPrintable(notHers));
        QVERIFY(!tessa.editRefusal(ReleaseStatus::Approved, QStringLiteral("tessa")).isEmpty());
    }

    void editorsApproveButDoNotPublish()
    {
        const WorkflowPolicy ivo(QStringLiteral("editor"), QStringLiteral("ivo"));
        QVERIFY(ivo.moveRefusal(ReleaseStatus::InReview, ReleaseStatus::Approved, QStringLiteral("tessa")).isEmpty());
        QVERIFY(ivo.moveRefusal(ReleaseStatus::Approved, ReleaseStatus::Draft, QStringLiteral("tessa")).isEmpty());
        QVERIFY(!ivo.moveRefusal(ReleaseStatus::Approved, ReleaseStatus::Published, QStringLiteral("tessa")).isEmpty());
        QVERIFY(!ivo.editRefusal(ReleaseStatus::Published, QStringLiteral("tessa")).isEmpty());
        QVERIFY(!ivo.editRefusal(ReleaseStatus::Archived, QStringLiteral("ivo")).isEmpty());
    }

    void publishersAndAdminsMayDoEverything()
    {
        for (const QString &role : { QStringLiteral("publisher"), QStringLiteral("admin"), QStringLiteral("owner") }) {
            const WorkflowPolicy policy(role, QStringLiteral("noor"));
            QVERIFY(policy.moveRefusal(ReleaseStatus::Approved, ReleaseStatus::Published, QString()).isEmpty());
            QVERIFY(policy.moveRefusal(ReleaseStatus::Published, ReleaseStatus::Archived, QString()).isEmpty());
            QVERIFY(policy.moveRefusal(ReleaseStatus::Published, ReleaseStatus::Approved, QString()).isEmpty());
        }
    }

    void strangersMayDoNothing()
    {
        const WorkflowPolicy stranger(QString(), QStringLiteral("guest"));
        QVERIFY(!stranger.editRefusal(ReleaseStatus::Draft, QStringLiteral("guest")).isEmpty());
        QVERIFY(!stranger.mayHold(ReleaseStatus::Draft));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowPolicy)
#include "tst_workflowpolicy.moc"
