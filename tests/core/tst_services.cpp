#include "services/speakerservice.h"
#include "storage/organizationrepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace pressdesk;

// The core services the editors, the import and the command line share.
class TestServices : public QObject
{
    Q_OBJECT

private:
    static int organizations(test::TestDatabase &fixture)
    {
        return fixture.scalar(QStringLiteral("SELECT count(*) FROM organizations")).toInt();
    }

private Q_SLOTS:
    // "New speaker…" saved the organization before it checked the speaker: an invalid
    // speaker left an orphan organization behind.
    void invalidSpeakerLeavesNoOrganization()
    {
        test::TestDatabase fixture;
        Speaker speaker;
        speaker.organizationName = QStringLiteral("Ministerio de Trabajo");
        speaker.email = QStringLiteral("not-an-address");
        const SpeakerService::Result result = SpeakerService(fixture.db()).save(speaker);
        QVERIFY(!result.ok);
        QVERIFY(!result.issues.isEmpty());
        QCOMPARE(result.issues.constFirst().field, QStringLiteral("full_name"));
        QCOMPARE(organizations(fixture), 0);
        QCOMPARE(speaker.id, qint64(0));
    }

    void newOrganizationIsCreatedWithTheSpeaker()
    {
        test::TestDatabase fixture;
        Speaker speaker;
        speaker.fullName = QStringLiteral("María José Hernández Peña");
        speaker.country = QStringLiteral("Costa Rica");
        speaker.organizationName = QStringLiteral("Ministerio de Trabajo");
        const SpeakerService::Result result = SpeakerService(fixture.db()).save(speaker);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.createdOrganization);
        QVERIFY(speaker.id > 0 && speaker.organizationId > 0);
        const Organization created = *OrganizationRepository(fixture.db()).load(speaker.organizationId);
        QCOMPARE(created.name, QStringLiteral("Ministerio de Trabajo"));
        QCOMPARE(created.country, QStringLiteral("Costa Rica"));

        // The same name (any case) is the same organization.
        Speaker colleague;
        colleague.fullName = QStringLiteral("Andrés Castañeda");
        colleague.organizationName = QStringLiteral("ministerio de trabajo");
        const SpeakerService::Result second = SpeakerService(fixture.db()).save(colleague);
        QVERIFY(second.ok);
        QVERIFY(!second.createdOrganization);
        QCOMPARE(colleague.organizationId, speaker.organizationId);
        QCOMPARE(organizations(fixture), 1);
    }

    // A save that fails after the organization was created takes the organization back.
    void failedSaveTakesBackTheOrganization()
    {
        test::TestDatabase fixture;
        const qint64 id = fixture.addSpeaker(QStringLiteral("Amina Wanjiru"));
        Speaker stale = *SpeakerRepository(fixture.db()).load(id);
        Speaker other = stale;
        other.title = QStringLiteral("Regional Director");
        QVERIFY(SpeakerRepository(fixture.db()).save(other)); // someone else saved first
        stale.organizationId = 0;
        stale.organizationName = QStringLiteral("Regional Development Fund");
        const SpeakerService::Result result = SpeakerService(fixture.db()).save(stale);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.createdOrganization);
        QCOMPARE(organizations(fixture), 0);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
