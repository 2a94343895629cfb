#include "demo/demonewsroom.h"
#include "demo/syntheticarchive.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QSet>
#include <QTest>

using namespace pressdesk;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newsroomCoversTheWorkflow()
    {
        test::TestDatabase fixture;
        DemoNewsroom demo(fixture.db());
        QCOMPARE(demo.install(), DemoNewsroom::Result::Added);
        QCOMPARE(demo.install(), DemoNewsroom::Result::AlreadyPresent);

        OrganizationRepository organizations(fixture.db());
        QVERIFY(organizations.ours().has_value());
        QVERIFY(!organizations.ours()->boilerplate.isEmpty());
        QVERIFY(SpeakerRepository(fixture.db()).count() >= 6);
        EventRepository eventRepository(fixture.db());
        const QList<Event> events = eventRepository.list();
        QCOMPARE(events.size(), 3);
        QSet<EventFormat> formats;
        bool twoDayCongress = false;
        for (const Event &summary : events) {
            formats.insert(summary.format);
            const Event event = *eventRepository.load(summary.id);
            if (event.format == EventFormat::Hybrid) {
                twoDayCongress = event.end.date() > event.start.date() && !event.edition.isEmpty();
                bool funder = false;
                for (const EventOrganization &link : event.organizations)
                    funder = funder || link.role == OrganizationRole::Funder;
                QVERIFY(funder);
            }
        }
        QCOMPARE(formats.size(), 3);
        QVERIFY(twoDayCongress);

        ReleaseRepository releases(fixture.db());
        const QList<Release> summaries = releases.summaries({});
        QVERIFY(summaries.size() >= 6);
        QSet<ReleaseStatus> statuses;
        int embargoed = 0;
        bool linkedTranslation = false;
        for (const Release &summary : summaries) {
            const Release release = *releases.load(summary.id);
            statuses.insert(release.status);
            embargoed += release.isEmbargoed() ? 1 : 0;
            QVERIFY2(release.quotes.size() >= 2 && release.quotes.size() <= 3, qPrintable(release.headline));
            QVERIFY(release.validate().isEmpty());
            for (const Release &other : summaries) {
                if (other.id != release.id && release.language == QLatin1String("es")
                    && other.language == QLatin1String("en") && other.translationGroup == release.translationGroup)
                    linkedTranslation = true;
            }
        }
        QCOMPARE(statuses.size(), 5);
        QCOMPARE(embargoed, 1);
        QVERIFY(linkedTranslation);
        QVERIFY(fixture.db().check().healthy);
    }

    void syntheticArchiveIsDeterministic()
    {
        test::TestDatabase a;
        test::TestDatabase b;
        QVERIFY(SyntheticArchive(a.db()).generate(120, 42));
        QVERIFY(SyntheticArchive(b.db()).generate(120, 42));
        const auto texts = [](test::TestDatabase &fixture) {
            QStringList all;
            for (qint64 id = 1; id <= 120; ++id)
                all.append(
                    fixture.scalar(QStringLiteral("SELECT uuid || headline || body FROM releases WHERE id = ?"), { id })
                        .toString());
            return all;
        };
        QCOMPARE(texts(a), texts(b));
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 120);
        QCOMPARE(a.indexedReleases(), 120);
        QVERIFY(a.scalar(QStringLiteral("SELECT count(*) FROM quotes")).toInt() >= 240);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM revisions")).toInt(), 0);

        test::TestDatabase c;
        QVERIFY(SyntheticArchive(c.db()).generate(120, 43));
        QVERIFY(texts(a) != texts(c));
    }

    void cancelledGenerationLeavesNothing()
    {
        test::TestDatabase fixture;
        SyntheticArchive archive(fixture.db());
        QVERIFY(!archive.generate(2500, 1, [](int done, int) { return done < 2000; }));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 0);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM speakers")).toInt(), 0);
        QCOMPARE(fixture.db().transactionDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
