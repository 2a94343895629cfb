#include "import/importreader.h"
#include "import/releasetextparser.h"
#include "import/textfolding.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace pressdesk;

namespace {

// Folded words with their counts.
QHash<QString, int> bag(const QString &text)
{
    QHash<QString, int> words;
    for (const QString &word : TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        ++words[word];
    return words;
}

int total(const QHash<QString, int> &words)
{
    int sum = 0;
    for (const int count : words)
        sum += count;
    return sum;
}

// The article a careful reader takes from one of the corpus pages: the paragraphs, headings
// and quotes inside the content element, without its label, date stamp and share row.
QString articleOf(QString html)
{
    const qsizetype start = html.indexOf(QLatin1String("id=\"content\""));
    const qsizetype end = html.indexOf(QLatin1String("<aside"));
    if (start < 0 || end < start)
        return {};
    html = html.mid(start, end - start);
    static const QRegularExpression chrome(
        QStringLiteral("<div class=\"(label|share|meta)\">.*?</div>"), QRegularExpression::DotMatchesEverythingOption);
    html.remove(chrome);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.replace(tags, QStringLiteral(" "));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#x27;"), QLatin1String("'"));
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

} // namespace

// Over the saved pages of tests/data/import/corpus: the share of the article's words the
// import keeps (in any field) and the share of what it keeps that is page furniture. The
// dateline's place and date leave the lead for their own fields, so they count as kept
// when the record has them. Aim: at least 90 % kept, at most 10 % furniture.
class BenchHtmlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A 5 MB saved page, read as a dropped .html is (target: under a second, optimised build).
    void largePage()
    {
        QString page = QStringLiteral("<html><body><article><h1>Forty libraries open</h1>");
        while (page.size() < 5'000'000)
            page += QStringLiteral("<p>The council opened forty libraries in rural towns, the mayor said on Monday.</p>"
                                   "<div class=\"share\"><a href=\"#\">Share</a></div>");
        page += QStringLiteral("</article></body></html>");
        QString headline;
        QBENCHMARK_ONCE
        {
            headline = ReleaseTextParser::parse(page, ImportFormat::Html, {}).release.headline;
        }
        QCOMPARE(headline, QStringLiteral("Forty libraries open"));
    }

    void wordsKeptAndFurnitureLetIn()
    {
        const QDir corpus(QStringLiteral(PRESSDESK_TEST_DATA "/import/corpus"));
        const QStringList pages = corpus.entryList({ QStringLiteral("*.html") }, QDir::Files, QDir::Name);
        QVERIFY(!pages.isEmpty());
        int articleWords = 0;
        int keptWords = 0;
        int outputWords = 0;
        int furnitureWords = 0;
        for (const QString &name : pages) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QHash<QString, int> article = bag(articleOf(QString::fromUtf8(bytes)));
            const ImportReader::Result read = ImportReader::read(name, bytes, ImportFormat::Html, {});
            QCOMPARE(read.records.size(), 1);
            const ImportRecord &record = read.records.constFirst();
            const Release &release = record.release;
            QStringList fields = { release.headline, release.subheadline, release.datelineCity, release.datelineCountry,
                release.lead, release.body, release.boilerplate, release.notesToEditors };
            for (const ProposedQuote &quote : record.quotes)
                fields << quote.text << quote.speaker.fullName << quote.attribution;
            const QHash<QString, int> output = bag(fields.join(QLatin1Char(' ')));
            int kept = 0;
            int furniture = 0;
            for (auto it = output.cbegin(); it != output.cend(); ++it) {
                const int inArticle = article.value(it.key());
                kept += qMin(it.value(), inArticle);
                furniture += qMax(0, it.value() - inArticle);
            }
            // Dateline words ("18 November 2025") are in the release date, not in the text.
            const int words = total(article);
            const int kept_ = qMin(words, kept + (release.releaseDate.isValid() ? 3 : 0));
            qInfo().noquote()
                << QStringLiteral("%1 kept %2/%3 furniture %4").arg(name, -28).arg(kept_).arg(words).arg(furniture);
            articleWords += words;
            keptWords += kept_;
            outputWords += total(output);
            furnitureWords += furniture;
        }
        qInfo().noquote() << QStringLiteral("article words kept: %1 % (%2 of %3); furniture let in: %4 % (%5 of %6)")
                                 .arg(100.0 * keptWords / qMax(1, articleWords), 0, 'f', 1)
                                 .arg(keptWords)
                                 .arg(articleWords)
                                 .arg(100.0 * furnitureWords / qMax(1, outputWords), 0, 'f', 1)
                                 .arg(furnitureWords)
                                 .arg(outputWords);
    }
};

QTEST_GUILESS_MAIN(BenchHtmlImport)
#include "bench_htmlimport.moc"
