#include "services/releaseservice.h"
#include "services/speakerservice.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
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

    // A save over someone else's: the resolver decides; mine goes on top of theirs as a
    // new revision, theirs can be taken, or nothing is saved.
    void releaseConflictsAreSettledByTheResolver()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("First headline"));
        ReleaseService service(fixture.db());
        QVERIFY(service.save(release, QStringLiteral("ana")).ok);
        Release mine = release;
        Release theirs = release;
        theirs.headline = QStringLiteral("Their headline");
        QVERIFY(ReleaseRepository(fixture.db()).save(theirs));
        mine.headline = QStringLiteral("My headline");

        // Stop: nothing saved, the error says why.
        Release stopped = mine;
        int asked = 0;
        ReleaseService::Result result =
            service.save(stopped, QStringLiteral("ana"), [&](const Release &, const Release &) {
                ++asked;
                return std::optional<ReleaseService::Resolution>();
            });
        QVERIFY(!result.ok);
        QCOMPARE(asked, 1);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(ReleaseRepository(fixture.db()).load(release.id)->headline, QStringLiteral("Their headline"));

        // Mine on top of theirs.
        Release kept = mine;
        result = service.save(kept, QStringLiteral("ana"), [](const Release &m, const Release &t) {
            Q_UNUSED(t);
            return std::optional<ReleaseService::Resolution>(ReleaseService::Resolution { false, m });
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(kept.headline, QStringLiteral("My headline"));
        QCOMPARE(ReleaseRepository(fixture.db()).load(release.id)->headline, QStringLiteral("My headline"));
        QVERIFY(kept.version > theirs.version);

        // Theirs taken: the stored version comes back, nothing new is written.
        Release other = kept;
        other.headline = QStringLiteral("Someone else again");
        QVERIFY(ReleaseRepository(fixture.db()).save(other));
        Release stale = kept;
        stale.headline = QStringLiteral("Stale edit");
        result = service.save(stale, QStringLiteral("ana"), [](const Release &, const Release &) {
            return std::optional<ReleaseService::Resolution>(ReleaseService::Resolution { true, {} });
        });
        QVERIFY(result.ok && result.tookTheirs);
        QCOMPARE(stale.headline, QStringLiteral("Someone else again"));
    }

    void translationJoinsTheGroup()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("Original"));
        QVERIFY(ReleaseService(fixture.db()).save(release, QStringLiteral("ana")).ok);
        QString error;
        const qint64 id = ReleaseService(fixture.db())
                              .createTranslation(release, QStringLiteral("es"), QStringLiteral("ana"), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const Release translation = *ReleaseRepository(fixture.db()).load(id);
        QCOMPARE(translation.language, QStringLiteral("es"));
        QCOMPARE(translation.translationGroup, release.translationGroup);
        QCOMPARE(translation.status, ReleaseStatus::Draft);
    }

    // A quote starts with the speaker's title and organization, but not the organization
    // again when the title already names it.
    void attributionNamesTheOrganizationOnce()
    {
        test::TestDatabase fixture;
        SpeakerService service(fixture.db());
        QVERIFY(!service.attribution(4242));

        Speaker director;
        director.fullName = QStringLiteral("Amina Wanjiru");
        director.title = QStringLiteral("Regional Director");
        director.organizationName = QStringLiteral("Regional Development Fund");
        QVERIFY(service.save(director).ok);
        QCOMPARE(*service.attribution(director.id), QStringLiteral("Regional Director, Regional Development Fund"));

        Speaker minister;
        minister.fullName = QStringLiteral("María José Hernández Peña");
        minister.title = QStringLiteral("Vice Minister of Labour of Costa Rica");
        minister.organizationName = QStringLiteral("Ministry of Labour of Costa Rica");
        QVERIFY(service.save(minister).ok);
        QCOMPARE(*service.attribution(minister.id), QStringLiteral("Vice Minister of Labour of Costa Rica"));

        const qint64 untitled = fixture.addSpeaker(QStringLiteral("Andrés Castañeda"), QString());
        QCOMPARE(*service.attribution(untitled), QString());
    }

    void contactCarriesTheSpeakersDetails()
    {
        test::TestDatabase fixture;
        SpeakerService service(fixture.db());
        QVERIFY(!service.contact(4242));
        Speaker speaker;
        speaker.fullName = QStringLiteral("Amina Wanjiru");
        speaker.title = QStringLiteral("Press Officer");
        speaker.email = QStringLiteral("amina@example.org");
        speaker.phone = QStringLiteral("+254 20 000000");
        QVERIFY(service.save(speaker).ok);
        const ContactRef contact = *service.contact(speaker.id);
        QCOMPARE(contact.id, speaker.id);
        QCOMPARE(contact.name, speaker.fullName);
        QCOMPARE(contact.title, speaker.title);
        QCOMPARE(contact.email, speaker.email);
        QCOMPARE(contact.phone, speaker.phone);
    }

    // A release speaks for its own organization, else for ours.
    void releaseOrganizationFallsBackToOurs()
    {
        test::TestDatabase fixture;
        ReleaseService service(fixture.db());
        Release release = fixture.makeRelease(QStringLiteral("Launch"));
        QVERIFY(!service.organizationFor(release));

        OrganizationRepository organizations(fixture.db());
        Organization ours;
        ours.name = QStringLiteral("Our Agency");
        ours.isOurs = true;
        QVERIFY(organizations.save(ours));
        Organization partner;
        partner.name = QStringLiteral("Partner Fund");
        QVERIFY(organizations.save(partner));

        QCOMPARE(service.organizationFor(release)->id, ours.id);
        release.organizationId = partner.id;
        QCOMPARE(service.organizationFor(release)->id, partner.id);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
