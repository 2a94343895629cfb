#include "demo/demonewsroom.h"
#include "demo/syntheticarchive.h"
#include "models/eventlistmodel.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "models/speakerlistmodel.h"
#include "search/snippet.h"
#include "storage/listreader.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace pressdesk;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    qint64 m_headlineHit = 0;
    qint64 m_bodyHit = 0;

    QStringList headlines(const QString &input)
    {
        ReleaseListModel model(m_fixture.db());
        model.setSearch(SearchQuery::parse(input));
        while (model.canFetchMore({}))
            model.fetchMore({});
        if (!model.lastError().isEmpty())
            qWarning("%s", qUtf8Printable(model.lastError()));
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, ReleaseListModel::Headline).data().toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(DemoNewsroom(m_fixture.db()).install(), DemoNewsroom::Result::Added);
        ReleaseRepository releases(m_fixture.db());
        const qint64 speaker =
            m_fixture.addSpeaker(QStringLiteral("Amélie Lefèvre"), QStringLiteral("Ministre déléguée"));
        Release inHeadline = m_fixture.makeRelease(QStringLiteral("Zygomorphic orchids bloom in Zürich"), { speaker });
        inHeadline.body = QStringLiteral("A short note.");
        inHeadline.language = QStringLiteral("fr");
        inHeadline.tags = { QStringLiteral("botany") };
        QVERIFY(releases.save(inHeadline));
        m_headlineHit = inHeadline.id;
        Release inBody = m_fixture.makeRelease(QStringLiteral("Garden report"));
        inBody.body = QStringLiteral("Among the plants, zygomorphic flowers were counted. Élan, façade, niño.");
        inBody.status = ReleaseStatus::InReview;
        inBody.author = QStringLiteral("Lucía Beltrán");
        QVERIFY(releases.save(inBody));
        m_bodyHit = inBody.id;
    }

    void accentInsensitiveInThreeLanguages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("es proteccion") << QStringLiteral("proteccion ") << QString();
        QTest::newRow("es niño") << QStringLiteral("nino ") << QStringLiteral("Garden report");
        QTest::newRow("fr façade") << QStringLiteral("facade ") << QStringLiteral("Garden report");
        QTest::newRow("fr élan typed with accent") << QStringLiteral("élan ") << QStringLiteral("Garden report");
        QTest::newRow("fr speaker") << QStringLiteral("lefevre ")
                                    << QStringLiteral("Zygomorphic orchids bloom in Zürich");
        QTest::newRow("en zurich") << QStringLiteral("ZURICH ")
                                   << QStringLiteral("Zygomorphic orchids bloom in Zürich");
        QTest::newRow("prefix while typing") << QStringLiteral("zygomor") << QString();
    }

    void accentInsensitiveInThreeLanguages()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QStringList found = headlines(input);
        QVERIFY2(!found.isEmpty(), qPrintable(input));
        if (!expected.isEmpty())
            QVERIFY2(found.contains(expected), qPrintable(found.join(QLatin1String(" | "))));
    }

    void headlineRanksAboveBody()
    {
        const QStringList found = headlines(QStringLiteral("zygomorphic "));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first(), QStringLiteral("Zygomorphic orchids bloom in Zürich"));
    }

    void phraseOrAndExclusion()
    {
        QCOMPARE(
            headlines(QStringLiteral("\"zygomorphic flowers\" ")), QStringList { QStringLiteral("Garden report") });
        QCOMPARE(headlines(QStringLiteral("orchids OR plants ")).size(), 2);
        QCOMPARE(headlines(QStringLiteral("zygomorphic -garden -plants ")),
            QStringList { QStringLiteral("Zygomorphic orchids bloom in Zürich") });
        // Only exclusions: everything except the matches.
        const QStringList rest = headlines(QStringLiteral("-zygomorphic "));
        QCOMPARE(rest.size(), 8);
    }

    void filtersCombineWithText()
    {
        QCOMPARE(headlines(QStringLiteral("zygomorphic status:in_review ")),
            QStringList { QStringLiteral("Garden report") });
        QCOMPARE(headlines(QStringLiteral("zygomorphic lang:fr ")),
            QStringList { QStringLiteral("Zygomorphic orchids bloom in Zürich") });
        QCOMPARE(headlines(QStringLiteral("tag:botany")),
            QStringList { QStringLiteral("Zygomorphic orchids bloom in Zürich") });
        QCOMPARE(
            headlines(QStringLiteral("author:lucía zygomorphic ")), QStringList { QStringLiteral("Garden report") });
        QCOMPARE(headlines(QStringLiteral("speaker:\"Amelie Lefevre\"")),
            QStringList { QStringLiteral("Zygomorphic orchids bloom in Zürich") });
        QVERIFY(headlines(QStringLiteral("lang:es")).size() >= 1);
        QCOMPARE(headlines(QStringLiteral("embargoed:yes")).size(), 1);
        QVERIFY(headlines(QStringLiteral("event:congress")).size() >= 2);
        for (const QString &headline : headlines(QStringLiteral("after:2026-07-01 before:2026-08-01")))
            QVERIFY(!headline.isEmpty());
        QCOMPARE(headlines(QStringLiteral("before:2000-01-01")).size(), 0);
    }

    void hostileInputIsLiteral()
    {
        for (const char *input : { "\"", "\"\"", "*", "NEAR(", "a AND", "AND OR NOT", "'; DROP TABLE releases; --",
                 "releases_fts MATCH '*'", "-", "--", "(", ")", ":", "speaker:\"", "\\", "%_%" }) {
            ReleaseListModel model(m_fixture.db());
            model.setSearch(SearchQuery::parse(QString::fromUtf8(input)));
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        }
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 10);
    }

    void snippetsMarkTheMatch()
    {
        ReleaseListModel model(m_fixture.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(SearchQuery::parse(QStringLiteral("counted ")));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sortColumn(), ListModel::relevanceColumn);
        const QString snippet = model.index(0, ReleaseListModel::Match).data().toString();
        QVERIFY2(snippet.contains(Snippet::highlightStart + QStringLiteral("counted") + Snippet::highlightEnd),
            qPrintable(snippet));
        // A chosen column overrides relevance; clearing the search returns to the default order.
        model.sort(ReleaseListModel::Headline, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(ReleaseListModel::Headline));
        model.setSearch({});
        QCOMPARE(model.index(0, ReleaseListModel::Match).data().toString(), QString());
        QCOMPARE(model.totalCount(), 10);
    }

    // The passage comes from the part of the release that matches, on both backends (FTS5's
    // snippet() picks its best column; a server picks by the vector's weights): a speaker's
    // name, a quote, the headline, the body.
    void passagesComeFromThePartThatMatches()
    {
        const qint64 speaker = m_fixture.addSpeaker(QStringLiteral("Itzel Ramírez Tlapa"), QStringLiteral("Mayor"));
        Release release = m_fixture.makeRelease(QStringLiteral("Water councils meet in the highlands"), { speaker });
        release.quotes[0].text = QStringLiteral("Tlaxcala shows what shared wells can do.");
        release.body = QStringLiteral("The councils agreed on a calendar. Their cisterns were inspected.");
        ReleaseRepository releases(m_fixture.db());
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        const auto passage = [this, &release](const QString &typed) {
            ReleaseListModel model(m_fixture.db());
            model.setSearch(SearchQuery::parse(typed));
            while (model.canFetchMore({}))
                model.fetchMore({});
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.idAt(row) == release.id)
                    return model.index(row, ReleaseListModel::Match).data().toString();
            }
            return QStringLiteral("(not listed)");
        };
        const auto marked = [](const QString &word) {
            return Snippet::highlightStart + word + Snippet::highlightEnd;
        };
        QVERIFY2(passage(QStringLiteral("ramirez ")).contains(marked(QStringLiteral("Ramírez"))),
            qPrintable(passage(QStringLiteral("ramirez "))));
        QVERIFY2(passage(QStringLiteral("tlaxcala ")).contains(marked(QStringLiteral("Tlaxcala"))),
            qPrintable(passage(QStringLiteral("tlaxcala "))));
        QVERIFY2(passage(QStringLiteral("highlands ")).contains(marked(QStringLiteral("highlands"))),
            qPrintable(passage(QStringLiteral("highlands "))));
        QVERIFY2(passage(QStringLiteral("cisterns ")).contains(marked(QStringLiteral("cisterns"))),
            qPrintable(passage(QStringLiteral("cisterns "))));
        // Words in two parts: a passage with one of them marked (the best part in a file; the
        // whole text on a server).
        const QString spread = passage(QStringLiteral("highlands cisterns "));
        QVERIFY2(
            spread.contains(marked(QStringLiteral("highlands"))) || spread.contains(marked(QStringLiteral("cisterns"))),
            qPrintable(spread));
        // A speaker's name and the body: no part holds both, yet a word is marked (a server
        // showed the text's first words, unmarked).
        const QString apart = passage(QStringLiteral("tlapa cisterns "));
        QVERIFY2(apart.contains(marked(QStringLiteral("Tlapa"))) || apart.contains(marked(QStringLiteral("cisterns"))),
            qPrintable(apart));
    }

    // The word being typed is marked like the words before it. In a release in English a
    // server marked with the language's stems, and "Provincial" ('provinci') is not a word that
    // "provincial" begins: only the finished words were marked.
    void passagesMarkTheWordBeingTyped()
    {
        ReleaseRepository releases(m_fixture.db());
        Release release =
            m_fixture.makeRelease(QStringLiteral("Provincial ombudspersons agree on shared labour inspections"));
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        ReleaseListModel model(m_fixture.db());
        model.setSearch(SearchQuery::parse(QStringLiteral("ombudspersons provincial")));
        model.fetchMore({});
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), release.id);
        const QString passage = model.index(0, ReleaseListModel::Match).data().toString();
        for (const QString &word : { QStringLiteral("Provincial"), QStringLiteral("ombudspersons") })
            QVERIFY2(passage.contains(Snippet::highlightStart + word + Snippet::highlightEnd), qPrintable(passage));
        QVERIFY2(!passage.contains(QString(Snippet::highlightStart) + Snippet::highlightStart), qPrintable(passage));
        QVERIFY(releases.moveToTrash(release.id));
    }

    // Text between angle brackets is text: PostgreSQL's parser took "<…>" for an HTML tag and
    // left its words out of the search and out of the passage; a file's search sees them.
    void angleBracketsAreText()
    {
        ReleaseRepository releases(m_fixture.db());
        Release release =
            m_fixture.makeRelease(QStringLiteral("<script>alert('tecolote')</script> Forum on a<b and c>d"));
        release.body = QStringLiteral("Write to the <press office> for the agenda.");
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        const auto find = [this](const QString &typed) {
            ReleaseListModel model(m_fixture.db());
            model.setSearch(SearchQuery::parse(typed));
            model.fetchMore({});
            return model.rowCount() == 1 ? model.index(0, ReleaseListModel::Match).data().toString()
                                         : QStringLiteral("(%1 rows) %2").arg(model.rowCount()).arg(model.lastError());
        };
        const auto marked = [](const QString &word) {
            return Snippet::highlightStart + word + Snippet::highlightEnd;
        };
        const QString script = find(QStringLiteral("tecolote "));
        QVERIFY2(script.contains(marked(QStringLiteral("tecolote"))), qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("</script>")), qPrintable(script));
        QVERIFY2(find(QStringLiteral("office agenda ")).contains(QStringLiteral("<press ")),
            "the body's words are searched");
        const QString inside = find(QStringLiteral("alert forum "));
        QVERIFY2(inside.contains(marked(QStringLiteral("alert"))), qPrintable(inside));
        const QString between = find(QStringLiteral("\"b and c\" "));
        // (FTS5 marks the phrase as one, a server each of its words.)
        QVERIFY2(
            between.contains(QStringLiteral("a<") + Snippet::highlightStart + QLatin1Char('b')), qPrintable(between));

        const qint64 speaker =
            m_fixture.addSpeaker(QStringLiteral("Ixchel Tun"), QStringLiteral("Lead <Gender & Quinoa Youth>"));
        SpeakerListModel speakers(m_fixture.db());
        speakers.setSearch(SearchQuery::parse(QStringLiteral("quinoa ")));
        speakers.fetchMore({});
        QCOMPARE(speakers.rowCount(), 1);
        const QString title = speakers.index(0, SpeakerListModel::Match).data().toString();
        QVERIFY2(title.contains(QStringLiteral("<Gender & ") + marked(QStringLiteral("Quinoa"))), qPrintable(title));
        QVERIFY(SpeakerRepository(m_fixture.db()).moveToTrash(speaker));
        QVERIFY(releases.moveToTrash(release.id));
    }

    void speakersAndEventsSearch()
    {
        SpeakerListModel speakers(m_fixture.db());
        speakers.setSearch(SearchQuery::parse(QStringLiteral("viceministra OR \"vice minister\" ")));
        speakers.fetchMore({});
        QVERIFY(speakers.rowCount() >= 1);
        speakers.setSearch(SearchQuery::parse(QStringLiteral("lefe")));
        QCOMPARE(speakers.rowCount(), 1);
        QCOMPARE(speakers.index(0, SpeakerListModel::Name).data().toString(), QStringLiteral("Amélie Lefèvre"));
        EventListModel events(m_fixture.db());
        events.setSearch(SearchQuery::parse(QStringLiteral("congress ")));
        events.fetchMore({});
        QVERIFY(events.rowCount() >= 1);
        QVERIFY(events.lastError().isEmpty());
    }

    void newestCandidatesRankFirstThenTheRest()
    {
        // Seven releases with "quokka": the older ones in the headline (they rank higher), the
        // newer ones in the body only.
        ReleaseRepository releases(m_fixture.db());
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i) {
            Release release = m_fixture.makeRelease(
                i < 4 ? QStringLiteral("Quokka census %1").arg(i) : QStringLiteral("Wildlife report %1").arg(i));
            release.body = i < 4 ? QStringLiteral("Counted on the island.")
                                 : QStringLiteral("Among the animals counted, one quokka. Report %1.").arg(i);
            QVERIFY(releases.save(release));
            ids.append(release.id);
        }
        auto listed = [this](int candidates, int pageSize) {
            ReleaseListModel model(m_fixture.db());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setRankingCandidates(candidates);
            model.setPageSize(pageSize);
            model.setSearch(SearchQuery::parse(QStringLiteral("quokka")));
            while (model.canFetchMore({}))
                model.fetchMore({});
            QList<qint64> found;
            QList<double> ranks;
            for (int row = 0; row < model.rowCount(); ++row) {
                found.append(model.idAt(row));
                ranks.append(model.index(row, ReleaseListModel::Rank).data(RawValueRole).toDouble());
            }
            return std::pair { found, ranks };
        };

        // Ranked as one list: the headline matches (older) come first, by rank.
        const auto [all, allRanks] = listed(0, 2);
        QCOMPARE(all.size(), 7);
        // Higher is better: ranks descend.
        QVERIFY(std::is_sorted(allRanks.begin(), allRanks.end(), std::greater<>()));
        QVERIFY(ids.mid(0, 4).contains(all.first()));

        // Three candidates: the three newest matches, ranked, then the four older ones,
        // ranked; across pages of two nothing repeats and nothing is skipped.
        const auto [tiered, tieredRanks] = listed(3, 2);
        QCOMPARE(tiered.size(), 7);
        QCOMPARE(QSet<qint64>(tiered.begin(), tiered.end()), QSet<qint64>(all.begin(), all.end()));
        const QSet<qint64> newest { ids.at(4), ids.at(5), ids.at(6) };
        QCOMPARE(QSet<qint64>(tiered.begin(), tiered.begin() + 3), newest);
        QVERIFY(std::is_sorted(tieredRanks.begin(), tieredRanks.begin() + 3, std::greater<>()));
        QVERIFY(std::is_sorted(tieredRanks.begin() + 3, tieredRanks.end(), std::greater<>()));

        // More candidates than matches: one ranked list again.
        QCOMPARE(listed(50, 2).first, all);
        // Storage finds where the newest part begins once per query (by the time the older
        // part is read) and keeps it in the paging.
        ListReader reader(m_fixture.db());
        ListQuery query;
        query.search = SearchQuery::parse(QStringLiteral("quokka"));
        query.rankingCandidates = 3;
        ListPaging paging;
        QCOMPARE(reader.page(query, 2, 0, paging).size(), 2);
        QCOMPARE(reader.page(query, 2, 2, paging).size(), 2);
        QCOMPARE(paging.newestCandidateId, ids.at(4));
        QCOMPARE(paging.newestCount, 3);
        query.rankingCandidates = 50;
        paging = {};
        QCOMPARE(reader.page(query, 10, 0, paging).size(), 7);
        QVERIFY(paging.newestCandidateId <= 0); // no boundary: fewer matches than candidates

        // Counting may stop early: enough to say "more than 3".
        QCOMPARE(reader.count(query), 7);
        QCOMPARE(reader.count(query, 3), 4);
        QCOMPARE(reader.count(query, 10), 7);
        // The list counts a server's matches only so far; a file's exactly.
        ReleaseListModel model(m_fixture.db());
        model.setCountCap(3);
        model.setSearch(SearchQuery::parse(QStringLiteral("quokka")));
        QCOMPARE(model.totalCount(), m_fixture.db().isServer() ? 4 : 7);
        QCOMPARE(model.totalCountIsCapped(), m_fixture.db().isServer());
        model.setSearch(SearchQuery::parse(QStringLiteral("status:draft")));
        QVERIFY(!model.totalCountIsCapped());
    }

    void snippetsReadAsText_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("readable");
        const QString s = Snippet::highlightStart;
        const QString e = Snippet::highlightEnd;
        QTest::newRow("bold") << QStringLiteral("**Decent work:** the ") + s + QStringLiteral("labour") + e
                              << QStringLiteral("Decent work: the ") + s + QStringLiteral("labour") + e;
        QTest::newRow("marked bold") << QStringLiteral("**") + s + QStringLiteral("Labour") + e + QStringLiteral("**")
                                     << s + QStringLiteral("Labour") + e;
        QTest::newRow("italic and underscores") << QStringLiteral("an *urgent* call; file_name_v2 and _stress_")
                                                << QStringLiteral("an urgent call; file_name_v2 and stress");
        QTest::newRow("link") << QStringLiteral("see [the report](https://example.org/r?a=1) now")
                              << QStringLiteral("see the report now");
        QTest::newRow("heading and list") << QStringLiteral("## Background\n- first point\n2. second")
                                          << QStringLiteral("Background first point second");
        QTest::newRow("quote and escape") << QStringLiteral("> 3 \\* 4 \\- five") << QStringLiteral("3 * 4 - five");
        QTest::newRow("autolink and strike") << QStringLiteral("see <https://example.org/a> and ~~old~~ new")
                                             << QStringLiteral("see https://example.org/a and old new");
        QTest::newRow("not a link") << QStringLiteral("[draft] (to check) and [x](a b)")
                                    << QStringLiteral("[draft] (to check) and [x](a b)");
        QTest::newRow("numbered start, year start")
            << QStringLiteral("1. First\n2026. The year") << QStringLiteral("First 2026. The year");
        QTest::newRow("arithmetic stays") << QStringLiteral("2 * 3 = 6, a_b") << QStringLiteral("2 * 3 = 6, a_b");
    }

    void snippetsReadAsText()
    {
        QFETCH(QString, snippet);
        QFETCH(QString, readable);
        QCOMPARE(Snippet::readable(snippet), readable);
    }

    void indexesStayInSync() { QVERIFY(m_fixture.db().check().healthy); }

    // A release whose search vector is kilobytes long (quotes of many distinct words; a server
    // keeps it in the row since schema 16) is found by any of its words.
    void longVectorsAreFound()
    {
        QStringList words;
        for (int i = 0; i < 160; ++i) {
            QString word = QStringLiteral("qx");
            for (int n = i + 1000; n > 0; n /= 7)
                word += QLatin1Char(char('b' + n % 7));
            words.append(word + QStringLiteral("ing"));
        }
        const qint64 speaker = m_fixture.addSpeaker(QStringLiteral("Ingrid Solberg"));
        Release release = m_fixture.makeRelease(QStringLiteral("Glossary of the water council"), { speaker });
        release.body = QStringLiteral("A short body.");
        for (int q = 0; q < 4; ++q) {
            Quote quote = release.quotes.value(0);
            quote.id = 0;
            quote.text = words.mid(q * 40, 40).join(QLatin1Char(' '));
            release.quotes.append(quote);
        }
        ReleaseRepository releases(m_fixture.db());
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        for (const int word : { 0, 79, 123, 159 })
            QCOMPARE(headlines(words.at(word) + QLatin1Char(' ')), QStringList { release.headline });
    }

    // A word being typed finds what its prefix finds. On a server it is searched as the words
    // it begins (schema 17's word list, learned from every vector written), unless there
    // are too many of them or none; words with quotes and backslashes (from addresses) are
    // spelled out without breaking the query.
    void typedWordsFindWhatTheirPrefixFinds()
    {
        ReleaseRepository releases(m_fixture.db());
        Release release = m_fixture.makeRelease(QStringLiteral("Highland water forum"));
        release.body = QStringLiteral("Delegates from Quetzaltenango and the Quetzalcóatl foundation met at "
                                      "https://example.org/o'brien\\notes; ÆRØ observers joined online.");
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        for (const QString &typed : { QStringLiteral("quetzal"), QStringLiteral("QUETZALC"),
                 QStringLiteral("quetzalco"), QStringLiteral("exampl"), QStringLiteral("o"), QStringLiteral("highl") })
            QVERIFY2(headlines(typed).contains(release.headline), qPrintable(typed));
        QVERIFY(!headlines(QStringLiteral("quetzalx")).contains(release.headline));

        release.body += QStringLiteral(" Xochimilco hosts the next forum.");
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        QVERIFY(headlines(QStringLiteral("xochim")).contains(release.headline));
        if (!m_fixture.db().isServer())
            return;
        Query spelled(
            m_fixture.db().connection(), QStringLiteral("SELECT CAST(pressdesk_prefix_words(?, 64) AS text)"));
        spelled.bind(0, QStringLiteral("Quetzal"));
        QCOMPARE(spelled.scalar().toString(), QStringLiteral("'quetzalcoatl' | 'quetzaltenango'"));
        spelled.bind(0, QStringLiteral("xochim"));
        QCOMPARE(spelled.scalar().toString(), QStringLiteral("'xochimilco'"));
        spelled.bind(0, QStringLiteral("exampl"));
        const QString address = spelled.scalar().toString();
        QVERIFY2(address.contains(QStringLiteral("example.org")), qPrintable(address));
        spelled.bind(0, QStringLiteral("quetzalx"));
        QVERIFY(spelled.scalar().isNull());
        // A word list short of a word (data restored with its triggers off) is a problem for
        // check, which names the remedy; the remedy lists it again.
        Query(m_fixture.db().connection(), QStringLiteral("DELETE FROM search_words WHERE word = 'xochimilco'")).exec();
        const Database::IntegrityReport shortList = m_fixture.db().check();
        QVERIFY(!shortList.healthy);
        QVERIFY2(shortList.problems.join(QLatin1Char('\n')).contains(QStringLiteral("pressdesk_relearn_words()")),
            qPrintable(shortList.problems.join(QLatin1Char('\n'))));
        QCOMPARE(
            Query(m_fixture.db().connection(), QStringLiteral("SELECT pressdesk_relearn_words()")).scalar().toInt(), 1);
        QVERIFY(m_fixture.db().check().healthy);
        // The same rows as the GIN index's own prefix search, for words with few and many forms.
        for (const QString &typed : { QStringLiteral("quetzal"), QStringLiteral("exampl"), QStringLiteral("mig"),
                 QStringLiteral("wom"), QStringLiteral("regio"), QStringLiteral("o"), QStringLiteral("aer") }) {
            ListQuery query;
            query.search = SearchQuery::parse(typed);
            Query byPrefix(m_fixture.db().connection(),
                QStringLiteral("SELECT count(*) FROM releases WHERE deleted_at IS NULL "
                               "AND search_vector @@ to_tsquery('pressdesk_simple', ?)"));
            byPrefix.bind(0, QStringLiteral("'%1':*").arg(typed));
            const int expected = byPrefix.scalar().toInt();
            QVERIFY2(expected > 0, qPrintable(typed));
            QCOMPARE(ListReader(m_fixture.db()).count(query), expected);
        }
    }

    // A server finds the matches of a rare pair through the GIN index and those of a common
    // pair by reading the newest releases (the planner's estimate of how many match decides:
    // left to itself it read a whole 100,000-release table in id order for a pair matching
    // 3,600). Both ways list every match.
    // A word is looked for as typed and as each language's stem, often the same word: each
    // is named once (migration 20), so that every test of a row walks fewer words.
    void termsNameEachWordOnce()
    {
        if (!m_fixture.db().isServer())
            QSKIP("FTS5 has no stems");
        const auto term = [this](const QString &plain, const QString &words) {
            Query statement(m_fixture.db().connection(), QStringLiteral("SELECT CAST(pressdesk_term(?, ?) AS text)"));
            statement.bind(0, plain).bind(1, words);
            return statement.scalar().toString().split(QStringLiteral(" | "));
        };
        QCOMPARE(term(QStringLiteral("'yuki'"), QStringLiteral("yuki")),
            (QStringList { QStringLiteral("'yuk'"), QStringLiteral("'yuki'") }));
        const QStringList phrase = term(QStringLiteral("'migrant' <-> 'women'"), QStringLiteral("migrant women"));
        QVERIFY(phrase.contains(QStringLiteral("'migrant' <-> 'women'")));
        QVERIFY(phrase.contains(QStringLiteral("'migr' <-> 'women'")));
        QCOMPARE(QSet<QString>(phrase.begin(), phrase.end()).size(), phrase.size());
        // A stop word in English is still a word in the other languages.
        QCOMPARE(term(QStringLiteral("'the'"), QStringLiteral("the")), QStringList { QStringLiteral("'the'") });
        QCOMPARE(headlines(QStringLiteral("yuki")), headlines(QStringLiteral("Yuki")));
    }

    void serverChoosesTheWayToTheMatches()
    {
        if (!m_fixture.db().isServer())
            QSKIP("a file always searches through FTS5");
        test::TestDatabase archive;
        SyntheticArchive synthetic(archive.db());
        QVERIFY2(synthetic.generate(1200, 3), qPrintable(synthetic.errorString()));
        ListReader reader(archive.db());
        const auto settings = [&archive] {
            return Query(archive.db().connection(),
                QStringLiteral("SELECT current_setting('enable_seqscan') || current_setting('enable_indexscan') "
                               "|| current_setting('max_parallel_workers_per_gather') "
                               "|| current_setting('plan_cache_mode')"))
                .scalar()
                .toString();
        };
        const QString before = settings();
        for (const auto &[words, throughIndex] : { std::pair { "yuki", true }, std::pair { "migrant wom", false } }) {
            ListQuery query;
            query.search = SearchQuery::parse(QString::fromUtf8(words));
            QCOMPARE(reader.matchesThroughIndex(query), throughIndex);
            query.rankingCandidates = ListModel::interactiveRankingCandidates;
            const int matches = reader.count(query);
            QVERIFY2(matches > 0, words);
            ListPaging paging;
            const QList<ListRow> rows = reader.page(query, matches + 1, 0, paging);
            QCOMPARE(rows.size(), matches);
            query.search = SearchQuery::parse(QStringLiteral("-zzqqxx ") + QString::fromUtf8(words));
            QCOMPARE(reader.count(query), matches);
            // The planner's settings for the search are put back after it.
            QCOMPARE(settings(), before);
        }
        // The session keeps its statements prepared, but a search is always planned with its
        // words: a generic plan would parse the query again for every row and ignore the settings.
        for (const char *words : { "yuki", "migrant wom", "bogota", "yuki", "migrant wom", "bogota", "yuki" }) {
            ListQuery query;
            query.search = SearchQuery::parse(QString::fromUtf8(words));
            query.rankingCandidates = ListModel::interactiveRankingCandidates;
            ListPaging paging;
            QVERIFY(!reader.page(query, 20, 0, paging).isEmpty());
        }
        Query plans(archive.db().connection(),
            QStringLiteral("SELECT coalesce(sum(generic_plans), -1), coalesce(sum(custom_plans), 0), "
                           "count(*) - count(DISTINCT statement) FROM pg_prepared_statements "
                           "WHERE strpos(statement, 'search.q') > 0"));
        plans.exec();
        QVERIFY(plans.next());
        QCOMPARE(plans.value(0).toInt(), 0);
        QVERIFY2(plans.value(1).toInt() >= 7, qPrintable(plans.value(1).toString()));
        QCOMPARE(plans.value(2).toInt(), 0); // each text prepared once
        QCOMPARE(settings(), before);
        // The vectors stay in their rows (migration 16): out in TOAST, each row tested or
        // ranked cost an index lookup and two chunk reads.
        for (const char *table : { "releases", "speakers", "events" }) {
            Query storage(archive.db().connection(),
                QStringLiteral("SELECT attstorage FROM pg_attribute WHERE attrelid = CAST(? AS regclass) "
                               "AND attname = 'search_vector'"));
            storage.bind(0, QString::fromUtf8(table));
            QCOMPARE(storage.scalar().toString(), QStringLiteral("m"));
        }
        // Few saves wait in the GIN indexes' pending lists, which every search reads whole
        // (migration 19).
        for (const char *index : { "releases_search", "speakers_search", "events_search" }) {
            Query options(archive.db().connection(),
                QStringLiteral(
                    "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE oid = CAST(? AS regclass)"));
            options.bind(0, QString::fromUtf8(index));
            QVERIFY(options.scalar().toString().contains(QLatin1String("gin_pending_list_limit=64")));
        }
        Query largest(
            archive.db().connection(), QStringLiteral("SELECT max(pg_column_size(search_vector)) FROM releases"));
        QVERIFY(largest.scalar().toInt() > 2000); // over the size at which a row goes to TOAST
    }

    // The documentation and the program disagreed: status:a OR status:b gave only b,
    // author:Lucia missed "Lucía", and a speaker: filter alone was ranked.
    void filtersDoWhatTheDocumentationSays()
    {
        const QStringList either = headlines(QStringLiteral("status:in_review OR status:published"));
        const QStringList reviewOnly = headlines(QStringLiteral("status:in_review"));
        const QStringList publishedOnly = headlines(QStringLiteral("status:published"));
        QCOMPARE(either.size(), reviewOnly.size() + publishedOnly.size());
        QVERIFY(headlines(QStringLiteral("author:Lucia")).contains(QStringLiteral("Garden report")));
        QCOMPARE(headlines(QStringLiteral("author:LUCIA BELTRAN")), headlines(QStringLiteral("author:Lucía Beltrán")));

        ReleaseListModel model(m_fixture.db());
        model.setSearch(SearchQuery::parse(QStringLiteral("speaker:\"Amelie Lefevre\"")));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, ReleaseListModel::Rank).data().isNull());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
