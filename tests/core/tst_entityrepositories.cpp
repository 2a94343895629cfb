#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace pressdesk;

class TestEntityRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organizationRoundTripAndOurs()
    {
        test::TestDatabase fixture;
        OrganizationRepository repository(fixture.db());
        Organization first;
        first.name = QStringLiteral("UN-MIGEN Regional Office for Central America");
        first.shortName = QStringLiteral("UN-MIGEN");
        first.country = QStringLiteral("El Salvador");
        first.website = QStringLiteral("https://unmigen.example.org");
        first.address = QStringLiteral("Paseo General Escalón 4500, San Salvador");
        first.boilerplate = QStringLiteral("UN-MIGEN works for safe migration.");
        static constexpr char logo[] = "\x89PNG\r\n\x1a\n binary \0 logo";
        first.logo = QByteArray(logo, sizeof logo - 1);
        QVERIFY(first.logo.contains('\0'));
        first.isOurs = true;
        QVERIFY2(repository.save(first), qPrintable(repository.errorString()));
        const Organization loaded = *repository.load(first.id);
        QCOMPARE(loaded.name, first.name);
        QCOMPARE(loaded.shortName, first.shortName);
        QCOMPARE(loaded.country, first.country);
        QCOMPARE(loaded.website, first.website);
        QCOMPARE(loaded.address, first.address);
        QCOMPARE(loaded.boilerplate, first.boilerplate);
        QCOMPARE(loaded.logo, first.logo);
        QVERIFY(loaded.isOurs);
        QCOMPARE(repository.findByName(QStringLiteral("un-migen")), first.id);

        Organization second;
        second.name = QStringLiteral("Another office");
        second.isOurs = true;
        QVERIFY(repository.save(second));
        QCOMPARE(repository.ours()->id, second.id);
        QVERIFY(!repository.load(first.id)->isOurs);

        Organization invalid;
        QVERIFY(!repository.save(invalid));
        QVERIFY(repository.errorString().startsWith(QLatin1String("name:")));
    }

    void speakerRoundTrip()
    {
        test::TestDatabase fixture;
        OrganizationRepository organizations(fixture.db());
        Organization ministry;
        ministry.name = QStringLiteral("Ministry of Labour and Social Welfare");
        QVERIFY(organizations.save(ministry));

        SpeakerRepository repository(fixture.db());
        Speaker speaker;
        speaker.honorific = QStringLiteral("H.E.");
        speaker.fullName = QStringLiteral("María José Hernández Peña");
        speaker.title = QStringLiteral("Vice Minister of Labour and Social Welfare");
        speaker.organizationId = ministry.id;
        speaker.country = QStringLiteral("Costa Rica");
        speaker.email = QStringLiteral("mj.hernandez@mtss.example.org");
        speaker.phone = QStringLiteral("+506 2542 0000");
        speaker.bio = QStringLiteral("Labour lawyer.");
        speaker.photo = QByteArray(1000, '\x7f');
        speaker.languages = { QStringLiteral("es"), QStringLiteral("en") };
        speaker.notes = QStringLiteral("Prefers \"Viceministra\" in Spanish releases.");
        QVERIFY2(repository.save(speaker), qPrintable(repository.errorString()));
        QCOMPARE(speaker.sortName, QStringLiteral("Hernández Peña, María José"));
        const Speaker loaded = *repository.load(speaker.id);
        QCOMPARE(loaded.honorific, speaker.honorific);
        QCOMPARE(loaded.fullName, speaker.fullName);
        QCOMPARE(loaded.sortName, speaker.sortName);
        QCOMPARE(loaded.title, speaker.title);
        QCOMPARE(loaded.organizationId, ministry.id);
        QCOMPARE(loaded.organizationName, ministry.name);
        QCOMPARE(loaded.country, speaker.country);
        QCOMPARE(loaded.email, speaker.email);
        QCOMPARE(loaded.phone, speaker.phone);
        QCOMPARE(loaded.bio, speaker.bio);
        QCOMPARE(loaded.photo, speaker.photo);
        QCOMPARE(loaded.languages, speaker.languages);
        QCOMPARE(loaded.notes, speaker.notes);
        QCOMPARE(repository.list().size(), 1);
    }

    void quotedSpeakerCannotBePurged()
    {
        test::TestDatabase fixture;
        const qint64 speakerId = fixture.addSpeaker(QStringLiteral("Sofía Ramírez Quintanilla"));
        ReleaseRepository releases(fixture.db());
        Release release = fixture.makeRelease(QStringLiteral("Congress opens in San José"), { speakerId });
        QVERIFY(releases.save(release));

        SpeakerRepository speakers(fixture.db());
        QVERIFY(speakers.moveToTrash(speakerId));
        QCOMPARE(speakers.count(), 0);
        QCOMPARE(speakers.count(true), 1);
        QVERIFY(!speakers.purge(speakerId));
        QVERIFY2(speakers.errorString().contains(QStringLiteral("Congress opens in San José")),
            qPrintable(speakers.errorString()));
        QVERIFY(speakers.exists(speakerId, true));
        QVERIFY(speakers.restore(speakerId));
        QCOMPARE(speakers.count(), 1);

        QVERIFY(releases.purge(release.id));
        QVERIFY(speakers.purge(speakerId));
        QVERIFY(!speakers.exists(speakerId, true));
        QVERIFY(!speakers.moveToTrash(speakerId));
        QVERIFY(speakers.errorString().contains(QLatin1String("no speaker")));
    }

    void eventRoundTripWithRoles()
    {
        test::TestDatabase fixture;
        OrganizationRepository organizations(fixture.db());
        Organization ours;
        ours.name = QStringLiteral("UN-MIGEN");
        QVERIFY(organizations.save(ours));
        Organization funder;
        funder.name = QStringLiteral("Danube Agency for Development Cooperation");
        QVERIFY(organizations.save(funder));
        const qint64 keynote = fixture.addSpeaker(QStringLiteral("José Ángel Müller"));

        EventRepository repository(fixture.db());
        const QTimeZone zone("America/Costa_Rica");
        Event event;
        event.name = QStringLiteral("Regional Congress on Migrant Women");
        event.edition = QStringLiteral("4th");
        event.description = QStringLiteral("Two days of work.");
        event.timeZone = QStringLiteral("America/Costa_Rica");
        event.start = QDateTime(QDate(2026, 7, 15), QTime(8, 30), zone);
        event.end = QDateTime(QDate(2026, 7, 16), QTime(17, 30), zone);
        event.format = EventFormat::Hybrid;
        event.venue = QStringLiteral("Centro de Convenciones");
        event.city = QStringLiteral("San José");
        event.country = QStringLiteral("Costa Rica");
        event.onlineUrl = QStringLiteral("https://congress.example.org/live");
        event.organizations = { { ours.id, OrganizationRole::Organizer, {} },
            { funder.id, OrganizationRole::Funder, {} } };
        event.speakers = { { keynote, SpeakerRole::Keynote, {} } };
        QVERIFY2(repository.save(event), qPrintable(repository.errorString()));

        const Event loaded = *repository.load(event.id);
        QCOMPARE(loaded.name, event.name);
        QCOMPARE(loaded.edition, event.edition);
        QCOMPARE(loaded.description, event.description);
        QCOMPARE(loaded.start, event.start);
        QCOMPARE(loaded.end, event.end);
        QCOMPARE(loaded.start.timeZone().id(), QByteArray("America/Costa_Rica"));
        QCOMPARE(loaded.startText(), QStringLiteral("2026-07-15T08:30:00"));
        QCOMPARE(loaded.format, EventFormat::Hybrid);
        QCOMPARE(loaded.venue, event.venue);
        QCOMPARE(loaded.city, event.city);
        QCOMPARE(loaded.country, event.country);
        QCOMPARE(loaded.onlineUrl, event.onlineUrl);
        QCOMPARE(loaded.organizations.size(), 2);
        QCOMPARE(loaded.organizations.at(1).role, OrganizationRole::Funder);
        QCOMPARE(loaded.organizations.at(1).organizationName, funder.name);
        QCOMPARE(loaded.speakers.size(), 1);
        QCOMPARE(loaded.speakers.at(0).role, SpeakerRole::Keynote);
        QCOMPARE(loaded.speakers.at(0).speakerName, QStringLiteral("José Ángel Müller"));

        // An organization taking part cannot be purged; the message says why.
        QVERIFY(!organizations.purge(funder.id));
        QVERIFY(organizations.errorString().contains(QLatin1String("event")));

        Event allDay;
        allDay.name = QStringLiteral("Workshop");
        allDay.allDay = true;
        allDay.start = Event::parseMoment(QStringLiteral("2026-03-18"), {});
        allDay.end = allDay.start;
        QVERIFY(repository.save(allDay));
        QCOMPARE(repository.load(allDay.id)->startText(), QStringLiteral("2026-03-18"));
        QVERIFY(repository.load(allDay.id)->allDay);

        Event backwards = event;
        backwards.id = 0;
        backwards.end = event.start.addDays(-1);
        QVERIFY(!repository.save(backwards));
        QVERIFY(repository.errorString().startsWith(QLatin1String("end:")));
    }
};

QTEST_GUILESS_MAIN(TestEntityRepositories)
#include "tst_entityrepositories.moc"
