#include "domain/domainjson.h"
#include "domain/domainjsonreader.h"
#include "export/markdownrenderer.h"
#include "history/revisiondiff.h"
#include "i18n/countrylist.h"
#include "i18n/languagenames.h"
#include "storage/entity.h"
#include "storage/recoverystore.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"
#include "text/bodyblocks.h"
#include "text/markdowntext.h"
#include "text/textstatistics.h"

#include <QJsonDocument>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace pressdesk;

// The core helpers behind the editors: Markdown <-> rich text, revision diffs, JSON read
// back from snapshots and drafts, the recovery store, language and country names.
class TestEditorHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownRoundTripsThroughRichText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs") << QStringLiteral(
            "First paragraph.\n\nSecond one, with *emphasis* and **strength**.");
        QTest::newRow("heading") << QStringLiteral("## Background\n\nThe congress met in Zürich.");
        QTest::newRow("bullets") << QStringLiteral("- Migración\n- Salvadoreño\n- 移民");
        QTest::newRow("numbers") << QStringLiteral("1. One\n2. Two");
        QTest::newRow("quote") << QStringLiteral("> A block quote.");
        QTest::newRow("link") << QStringLiteral("See [the report](https://example.org/report).");
    }

    void markdownRoundTripsThroughRichText()
    {
        QFETCH(QString, markdown);
        QTextDocument document;
        MarkdownText::toDocument(document, markdown);
        const QString once = MarkdownText::fromDocument(document);
        // Stable after one trip: what the editor writes, it reads back unchanged.
        QTextDocument again;
        MarkdownText::toDocument(again, once);
        QCOMPARE(MarkdownText::fromDocument(again), once);
        QCOMPARE(again.toPlainText(), document.toPlainText());
        // And the structure is the one written.
        if (markdown.startsWith(QLatin1String("##")))
            QVERIFY(once.startsWith(QLatin1String("## Background")));
        if (markdown.startsWith(QLatin1String("- ")))
            QVERIFY2(once.contains(QStringLiteral("- Salvadoreño")) || once.contains(QStringLiteral("* Salvadoreño")),
                qPrintable(once));
        if (markdown.contains(QLatin1String("https")))
            QVERIFY(once.contains(QLatin1String("(https://example.org/report)")));
        if (markdown.contains(QLatin1String("*emphasis*")))
            QVERIFY(once.contains(QLatin1String("*emphasis*")) && once.contains(QLatin1String("**strength**")));
    }

    // The editor's idea of the body's top-level blocks is the exporters' one, so a quote
    // placed after the third block in the editor prints after the third block.
    void bodyBlocksAreTheMarkdownBlocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs") << QStringLiteral("One.\n\nTwo.\n\nThree.");
        QTest::newRow("list after its introduction")
            << QStringLiteral("Intro.\n\nThree priorities:\n\n- alpha\n- beta\n- gamma\n\nAfter.");
        QTest::newRow("nested list") << QStringLiteral("- one\n  - one a\n  - one b\n- two\n\nAfter.");
        QTest::newRow("numbers then bullets") << QStringLiteral("1. first\n2. second\n\n- other\n\nEnd.");
        QTest::newRow("heading") << QStringLiteral("## Background\n\nText under it.\n\n### More\n\nEnd.");
        QTest::newRow("block quotes") << QStringLiteral(
            "> Quoted line one.\n>\n> Quoted line two.\n\nBetween.\n\n> Another.");
        QTest::newRow("code") << QStringLiteral("Before.\n\n```\nline 1\n\nline 3\n```\n\nAfter.");
        QTest::newRow("empty") << QString();
    }

    void bodyBlocksAreTheMarkdownBlocks()
    {
        QFETCH(QString, markdown);
        QTextDocument document;
        MarkdownText::toDocument(document, markdown);
        // An empty paragraph typed between blocks is no block of its own.
        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(QTextBlockFormat());
        const BodyBlocks blocks(document);
        const MarkdownRenderer renderer(MarkdownText::fromDocument(document));
        QCOMPARE(blocks.count(), renderer.blockCount());
        for (int group = 0; group < blocks.count(); ++group) {
            const QString first = blocks.first(group).text().simplified();
            QVERIFY2(renderer.text(group).simplified().contains(first),
                qPrintable(QStringLiteral("%1 not in %2").arg(first, renderer.text(group))));
            QCOMPARE(blocks.groupOf(blocks.first(group)), group);
            QCOMPARE(blocks.groupOf(blocks.last(group)), group);
        }
        QCOMPARE(blocks.groupOf(document.lastBlock()), blocks.count());
    }

    void longLinesComeBackUnbroken_data()
    {
        QTest::addColumn<QString>("markdown");
        const QString sentence =
            QStringLiteral("The Regional Director for Latin America and the Caribbean opened the congress on migrant "
                           "women in Bogotá with ministers from twelve countries, and the Vice Minister of Labour");
        QTest::newRow("paragraph") << sentence + QStringLiteral(" closed it.");
        QTest::newRow("bold and link") << QStringLiteral("The **Vice Minister of Foreign Affairs of Colombia** "
                                                         "presented [the regional report on displacement]"
                                                         "(https://example.org/reports/2026/displacement) "
                                                         "to the press.");
        QTest::newRow("bullets") << QStringLiteral("- ") + sentence + QStringLiteral("\n- Second item");
        QTest::newRow("nested bullets") << QStringLiteral("- First\n  - ") + sentence;
        QTest::newRow("numbers") << QStringLiteral("1.  ") + sentence + QStringLiteral("\n2.  Two");
        QTest::newRow("quote") << QStringLiteral("> ") + sentence;
        QTest::newRow("heading") << QStringLiteral("## ") + sentence;
        QTest::newRow("signs at a break")
            << QStringLiteral("Figures for 2026 were published by the National Institute of Statistics today - "
                              "and + and * were printed - in the annex - with + signs - and * marks - everywhere - ok");
        QTest::newRow("paragraphs") << sentence + QStringLiteral("\n\n") + sentence;
        QTest::newRow("code") << QStringLiteral("```\n") + sentence + QStringLiteral("\n```");
    }

    void longLinesComeBackUnbroken()
    {
        // Opening a release in the editor and saving it unchanged must not change its body.
        QFETCH(QString, markdown);
        QTextDocument document;
        MarkdownText::toDocument(document, markdown);
        const QString written = MarkdownText::fromDocument(document);
        for (const QString &line : written.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 80 || !line.contains(QLatin1Char('\n')), qPrintable(line));
        QCOMPARE(written.count(QLatin1Char('\n')), markdown.count(QLatin1Char('\n')));
        QTextDocument again;
        MarkdownText::toDocument(again, written);
        QCOMPARE(again.toPlainText(), document.toPlainText());
        QCOMPARE(again.blockCount(), document.blockCount());
        QCOMPARE(MarkdownText::fromDocument(again), written);
        if (!markdown.startsWith(QLatin1String("1.")))
            QCOMPARE(written, markdown);
    }

    void entityKeysRoundTrip()
    {
        for (Entity entity : { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization })
            QCOMPARE(entityFromKey(entityKey(entity)), entity);
        QVERIFY(!entityFromKey(QStringLiteral("releases")).has_value());
        QVERIFY(!entityFromKey(QString()).has_value());
    }

    void pastedHtmlKeepsStructureAndDropsStyling()
    {
        const QString html =
            QStringLiteral("<html><body><h2 style=\"font-family:Comic Sans MS;color:red\">Title</h2>"
                           "<p><span style=\"font-size:20pt;color:#ff0000\">Plain</span> and <b>bold</b></p>"
                           "<ul><li>one</li><li>two</li></ul></body></html>");
        const QString markdown = MarkdownText::fromHtml(html);
        QVERIFY2(markdown.contains(QLatin1String("## Title")), qPrintable(markdown));
        QVERIFY(markdown.contains(QLatin1String("**bold**")));
        QVERIFY(markdown.contains(QLatin1String("one")) && markdown.contains(QLatin1String("two")));
        QVERIFY(!markdown.contains(QLatin1String("Comic")) && !markdown.contains(QLatin1String("ff0000")));
        QTextDocument target;
        QTextCursor(&target).insertFragment(MarkdownText::cleanFragmentFromHtml(html));
        QVERIFY(!target.toHtml().contains(QLatin1String("Comic Sans")));
        QVERIFY(target.toPlainText().contains(QLatin1String("Plain and bold")));
    }

    void wordsAndReadingTime()
    {
        QCOMPARE(TextStatistics::wordCount(QStringLiteral("## Migración en *Zürich* — 2026")), 4);
        QCOMPARE(TextStatistics::wordCount(QString()), 0);
        QCOMPARE(TextStatistics::readingMinutes(0), 0);
        QCOMPARE(TextStatistics::readingMinutes(1), 1);
        QCOMPARE(TextStatistics::readingMinutes(401), 3);
    }

    void wordDiffShowsWhatChanged()
    {
        using Kind = RevisionDiff::Segment::Kind;
        const auto segments = RevisionDiff::compareText(QStringLiteral("The ministers met in Zürich today."),
            QStringLiteral("The ministers met in Ginebra today."));
        QCOMPARE(segments.size(), 4);
        QCOMPARE(segments.at(0), (RevisionDiff::Segment { Kind::Same, QStringLiteral("The ministers met in ") }));
        QCOMPARE(segments.at(1), (RevisionDiff::Segment { Kind::Removed, QStringLiteral("Zürich ") }));
        QCOMPARE(segments.at(2), (RevisionDiff::Segment { Kind::Added, QStringLiteral("Ginebra ") }));
        QCOMPARE(segments.at(3), (RevisionDiff::Segment { Kind::Same, QStringLiteral("today.") }));
        QVERIFY(RevisionDiff::compareText(QString(), QString()).isEmpty());
        QCOMPARE(RevisionDiff::compareText(QString(), QStringLiteral("new")).constFirst().kind, Kind::Added);
    }

    void releaseDiffListsChangedFields()
    {
        Release before;
        before.headline = QStringLiteral("Old headline");
        before.body = QStringLiteral("Same body.");
        before.quotes.append({ 0, 1, QStringLiteral("We will act."), QStringLiteral("Minister"), QString() });
        Release after = before;
        after.headline = QStringLiteral("New headline");
        after.quotes.append({ 0, 2, QStringLiteral("Migración"), QString(), QString() });
        QStringList changed;
        const auto fields = RevisionDiff::compare(before, after);
        for (const auto &field : fields) {
            if (field.changed)
                changed.append(field.key);
        }
        QCOMPARE(changed, (QStringList { QStringLiteral("headline"), QStringLiteral("quotes[1].text") }));
    }

    void releaseJsonReadsBack()
    {
        Release release;
        release.id = 7;
        release.uuid = QStringLiteral("6f1c1c56-8c5e-4d55-9a55-1f2b7b0d9e11");
        release.language = QStringLiteral("es");
        release.translationGroup = QStringLiteral("group");
        release.status = ReleaseStatus::Approved;
        release.headline = QStringLiteral("Migración, Salvadoreño, Zürich, 移民");
        release.datelineCity = QStringLiteral("SAN SALVADOR");
        release.releaseDate = QDate(2026, 3, 18);
        release.embargoUntil = QDateTime(QDate(2026, 7, 15), QTime(15, 0), Qt::UTC);
        release.embargoTimeZone = QStringLiteral("America/Costa_Rica");
        release.body = QStringLiteral("## Body\n\nText.");
        release.tags = { QStringLiteral("migración"), QStringLiteral("移民") };
        release.quotes.append(
            { 3, 4, QStringLiteral("Quote"), QStringLiteral("Vice Minister"), QStringLiteral("Ana") });
        release.events.append({ 5, QStringLiteral("Congress") });
        release.contacts.append(
            { 6, QStringLiteral("Luis"), QStringLiteral("Press"), QStringLiteral("l@example.org"), QString() });
        release.version = 3;
        const Release back = json::releaseFromJson(json::release(release));
        QCOMPARE(back.id, release.id);
        QCOMPARE(back.uuid, release.uuid);
        QCOMPARE(back.language, release.language);
        QCOMPARE(back.translationGroup, release.translationGroup);
        QCOMPARE(back.status, release.status);
        QCOMPARE(back.headline, release.headline);
        QCOMPARE(back.releaseDate, release.releaseDate);
        QCOMPARE(back.embargoUntil, release.embargoUntil);
        QCOMPARE(back.embargoTimeZone, release.embargoTimeZone);
        QCOMPARE(back.body, release.body);
        QCOMPARE(back.tags, release.tags);
        QCOMPARE(back.quotes.size(), 1);
        QCOMPARE(back.quotes.at(0).speakerId, 4);
        QCOMPARE(back.quotes.at(0).attribution, QStringLiteral("Vice Minister"));
        QCOMPARE(back.events.at(0).id, 5);
        QCOMPARE(back.contacts.at(0).id, 6);
        QCOMPARE(back.version, 3);
    }

    void recoveryStoreKeepsDraftsApartFromRecords()
    {
        test::TestDatabase fixture;
        RecoveryStore store(fixture.db());
        QVERIFY(store.drafts().isEmpty());
        QVERIFY(store.save({ QStringLiteral("release:new:1"), QStringLiteral("release"), 0, QStringLiteral("移民"),
            QByteArrayLiteral("{\"headline\":\"x\"}"), {} }));
        QVERIFY(store.save({ QStringLiteral("release:new:1"), QStringLiteral("release"), 0, QStringLiteral("移民 2"),
            QByteArrayLiteral("{\"headline\":\"y\"}"), {} }));
        const auto drafts = store.drafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.at(0).title, QStringLiteral("移民 2"));
        QCOMPARE(QJsonDocument::fromJson(drafts.at(0).payload).object().value(QLatin1String("headline")).toString(),
            QStringLiteral("y"));
        QVERIFY(drafts.at(0).savedAt.isValid());
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 0);
        QVERIFY(!store.save(
            { QStringLiteral("bad"), QStringLiteral("release"), 0, QString(), QByteArrayLiteral("{"), {} }));
        QVERIFY(store.remove(QStringLiteral("release:new:1")));
        QVERIFY(store.drafts().isEmpty());
    }

    void translationsShareTheGroup()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release original = fixture.makeRelease(QStringLiteral("Original"));
        original.tags = { QStringLiteral("gender") };
        QVERIFY(repository.save(original));
        Release copy = original.translation(QStringLiteral("es"));
        QCOMPARE(copy.id, 0);
        QVERIFY(copy.uuid.isEmpty());
        QCOMPARE(copy.translationGroup, original.translationGroup);
        QVERIFY(repository.save(copy));
        QCOMPARE(repository.translations(original.translationGroup).size(), 2);
        QCOMPARE(repository.tags(), QStringList { QStringLiteral("gender") });
        const Release duplicate = original.duplicated();
        QVERIFY(duplicate.translationGroup.isEmpty());
        QCOMPARE(duplicate.status, ReleaseStatus::Draft);
    }

    void revisionAuthorIsWhoSaved()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release release = fixture.makeRelease(QStringLiteral("Authored"));
        release.author = QStringLiteral("Press office");
        ReleaseRepository::SaveOptions options;
        options.revisionAuthor = QStringLiteral("mjhernandez");
        QVERIFY(repository.save(release, options));
        QCOMPARE(repository.revisions(release.id).constFirst().author, QStringLiteral("mjhernandez"));
    }

    void publishingWaitsForTheEmbargo()
    {
        Release release;
        release.headline = QStringLiteral("H");
        release.datelineCity = QStringLiteral("SAN JOSÉ");
        release.body = QStringLiteral("Body");
        release.embargoUntil = QDateTime::currentDateTimeUtc().addDays(2);
        release.embargoTimeZone = QStringLiteral("America/Costa_Rica");
        const auto issues = release.validateFor(ReleaseStatus::Published);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).field, QStringLiteral("embargo_until"));
        release.embargoUntil = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(release.validateFor(ReleaseStatus::Published).isEmpty());
    }

    void languageAndCountryNames()
    {
        QVERIFY(LanguageNames::displayName(QStringLiteral("es")).contains(QLatin1String("Spanish")));
        QVERIFY(LanguageNames::displayName(QStringLiteral("es")).endsWith(QLatin1String("(es)")));
        QCOMPARE(LanguageNames::tagFromDisplay(LanguageNames::displayName(QStringLiteral("fr-CA"))),
            QStringLiteral("fr-CA"));
        QCOMPARE(LanguageNames::tagFromDisplay(QStringLiteral(" pt ")), QStringLiteral("pt"));
        QVERIFY(CountryList::names().contains(QStringLiteral("Costa Rica")));
        QVERIFY(CountryList::names().contains(QStringLiteral("El Salvador")));
        QVERIFY(!CountryList::names().contains(QStringLiteral("World")));
    }
};

QTEST_MAIN(TestEditorHelpers)
#include "tst_editorhelpers.moc"
