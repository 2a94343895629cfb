#include "export/exportsource.h"
#include "export/hyphenator.h"
#include "export/hyphenranges.h"
#include "export/pdfexporter.h"
#include "programrun.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// How the PDF is set (#18): words hyphenated in the release's language at their
// hyphenation points and never inside an address or a name, justified paragraphs, and the
// editor's preview showing the PDF engine's own pages.
class TestPdfTypesetting : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;

    static QString marked(QString text) { return text.replace(Hyphenator::softHyphen, QLatin1Char('|')); }

    static test::ProgramRun run(const QString &program, const QStringList &arguments)
    {
        return test::runProgram(program, arguments);
    }

    QString exported(const QString &name, const Release &release, const ExportContext &context)
    {
        QString error;
        const QByteArray pdf = PdfExporter::render(release, context, &error);
        if (pdf.isEmpty())
            qFatal("%s", qPrintable(error));
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            qFatal("cannot write %s", qPrintable(path));
        const QString keep = qEnvironmentVariable("PRESSDESK_KEEP_PDF");
        if (!keep.isEmpty())
            file.copy(keep + QLatin1Char('/') + name);
        return path;
    }

    Release saved(Release release)
    {
        ReleaseRepository repository(m_fixture.db());
        if (!repository.save(release))
            qFatal("%s", qPrintable(repository.errorString()));
        return *repository.load(release.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void hyphenatorMarksWordsAtTheirPoints_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("intergovernmental")
                            << QStringLiteral("in|ter|gov|ern|men|tal");
        QTest::newRow("en-GB") << QStringLiteral("en-GB") << QStringLiteral("the intergovernmental,")
                               << QStringLiteral("the in|ter|gov|ern|men|tal,");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("«organización»")
                            << QStringLiteral("«or|ga|ni|za|ción»");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("gouvernementale")
                            << QStringLiteral("gou|ver|ne|men|tale");
        QTest::newRow("fr apostrophe") << QStringLiteral("fr") << QStringLiteral("l’organisation")
                                       << QStringLiteral("l’or|ga|ni|sa|tion");
        QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("organização")
                            << QStringLiteral("or|ga|ni|za|ção");
        QTest::newRow("pt-BR") << QStringLiteral("pt-BR") << QStringLiteral("organização")
                               << QStringLiteral("or|ga|ni|za|ção");
        QTest::newRow("unknown language")
            << QStringLiteral("xx") << QStringLiteral("intergovernmental") << QStringLiteral("intergovernmental");
        QTest::newRow("Arabic") << QStringLiteral("ar") << QStringLiteral("التعليم") << QStringLiteral("التعليم");
    }

    void hyphenatorMarksWordsAtTheirPoints()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(marked(Hyphenator::hyphenate(text, language)), expected);
    }

    // Addresses, URLs, names, acronyms, numbers and compounds are never broken inside.
    void hyphenatorLeavesAddressesAndNamesWhole()
    {
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr") }) {
            QVERIFY2(Hyphenator::available(language), qPrintable(language));
            for (const QString &token : { QStringLiteral("communications@organization.example"),
                     QStringLiteral("https://organization.example/international/consultation"),
                     QStringLiteral("www.internationalorganization.example"), QStringLiteral("Villavicencio"),
                     QStringLiteral("UNDERSTANDING"), QStringLiteral("consultation2026"),
                     QStringLiteral("well-understood"), QStringLiteral("reports/international"),
                     QStringLiteral("organization_international"), QStringLiteral("consultation:international") }) {
                QCOMPARE(Hyphenator::hyphenate(token, language), token);
            }
        }
    }

    void paragraphsAreHyphenatedAndJustified_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("words");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("intergovernmental consultation responsibilities international "
                                              "infrastructure representatives establishment environmental "
                                              "accountability implementation");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("intergubernamental consultaciones responsabilidades internacionales "
                                              "infraestructuras representantes establecimiento medioambientales "
                                              "transparencia implementación");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("intergouvernementale consultations responsabilités internationales "
                                              "infrastructures représentants établissement environnementales "
                                              "transparence gouvernementale");
        QTest::newRow("pt") << QStringLiteral("pt")
                            << QStringLiteral("intergovernamental consultações responsabilidades internacionais "
                                              "infraestruturas representantes estabelecimento ambientais "
                                              "transparência implementação");
    }

    // A justified paragraph of long words breaks some of them at the end of a line, each at
    // one of its language's points, with a soft hyphen (U+00AD) for pdftotext; the address, the link and the
    // speaker's name in the attribution are never broken; full lines end at the margin.
    void paragraphsAreHyphenatedAndJustified()
    {
        QFETCH(QString, language);
        QFETCH(QString, words);
        const qint64 speaker = m_fixture.addSpeaker(
            QStringLiteral("Maximiliana Villavicencio Santisteban"), QStringLiteral("Subsecretaria"));
        Release release = m_fixture.makeRelease(QStringLiteral("Hyphenation ") + language, { speaker });
        release.language = language;
        const QString url = QStringLiteral("https://organization.example/consultation");
        const QString mail = QStringLiteral("communications@organization.example");
        QStringList sentences;
        const QStringList list = words.split(QLatin1Char(' '));
        for (int i = 0; i < 8; ++i)
            sentences.append(list.mid(i % 3).join(QLatin1Char(' ')) + QLatin1Char('.'));
        release.body = sentences.join(QLatin1Char(' ')) + QLatin1Char(' ') + url + QLatin1Char(' ') + mail
            + QLatin1Char(' ') + sentences.join(QLatin1Char(' '));
        release.quotes[0].text = sentences.mid(0, 3).join(QLatin1Char(' '));
        release.quotes[0].attribution = QStringLiteral(
            "Subsecretaria de Planificación Interinstitucional y Cooperación Internacional Descentralizada");
        release = saved(release);
        const ExportContext context = ExportSource(m_fixture.db()).contextFor(release);
        const QString path = exported(QStringLiteral("hyphenation-%1.pdf").arg(language), release, context);

        // -raw: lines as drawn (the default joins a justified paragraph's lines).
        const test::ProgramRun text =
            run(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), path, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        // The running footer (the headline and the page number) comes first on each page.
        QStringList lines = text.out.split(QLatin1Char('\n'));
        lines.removeIf([&](const QString &line) { return line.contains(release.headline); });
        int hyphenated = 0;
        static const QRegularExpression lastWord(
            QStringLiteral("(\\w+)\u00AD$"), QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression firstWord(
            QStringLiteral("^(\\w+)"), QRegularExpression::UseUnicodePropertiesOption);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QRegularExpressionMatch end = lastWord.match(lines.at(i));
            if (!end.hasMatch())
                continue;
            const QString next = firstWord.match(lines.at(i + 1)).captured(1);
            const QString whole = end.captured(1) + next;
            QVERIFY2(list.contains(whole), qPrintable(lines.at(i) + QStringLiteral(" / ") + lines.at(i + 1)));
            // The break is at one of the word's points.
            const QStringList pieces = marked(Hyphenator::hyphenate(whole, language)).split(QLatin1Char('|'));
            QString prefix;
            bool atPoint = false;
            for (qsizetype k = 0; k + 1 < pieces.size() && !atPoint; ++k) {
                prefix += pieces.at(k);
                atPoint = prefix == end.captured(1);
            }
            QVERIFY2(atPoint, qPrintable(pieces.join(QLatin1Char('|')) + QStringLiteral(" at ") + end.captured(1)));
            ++hyphenated;
        }
        QVERIFY2(hyphenated >= 3, qPrintable(text.out));
        // A URL may break after a slash (no hyphen added); an address never.
        const QString joined = lines.join(QLatin1Char(' '));
        QVERIFY2(
            QString(joined).replace(QStringLiteral("/ "), QStringLiteral("/")).contains(url), qPrintable(text.out));
        QVERIFY2(joined.contains(mail), qPrintable(text.out));
        QVERIFY2(joined.contains(QStringLiteral("Maximiliana Villavicencio Santisteban")), qPrintable(text.out));
        QVERIFY2(joined.contains(QStringLiteral("Interinstitucional")), qPrintable(text.out));

        // Justified: the body's full lines end at the right margin (595 − 96.4 points on A4).
        const test::ProgramRun boxes =
            run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox-layout"), path, QStringLiteral("-") });
        static const QRegularExpression lineBox(
            QStringLiteral("<line xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\""));
        int atMargin = 0;
        for (auto it = lineBox.globalMatch(boxes.out); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const double left = match.captured(1).toDouble();
            const double right = match.captured(2).toDouble();
            if (qAbs(left - 96.4) < 1 && qAbs(right - (595.3 - 96.4)) < 1.5)
                ++atMargin;
            QVERIFY2(right < 595.3 - 96.4 + 1.5, qPrintable(QString::number(right)));
        }
        QVERIFY2(atMargin >= 8, qPrintable(QString::number(atMargin)));
    }

    // Hyphens are allowed on whole runs of plain words, not word by word: each range costs
    // Pango a pass over the text before it, and a paragraph of 20,000 hyphenated words took
    // a minute and 4.5 GB (12 GB under AddressSanitizer) when every word had its own.
    void hyphenRangesCoverRunsOfPlainWords()
    {
        const QString shy = QString(Hyphenator::softHyphen);
        const QString plain = QStringLiteral("The ") + QStringLiteral("con%1sul%1ta%1tion, ").arg(shy).repeated(2000);
        const auto one = HyphenRanges::of(plain.toUtf8(), 60);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().start, 0);
        QCOMPARE(one->first().end, plain.toUtf8().size() - 1); // up to the last word, not its space

        // An address, a URL and a word too long for the line split the runs; a run without a
        // soft hyphen gets no range.
        const QString mixed = QStringLiteral("Write to press@organization.example about the con%1sul%1ta%1tion "
                                             "at https://organization.example/x or "
                                             "Intergovernmentalconsultationresponsibilities now, in%1ter%1na%1tion%1al "
                                             "and plain words")
                                  .arg(shy);
        const QByteArray utf8 = mixed.toUtf8();
        const auto ranges = HyphenRanges::of(utf8, 30);
        QVERIFY(ranges);
        QCOMPARE(ranges->size(), 2);
        const auto textOf = [&](const HyphenRanges::Range &range) {
            return QString::fromUtf8(utf8.mid(range.start, range.end - range.start)).remove(Hyphenator::softHyphen);
        };
        QCOMPARE(textOf(ranges->at(0)), QStringLiteral("about the consultation at"));
        QCOMPARE(textOf(ranges->at(1)), QStringLiteral("now, international and plain words"));
        // The same long word fits a wider line.
        QCOMPARE(HyphenRanges::of(utf8, 60)->size(), 2);
        QCOMPARE(textOf(HyphenRanges::of(utf8, 60)->at(1)),
            QStringLiteral("or Intergovernmentalconsultationresponsibilities now, international and plain words"));

        // Addresses alternating with hyphenated words: too many ranges, none at all.
        const QString hostile =
            QStringLiteral("a/b con%1sul%1ta%1tion ").arg(shy).repeated(HyphenRanges::maxRanges + 1);
        QVERIFY(!HyphenRanges::of(hostile.toUtf8(), 60));
        QVERIFY(HyphenRanges::of(QStringLiteral("a/b con%1sul%1ta%1tion ").arg(shy).repeated(10).toUtf8(), 60));
    }

    // A paragraph of thousands of words is set whole and hyphenated; one where addresses
    // alternate with long words is set whole without hyphens.
    void longParagraphsAreSetWhole()
    {
        Release release = m_fixture.makeRelease(QStringLiteral("Long paragraph"), {});
        release.language = QStringLiteral("en");
        const QString sentence = QStringLiteral("The intergovernmental consultation on responsibilities continues. ");
        const QString hostile = QStringLiteral("see https://a.example/b intergovernmental ");
        release.body =
            sentence.repeated(1500) + QStringLiteral("\n\n") + hostile.repeated(600) + QStringLiteral("closing words.");
        release = saved(release);
        const ExportContext context = ExportSource(m_fixture.db()).contextFor(release);
        const QString path = exported(QStringLiteral("long-paragraph.pdf"), release, context);
        const test::ProgramRun text =
            run(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), path, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.count(QRegularExpression(QStringLiteral("\\w\u00AD\n"))) >= 10);
        // The lines joined again, without the running footer: every word is there.
        QStringList lines = text.out.split(QLatin1Char('\n'));
        lines.removeIf([&](const QString &line) { return line.contains(release.headline); });
        const QString joined = lines.join(QLatin1Char('\n')).replace(QStringLiteral("\u00AD\n"), QString());
        QCOMPARE(joined.count(QStringLiteral("continues.")), 1500);
        QCOMPARE(joined.count(QStringLiteral("intergovernmental")), 1500 + 600);
        QCOMPARE(joined.count(QStringLiteral("https://a.example/b")), 600);
        QVERIFY(joined.contains(QStringLiteral("closing words.")));
    }

    // The editor's preview draws the PDF's own pages: as many, with the same lines.
    void previewPagesAreThePdfPages()
    {
        const qint64 speaker = m_fixture.addSpeaker(QStringLiteral("Rosa Preview"), QStringLiteral("Director"));
        Release release = m_fixture.makeRelease(QStringLiteral("What the officer sees"), { speaker });
        QStringList paragraphs;
        for (int i = 1; i <= 30; ++i)
            paragraphs.append(QStringLiteral("Paragraph %1 describes the consultation with international "
                                             "representatives, the infrastructure programme and its "
                                             "environmental accountability.")
                                  .arg(i));
        release.body = paragraphs.join(QStringLiteral("\n\n"));
        release = saved(release);
        for (const PaperSize paper : { PaperSize::A4, PaperSize::Letter }) {
            ExportContext context = ExportSource(m_fixture.db()).contextFor(release);
            context.paperSize = paper;
            const QString path =
                exported(QStringLiteral("preview-%1.pdf")
                             .arg(paper == PaperSize::A4 ? QStringLiteral("a4") : QStringLiteral("letter")),
                    release, context);
            QList<QImage> images;
            QStringList texts;
            const int count = PdfExporter::pages(release, context, 72, [&](const QImage &page, const QString &text) {
                images.append(page);
                texts.append(text);
            });
            const test::ProgramRun info = run(QStringLiteral("pdfinfo"), { path });
            const int pages =
                QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
            QVERIFY(pages >= 2);
            QCOMPARE(count, pages);
            QCOMPARE(images.size(), pages);
            QCOMPARE(images.first().width(), paper == PaperSize::A4 ? 595 : 612);
            for (int page = 1; page <= 2; ++page) {
                const test::ProgramRun text = run(QStringLiteral("pdftotext"),
                    { QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                        QString::number(page), path, QStringLiteral("-") });
                // Every line of the preview's page is a line of the PDF's page, in order.
                // The PDF's hyphen at a break is the text U+00AD, the preview's "-".
                const QStringList pdfLines = QString(text.out)
                                                 .replace(QChar(0x00AD), QLatin1Char('-'))
                                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                qsizetype at = 0;
                const QStringList lines = texts.at(page - 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                QVERIFY(lines.size() > 10);
                for (const QString &line : lines) {
                    while (at < pdfLines.size() && pdfLines.at(at).simplified() != line.simplified())
                        ++at;
                    QVERIFY2(at < pdfLines.size(), qPrintable(QStringLiteral("page %1: %2").arg(page).arg(line)));
                }
            }
        }
    }
};

QTEST_MAIN(TestPdfTypesetting)
#include "tst_pdftypesetting.moc"
