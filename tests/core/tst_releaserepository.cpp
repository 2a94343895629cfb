#include "domain/domainjson.h"
#include "storage/eventrepository.h"
#include "storage/listreader.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace pressdesk;

class TestReleaseRepository : public QObject
{
    Q_OBJECT

private:
    // Number of releases the search index finds for the query (the search language).
    static int matches(test::TestDatabase &fixture, const QString &query)
    {
        ListQuery search;
        search.search = SearchQuery::parse(query);
        return ListReader(fixture.db()).count(search);
    }

    static Release fullRelease(test::TestDatabase &fixture, qint64 *eventId = nullptr)
    {
        const qint64 minister = fixture.addSpeaker(QStringLiteral("María José Hernández Peña"));
        const qint64 director = fixture.addSpeaker(QStringLiteral("Sofía Ramírez Quintanilla"));
        OrganizationRepository organizations(fixture.db());
        Organization ours;
        ours.name = QStringLiteral("UN-MIGEN Regional Office");
        ours.isOurs = true;
        if (!organizations.save(ours))
            qFatal("organization");
        EventRepository events(fixture.db());
        Event congress;
        congress.name = QStringLiteral("4th Regional Congress on Migrant Women");
        congress.timeZone = QStringLiteral("America/Costa_Rica");
        congress.start = QDateTime(QDate(2026, 7, 15), QTime(8, 30), QTimeZone("America/Costa_Rica"));
        congress.end = congress.start.addDays(1);
        if (!events.save(congress))
            qFatal("event: %s", qUtf8Printable(events.errorString()));
        if (eventId)
            *eventId = congress.id;

        Release release;
        release.language = QStringLiteral("es");
        release.translationGroup = QStringLiteral("group-1");
        release.status = ReleaseStatus::Approved;
        release.headline = QStringLiteral("Centroamérica adopta la Hoja de Ruta de San José sobre migración");
        release.subheadline = QStringLiteral("Ocho países firman compromisos con plazos");
        release.datelineCity = QStringLiteral("SAN JOSÉ");
        release.datelineCountry = QStringLiteral("Costa Rica");
        release.releaseDate = QDate(2026, 7, 16);
        release.embargoUntil = QDateTime(QDate(2026, 7, 16), QTime(15, 0), Qt::UTC);
        release.embargoTimeZone = QStringLiteral("America/Costa_Rica");
        release.lead = QStringLiteral("Los gobiernos acordaron hoy una hoja de ruta.");
        release.body = QStringLiteral("## Compromisos\n\n- **Inspección** laboral\n- Datos\n\nZürich, 移民.");
        release.boilerplate = QStringLiteral("Acerca de UN-MIGEN: …");
        release.notesToEditors = QStringLiteral("Fotos disponibles.");
        release.tags = { QStringLiteral("migración"), QStringLiteral("género") };
        release.author = QStringLiteral("Lucía Beltrán Orellana");
        release.organizationId = ours.id;
        release.quotes = { { 0, minister, QStringLiteral("Ninguna mujer debe elegir entre trabajar y estar segura."),
                               QStringLiteral("Viceministra de Trabajo y Seguridad Social de Costa Rica"), {} },
            { 0, director, QStringLiteral("Pasamos de los compromisos a los servicios."),
                QStringLiteral("Directora Regional para Centroamérica"), {} } };
        release.events = { EventRef { congress.id, {} } };
        release.contacts = { ContactRef { director, {}, {}, {}, {} } };
        return release;
    }

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestDatabase fixture;
        qint64 eventId = 0;
        Release release = fullRelease(fixture, &eventId);
        ReleaseRepository repository(fixture.db());
        QSignalSpy changed(&fixture.db(), &Database::changed);
        QVERIFY2(repository.save(release), qPrintable(repository.errorString()));
        QVERIFY(release.id > 0);
        QCOMPARE(release.version, 1);
        QVERIFY(!release.uuid.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<Entity>(), Entity::Release);
        QCOMPARE(changed.first().at(1).toLongLong(), release.id);

        const std::optional<Release> loaded = repository.load(release.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->uuid, release.uuid);
        QCOMPARE(loaded->language, QStringLiteral("es"));
        QCOMPARE(loaded->translationGroup, QStringLiteral("group-1"));
        QCOMPARE(loaded->status, ReleaseStatus::Approved);
        QCOMPARE(loaded->headline, release.headline);
        QCOMPARE(loaded->subheadline, release.subheadline);
        QCOMPARE(loaded->datelineCity, QStringLiteral("SAN JOSÉ"));
        QCOMPARE(loaded->datelineCountry, QStringLiteral("Costa Rica"));
        QCOMPARE(loaded->releaseDate, QDate(2026, 7, 16));
        QCOMPARE(loaded->embargoUntil, QDateTime(QDate(2026, 7, 16), QTime(15, 0), Qt::UTC));
        QCOMPARE(loaded->embargoTimeZone, QStringLiteral("America/Costa_Rica"));
        QCOMPARE(loaded->lead, release.lead);
        QCOMPARE(loaded->body, release.body);
        QCOMPARE(loaded->boilerplate, release.boilerplate);
        QCOMPARE(loaded->notesToEditors, release.notesToEditors);
        QCOMPARE(loaded->tags, release.tags);
        QCOMPARE(loaded->author, release.author);
        QCOMPARE(loaded->organizationId, release.organizationId);
        QCOMPARE(loaded->version, 1);
        QVERIFY(loaded->createdAt.isValid());
        QCOMPARE(loaded->updatedAt, release.updatedAt);
        QVERIFY(!loaded->deletedAt.isValid());
        QCOMPARE(loaded->quotes.size(), 2);
        QCOMPARE(loaded->quotes.at(0).speakerName, QStringLiteral("María José Hernández Peña"));
        QCOMPARE(loaded->quotes.at(0).attribution,
            QStringLiteral("Viceministra de Trabajo y Seguridad Social de Costa Rica"));
        QCOMPARE(loaded->quotes.at(1).text, QStringLiteral("Pasamos de los compromisos a los servicios."));
        QCOMPARE(loaded->events.size(), 1);
        QCOMPARE(loaded->events.at(0).id, eventId);
        QCOMPARE(loaded->events.at(0).name, QStringLiteral("4th Regional Congress on Migrant Women"));
        QCOMPARE(loaded->contacts.size(), 1);
        QCOMPARE(loaded->contacts.at(0).name, QStringLiteral("Sofía Ramírez Quintanilla"));
        QCOMPARE(repository.loadByUuid(release.uuid)->id, release.id);
    }

    void updateReplacesChildrenAndKeepsHistory()
    {
        test::TestDatabase fixture;
        Release release = fullRelease(fixture);
        ReleaseRepository repository(fixture.db());
        QVERIFY(repository.save(release));
        release.quotes.removeFirst();
        release.tags = { QStringLiteral("datos") };
        release.headline = QStringLiteral("Nuevo titular");
        QVERIFY2(repository.save(release), qPrintable(repository.errorString()));
        QCOMPARE(release.version, 2);
        const Release loaded = *repository.load(release.id);
        QCOMPARE(loaded.headline, QStringLiteral("Nuevo titular"));
        QCOMPARE(loaded.quotes.size(), 1);
        QCOMPARE(loaded.tags, QStringList { QStringLiteral("datos") });

        const QList<Revision> revisions = repository.revisions(release.id);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).version, 1);
        const QJsonObject first = QJsonDocument::fromJson(revisions.at(0).snapshot).object();
        QCOMPARE(first.value(QLatin1String("headline")).toString(),
            QStringLiteral("Centroamérica adopta la Hoja de Ruta de San José sobre migración"));
        QCOMPARE(QJsonDocument::fromJson(revisions.at(1).snapshot).object().value(QLatin1String("headline")).toString(),
            QStringLiteral("Nuevo titular"));
    }

    void failedSaveRollsBackEverything()
    {
        test::TestDatabase fixture;
        Release release = fullRelease(fixture);
        ReleaseRepository repository(fixture.db());
        QVERIFY(repository.save(release));
        const int revisions = fixture.scalar(QStringLiteral("SELECT count(*) FROM revisions")).toInt();

        // A quote by a speaker that does not exist fails on its foreign key after the row
        // and the tags were already written: all of it must be undone.
        Release broken = release;
        broken.headline = QStringLiteral("Should never be stored");
        broken.tags = { QStringLiteral("ghost") };
        broken.quotes.append({ 0, 987654, QStringLiteral("Ghost words."), QString(), {} });
        QSignalSpy changed(&fixture.db(), &Database::changed);
        QVERIFY(!repository.save(broken));
        QVERIFY2(repository.errorString().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
            qPrintable(repository.errorString()));
        QCOMPARE(changed.count(), 0);
        const Release loaded = *repository.load(release.id);
        QCOMPARE(loaded.headline, release.headline);
        QCOMPARE(loaded.tags, release.tags);
        QCOMPARE(loaded.quotes.size(), 2);
        QCOMPARE(loaded.version, 1);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM revisions")).toInt(), revisions);
        QCOMPARE(matches(fixture, QStringLiteral("never")), 0);

        // A failing new release leaves no row at all.
        Release fresh = fixture.makeRelease(QStringLiteral("Orphan quote"), { 424242 });
        QVERIFY(!repository.save(fresh));
        QCOMPARE(fresh.id, 0);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 1);
        QCOMPARE(fixture.db().transactionDepth(), 0);
    }

    void invalidReleaseIsRefused()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release release;
        release.status = ReleaseStatus::Published;
        QVERIFY(!repository.save(release));
        QVERIFY(repository.errorString().contains(QLatin1String("headline")));
        QVERIFY(repository.errorString().contains(QLatin1String("body")));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 0);
    }

    void searchIndexFollowsEveryWrite()
    {
        test::TestDatabase fixture;
        Release release = fullRelease(fixture);
        ReleaseRepository repository(fixture.db());
        QVERIFY(repository.save(release));
        // Accent-insensitive, over headline, body, quotes and quoted speakers' names.
        QCOMPARE(matches(fixture, QStringLiteral("migracion")), 1);
        QCOMPARE(matches(fixture, QStringLiteral("inspeccion")), 1);
        QCOMPARE(matches(fixture, QStringLiteral("zurich")), 1);
        QCOMPARE(matches(fixture, QStringLiteral("segura")), 1);
        QCOMPARE(matches(fixture, QStringLiteral("hernandez")), 1);
        QCOMPARE(matches(fixture, QStringLiteral("viceministra")), 1);
        QCOMPARE(matches(fixture, QStringLiteral("hoj*")), 1);

        release.headline = QStringLiteral("Titular sobre remesas");
        release.body = QStringLiteral("Texto nuevo.");
        QVERIFY(repository.save(release));
        QCOMPARE(matches(fixture, QStringLiteral("zurich")), 0);
        QCOMPARE(matches(fixture, QStringLiteral("remesas")), 1);
        QCOMPARE(fixture.indexedReleases(), 1);

        // A speaker's new name is found in the releases that quote them.
        SpeakerRepository speakers(fixture.db());
        Speaker minister = *speakers.load(release.quotes.at(0).speakerId);
        minister.fullName = QStringLiteral("María José Hernández de Quirós");
        QVERIFY(speakers.save(minister));
        QCOMPARE(matches(fixture, QStringLiteral("quiros")), 1);
        QCOMPARE(matches(fixture, QStringLiteral("pena")), 0);

        QVERIFY(repository.moveToTrash(release.id));
        QVERIFY(repository.load(release.id)->deletedAt.isValid());
        QCOMPARE(matches(fixture, QStringLiteral("remesas")), 0);
        QVERIFY(repository.restore(release.id));
        QCOMPARE(matches(fixture, QStringLiteral("remesas")), 1);
        QVERIFY(repository.purge(release.id));
        QCOMPARE(matches(fixture, QStringLiteral("remesas")), 0);
        QVERIFY(!repository.load(release.id));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM quotes")).toInt(), 0);
        QVERIFY(fixture.db().check().healthy);
    }

    void hostileTextIsStoredLiterally()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release release = fixture.makeRelease(QStringLiteral("'); DROP TABLE releases; -- <script>alert(1)</script>"));
        release.body = QStringLiteral("\" OR 1=1 -- \u202Eevil\u200B NEAR( *");
        QVERIFY(repository.save(release));
        const Release loaded = *repository.load(release.id);
        QCOMPARE(loaded.headline, release.headline);
        QCOMPARE(loaded.body, release.body);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 1);
    }

    // Text pasted from a broken source can hold half a UTF-16 pair. The release and its
    // revision still save on both backends (PostgreSQL's jsonb refuses the \uD800 escape
    // QJsonDocument would write), the snapshot holding U+FFFD in its place.
    void loneSurrogateSavesWithItsRevision()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release release = fixture.makeRelease(QStringLiteral("Broken ") + QChar(0xD800) + QStringLiteral(" pair"));
        release.body = QStringLiteral("A \\ud800 typed literally, then a lone low half ") + QChar(0xDC00)
            + QStringLiteral(" and a whole pair \U0001F600.");
        QVERIFY2(repository.save(release), qPrintable(repository.errorString()));
        const QList<Revision> revisions = repository.revisions(release.id);
        QCOMPARE(revisions.size(), 1);
        const QJsonObject snapshot = QJsonDocument::fromJson(revisions.at(0).snapshot).object();
        QCOMPARE(snapshot.value(QLatin1String("headline")).toString(), QStringLiteral("Broken \uFFFD pair"));
        QCOMPARE(snapshot.value(QLatin1String("body")).toString(),
            QStringLiteral("A \\ud800 typed literally, then a lone low half \uFFFD and a whole pair \U0001F600."));
    }

    void summariesFilterByStatus()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        for (int i = 0; i < 5; ++i) {
            Release release = fixture.makeRelease(QStringLiteral("Release %1").arg(i));
            release.status = i % 2 ? ReleaseStatus::InReview : ReleaseStatus::Draft;
            release.releaseDate = QDate(2026, 1, 1 + i);
            QVERIFY(repository.save(release));
        }
        QCOMPARE(repository.summaries({}).size(), 5);
        QCOMPARE(repository.summaries({}).first().headline, QStringLiteral("Release 4"));
        QCOMPARE(repository.summaries({ ReleaseStatus::InReview, -1 }).size(), 2);
        QCOMPARE(repository.summaries({ std::nullopt, 3 }).size(), 3);
        QVERIFY(repository.summaries({}).first().body.isEmpty());
    }

    // An approved release that was edited stayed "Approved": what would be published was
    // no longer what had been approved.
    void editingAnApprovedReleaseReturnsItToReview()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release release =
            fixture.makeCompleteRelease(QStringLiteral("Ministers adopt a regional plan"), ReleaseStatus::Approved);
        QVERIFY2(repository.save(release), qPrintable(repository.errorString()));
        QVERIFY(!repository.returnedToReview());

        // Saved again unchanged (or with only its author changed): still approved.
        release.author = QStringLiteral("Head of Communications");
        QVERIFY(repository.save(release));
        QVERIFY(!repository.returnedToReview());
        QCOMPARE(repository.load(release.id)->status, ReleaseStatus::Approved);

        release.body += QStringLiteral(" A fourth was added after approval.");
        QVERIFY(repository.save(release));
        QVERIFY(repository.returnedToReview());
        QCOMPARE(release.status, ReleaseStatus::InReview);
        QCOMPARE(repository.load(release.id)->status, ReleaseStatus::InReview);
    }
};

QTEST_GUILESS_MAIN(TestReleaseRepository)
#include "tst_releaserepository.moc"
