#include "export/exportsource.h"
#include "export/htmlexporter.h"
#include "export/pdfexporter.h"
#include "models/releaselistmodel.h"
#include "storage/eventrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace pressdesk;

// The hostile-input corpus (tests/data/hostile/strings.txt, plus invalid UTF-16 and a huge
// string made here) in every text field: stored and read back literally, searched for
// without an error, exported to HTML with no active content and to PDF.
class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    static QStringList corpus()
    {
        QStringList strings;
        QFile file(QStringLiteral(PRESSDESK_TEST_DATA "/hostile/strings.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no hostile corpus");
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.isEmpty() && !line.startsWith(QLatin1String("# ")))
                strings.append(line);
        }
        strings.append(QStringLiteral("lone surrogate ") + QChar(0xD800) + QStringLiteral(" and ") + QChar(0xDFFF));
        strings.append(QStringLiteral("<b>") + QStringLiteral("x").repeated(50'000) + QStringLiteral("</b>"));
        return strings;
    }

private Q_SLOTS:
    void everyFieldEveryString_data()
    {
        QTest::addColumn<QString>("hostile");
        const QStringList strings = corpus();
        for (qsizetype i = 0; i < strings.size(); ++i)
            QTest::addRow("%d", int(i)) << strings.at(i);
    }

    void everyFieldEveryString()
    {
        QFETCH(QString, hostile);
        test::TestDatabase fixture;
        // Speaker and event with the string everywhere.
        SpeakerRepository speakers(fixture.db());
        Speaker speaker;
        speaker.fullName = QStringLiteral("S ") + hostile;
        speaker.title = hostile;
        speaker.bio = hostile;
        speaker.notes = hostile;
        QVERIFY2(speakers.save(speaker), qPrintable(speakers.errorString()));
        // Stored literally; only a lone surrogate (invalid UTF-16) becomes U+FFFD.
        QString expected = hostile;
        for (QChar &c : expected) {
            if (c.isSurrogate())
                c = QChar::ReplacementCharacter;
        }
        QCOMPARE(speakers.load(speaker.id)->title, expected);
        EventRepository events(fixture.db());
        Event event;
        event.name = QStringLiteral("E ") + hostile;
        event.description = hostile;
        event.venue = hostile;
        event.timeZone = QStringLiteral("America/El_Salvador");
        event.start = QDateTime(QDate(2026, 7, 15), QTime(9, 0), QTimeZone("America/El_Salvador"));
        QVERIFY2(events.save(event), qPrintable(events.errorString()));

        ReleaseRepository releases(fixture.db());
        Release release;
        release.headline = (QStringLiteral("H ") + hostile).left(Release::maxHeadlineLength);
        release.subheadline = hostile;
        release.datelineCity = hostile.left(100);
        release.datelineCountry = hostile.left(100);
        release.releaseDate = QDate(2026, 7, 15);
        release.lead = hostile;
        release.body = hostile + QStringLiteral("\n\n") + hostile;
        release.boilerplate = hostile;
        release.notesToEditors = hostile;
        release.author = hostile;
        release.tags = { hostile.left(60) };
        release.quotes = { { 0, speaker.id, hostile, hostile, {} } };
        release.events = { EventRef { event.id, {} } };
        release.contacts = { ContactRef { speaker.id, {}, {}, {}, {} } };
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        const Release stored = *releases.load(release.id);
        QCOMPARE(stored.body, expected + QStringLiteral("\n\n") + expected);
        QCOMPARE(stored.quotes.first().text, expected);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 1);

        // Searching for it runs, whatever it contains.
        ReleaseListModel model(fixture.db());
        model.setSearch(SearchQuery::parse(hostile.left(200)));
        model.fetchMore({});
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));

        // The HTML has no active content; the PDF is made.
        const ExportContext context = ExportSource(fixture.db()).contextFor(stored);
        QString error;
        const QString html = QString::fromUtf8(HtmlExporter::render(stored, context, &error));
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        static const QRegularExpression activeContent(
            QStringLiteral("<(script|iframe|object|embed|svg|meta|link|base|form)\\b|<[^>]*\\son[a-z]+\\s*=|"
                           "<[^>]*\\s(href|src)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data:text)"),
            QRegularExpression::CaseInsensitiveOption);
        // The template's own tags (charset, viewport) are the only ones allowed: compare with
        // the same release holding harmless text.
        Release harmless = stored;
        harmless.headline = QStringLiteral("Harmless");
        for (QString *text : { &harmless.subheadline, &harmless.lead, &harmless.body, &harmless.boilerplate,
                 &harmless.notesToEditors, &harmless.author, &harmless.datelineCity, &harmless.datelineCountry })
            *text = QStringLiteral("harmless");
        harmless.tags = { QStringLiteral("harmless") };
        for (Quote &quote : harmless.quotes)
            quote.text = quote.attribution = quote.speakerName = QStringLiteral("harmless");
        ExportContext harmlessContext = context;
        const QString baseline = QString::fromUtf8(HtmlExporter::render(harmless, harmlessContext));
        auto matches = [](const QString &text) {
            QStringList found;
            QRegularExpressionMatchIterator it = activeContent.globalMatch(text);
            while (it.hasNext())
                found.append(it.next().captured(0).toLower());
            return found;
        };
        const QStringList found = matches(html);
        const QStringList allowed = matches(baseline);
        QVERIFY2(found.size() <= allowed.size(), qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY(!html.contains(QLatin1String("evil.example/x.css\"")));
        const QByteArray pdf = PdfExporter::render(stored, context, &error);
        QVERIFY2(pdf.startsWith("%PDF"), qPrintable(error));
        QVERIFY(!pdf.contains("/JavaScript"));
        QVERIFY(fixture.db().check().healthy);
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
