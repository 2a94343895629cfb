#include "demo/demonewsroom.h"
#include "export/exportfile.h"
#include "export/exportsource.h"
#include "export/pagedrenderer.h"
#include "export/pdfexporter.h"
#include "export/releasedocument.h"
#include "export/releaseparts.h"
#include "export/svglogo.h"
#include "programrun.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace pressdesk;

// The PDF an agency can file and anyone can read (#18): tagged in reading order (PDF/UA-1),
// archival (PDF/A-2), fonts embedded and subset, smaller than Qt's PDF; checked with
// poppler and qpdf on the demo newsroom, a long release, an Arabic quote and hostile text.
class TestPdfAccessibility : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;
    QList<Release> m_releases;
    PaperSize m_paper = PaperSize::A4; // of every export, unless a test changes it

    using Run = test::ProgramRun;
    static Run run(const QString &program, const QStringList &arguments)
    {
        return test::runProgram(program, arguments);
    }

    // Text as poppler joins it in the structure tree, compared without white space (lines
    // run together) or hyphens (a word broken at a line end reads whole there, as
    // hyphenatedWordsAreWholeInTheStructure checks, but pdftotext's lines do not).
    static QString squeezed(QString text) { return text.remove(QRegularExpression(QStringLiteral("[\\s-]+"))); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!ExportFile::write(path, bytes, &error))
            qFatal("%s", qPrintable(error));
        // PRESSDESK_KEEP_PDF=DIR keeps a copy to look at (pdftoppm).
        const QString keep = qEnvironmentVariable("PRESSDESK_KEEP_PDF");
        if (!keep.isEmpty())
            ExportFile::write(keep + QLatin1Char('/') + name, bytes, &error);
        return path;
    }

    ExportContext contextFor(const Release &release)
    {
        ExportSource source(m_fixture.db());
        ExportContext context = source.contextFor(release);
        context.paperSize = m_paper;
        return context;
    }

    Release saved(Release release)
    {
        ReleaseRepository repository(m_fixture.db());
        if (!repository.save(release))
            qFatal("%s", qPrintable(repository.errorString()));
        return *repository.load(release.id);
    }

    // The PDF of Qt's engine (QTextDocument on QPdfWriter) that the cairo one replaces.
    static QByteArray qtPdf(const ReleaseParts &parts, const ExportContext &context)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        std::unique_ptr<QTextDocument> document = ReleaseDocument::create(parts);
        QPdfWriter writer(&buffer);
        writer.setPageSize(PagedRenderer::pageSize(context.paperSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        PagedRenderer::render(*document, writer, { parts.headline, parts.labels.pageOfPattern() });
        return bytes;
    }

    // One leaf of `pdfinfo -struct-text`: its text and the elements above it.
    struct Leaf
    {
        QStringList path;
        QString text;
    };

    static QList<Leaf> structureLeaves(const QString &structText)
    {
        QList<Leaf> leaves;
        QStringList stack;
        const QStringList lines = structText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const qsizetype depth = (line.size() - line.trimmed().size()) / 2;
            const QString content = line.trimmed();
            while (stack.size() > depth)
                stack.removeLast();
            if (content.startsWith(QLatin1Char('"'))) {
                leaves.append({ stack, squeezed(content.mid(1, content.size() - 2)) });
            } else {
                stack.append(content.section(QLatin1Char(' '), 0, 0));
            }
        }
        return leaves;
    }

    // Every check of #18 on one exported release. Returns the PDF's path.
    QString verifyAccessible(const QString &name, const Release &release, const QStringList &listItems = {},
        const QStringList &headings = {})
    {
        const ExportContext context = contextFor(release);
        const ReleaseParts parts = ReleaseParts::build(release, context);
        QString error;
        const QByteArray pdf = PdfExporter::render(release, context, &error);
        [&] {
            QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        }();
        const QString path = write(name + QStringLiteral(".pdf"), pdf);

        const Run info = run(QStringLiteral("pdfinfo"), { path });
        [&] {
            QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Tagged:\\s+yes"))), qPrintable(info.out));
        }();
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();

        const Run structure = run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path });
        const QList<Leaf> leaves = structureLeaves(structure.out);
        [&] {
            QVERIFY2(structure.out.startsWith(QLatin1String("Document")), qPrintable(structure.out.left(200)));
            // The headline is in the tree once, as H1: the footer's copy is an artifact.
            const QString headline = squeezed(parts.headline);
            int found = 0;
            for (const Leaf &leaf : leaves) {
                if (leaf.text.contains(headline)) {
                    ++found;
                    QCOMPARE(leaf.path.last(), QStringLiteral("H1"));
                }
                const QString footer = squeezed(parts.labels.pageOf(1, pages));
                QVERIFY2(!leaf.text.contains(footer), qPrintable(leaf.text));
            }
            QCOMPARE(found, 1);
            // Each quote under its BlockQuote, in order.
            qsizetype from = 0;
            for (const ReleaseParts::QuotePart &quote : parts.quotes) {
                const QString words = squeezed(quote.text).left(60);
                qsizetype at = -1;
                for (qsizetype i = from; i < leaves.size() && at < 0; ++i) {
                    if (leaves.at(i).text.contains(words))
                        at = i;
                }
                QVERIFY2(at >= 0, qPrintable(quote.text));
                QVERIFY2(leaves.at(at).path.contains(QStringLiteral("BlockQuote")), qPrintable(quote.text));
                from = at + 1;
            }
            for (const QString &item : listItems) {
                bool listed = false;
                for (const Leaf &leaf : leaves) {
                    if (leaf.text.contains(squeezed(item))) {
                        listed = leaf.path.contains(QStringLiteral("L")) && leaf.path.contains(QStringLiteral("LI"))
                            && leaf.path.last() == QStringLiteral("LBody");
                    }
                }
                QVERIFY2(listed, qPrintable(item));
            }
        }();

        const Run check = run(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
        [&] {
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        }();
        [&] {
            QVERIFY(check.out.contains(QStringLiteral("No syntax or stream encoding errors found")));
        }();

        const Run metadata = run(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), path });
        [&] {
            QVERIFY(metadata.out.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
            QVERIFY(metadata.out.contains(QStringLiteral("<pdfuaid:part>1</pdfuaid:part>")));
            QVERIFY(metadata.out.contains(QStringLiteral("<dc:language><rdf:Bag><rdf:li>") + parts.language));
        }();

        const Run fonts = run(QStringLiteral("pdffonts"), { path });
        [&] {
            const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
            QVERIFY(!lines.isEmpty());
            for (const QString &line : lines) {
                // Columns: name type encoding emb sub uni object ID (the type may hold a space).
                const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                QVERIFY2(columns.size() >= 7, qPrintable(line));
                QVERIFY2(columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line)); // embedded
                QVERIFY2(columns.at(columns.size() - 4) == QLatin1String("yes"), qPrintable(line)); // subset
            }
        }();

        // The catalog: language, title bar, marked, output intent; the logo described.
        const QString expanded = m_dir.filePath(name + QStringLiteral("-qdf.pdf"));
        run(QStringLiteral("qpdf"),
            { QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, expanded });
        QFile file(expanded);
        [&] {
            QVERIFY(file.open(QIODevice::ReadOnly));
        }();
        const QByteArray raw = file.readAll();
        [&] {
            QVERIFY(raw.contains("/Lang (" + parts.language.toLatin1() + ")"));
            QVERIFY(raw.contains("/DisplayDocTitle true"));
            QVERIFY(raw.contains("/Marked true"));
            QVERIFY(raw.contains("/GTS_PDFA1"));
            QVERIFY(raw.contains("/Artifact BMC"));
            QVERIFY(raw.contains("/Outlines"));
            QVERIFY(raw.contains("/StructTreeRoot"));
            QVERIFY(!raw.contains("/JavaScript") && !raw.contains("/JS "));
        }();

        // No page is more than a quarter empty, except the last and one before the closing
        // sections (the boilerplate starts a page rather than leave its heading alone).
        const Run boxes = run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), path, QStringLiteral("-") });
        [&] {
            const QStringList pageTexts = boxes.out.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1);
            static const QRegularExpression word(QStringLiteral(
                "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
            const QStringList closing { ReleaseParts::endMark(), parts.labels.notesToEditors(), parts.aboutHeading,
                parts.labels.mediaContacts() };
            QList<double> bottoms;
            QStringList firstWords;
            for (const QString &page : pageTexts) {
                const double height =
                    QRegularExpression(QStringLiteral("height=\"([\\d.]+)\"")).match(page).captured(1).toDouble();
                double bottom = 0;
                QString first;
                QString lastLine;
                for (auto it = word.globalMatch(page); it.hasNext();) {
                    const QRegularExpressionMatch match = it.next();
                    const double yMax = match.captured(2).toDouble();
                    if (yMax > height - 60) // the footer
                        continue;
                    if (first.isEmpty())
                        first = match.captured(3);
                    if (yMax > bottom + 0.5)
                        lastLine.clear();
                    if (yMax > bottom - 0.5)
                        lastLine += match.captured(3) + QLatin1Char(' ');
                    bottom = std::max(bottom, yMax);
                }
                // A heading never ends a page (but the last).
                if (&page != &pageTexts.last())
                    QVERIFY2(!headings.contains(lastLine.trimmed()), qPrintable(lastLine));
                bottoms.append(bottom / height);
                firstWords.append(first);
            }
            for (qsizetype i = 0; i + 1 < bottoms.size(); ++i) {
                bool beforeClosing = false;
                for (const QString &heading : closing)
                    beforeClosing = beforeClosing || (!heading.isEmpty() && heading.startsWith(firstWords.at(i + 1)));
                // The body ends at 842 − 74 points: three quarters of it filled is 0.7 of the sheet.
                QVERIFY2(beforeClosing || bottoms.at(i) > 0.7,
                    qPrintable(QStringLiteral("page %1 ends at %2 of the sheet").arg(i + 1).arg(bottoms.at(i))));
            }
        }();

        const QByteArray before = qtPdf(parts, context);
        write(name + QStringLiteral("-qt.pdf"), before);
        [&] {
            QVERIFY2(pdf.size() < before.size(),
                qPrintable(QStringLiteral("cairo %1 bytes, Qt %2 bytes").arg(pdf.size()).arg(before.size())));
        }();
        qInfo("%s: %d pages, %lld bytes (Qt's engine: %lld bytes)", qPrintable(name), pages,
            static_cast<long long>(pdf.size()), static_cast<long long>(before.size()));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(DemoNewsroom(m_fixture.db()).install(), DemoNewsroom::Result::Added);
        ReleaseRepository repository(m_fixture.db());
        const QList<Release> summaries = repository.summaries({});
        for (const Release &summary : summaries)
            m_releases.append(*repository.load(summary.id));
        QVERIFY(!m_releases.isEmpty());
    }

    void demoNewsroomIsAccessible()
    {
        for (const Release &release : std::as_const(m_releases)) {
            verifyAccessible(QStringLiteral("demo-%1").arg(release.id), release);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Printing and print preview paint the PDF's own pages (on a QPrinter in the GUI; on a
    // QPdfWriter here, the other QPagedPaintDevice).
    void printingPaintsThePdfPages()
    {
        const Release release = m_releases.first();
        const ExportContext context = contextFor(release);
        const QString exported = write(QStringLiteral("exported.pdf"), PdfExporter::render(release, context));
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        QFile file(printed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QPdfWriter writer(&file);
        writer.setResolution(150);
        writer.setPageSize(PagedRenderer::pageSize(context.paperSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        const int pages = PdfExporter::paint(release, context, writer);
        file.close();
        if (!qEnvironmentVariable("PRESSDESK_KEEP_PDF").isEmpty())
            QFile::copy(printed, qEnvironmentVariable("PRESSDESK_KEEP_PDF") + QStringLiteral("/printed.pdf"));
        const auto pageCount = [](const QString &path) {
            const Run info = run(QStringLiteral("pdfinfo"), { path });
            return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
        };
        QVERIFY(pages > 0);
        QCOMPARE(pages, pageCount(exported));
        QCOMPARE(pageCount(printed), pages);
        const Run images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), printed });
        QCOMPARE(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2 + pages);
    }

    // The letterhead's logo is a Figure named by the organization, in the tree before the
    // organization's name.
    void logoIsAFigureWithAlternativeText()
    {
        OrganizationRepository organizations(m_fixture.db());
        Organization ours = *organizations.ours();
        QImage logo(120, 60, QImage::Format_ARGB32);
        logo.fill(QColor(0x1d, 0x4e, 0x89));
        QBuffer buffer(&ours.logo);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        ExportContext context = contextFor(m_releases.first());
        context.organization = ours;
        const QString path = write(QStringLiteral("logo.pdf"), PdfExporter::render(m_releases.first(), context));
        const Run structure = run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path });
        const qsizetype figure = structure.out.indexOf(QStringLiteral("Figure"));
        QVERIFY2(figure > 0, qPrintable(structure.out.left(300)));
        QVERIFY(figure < structure.out.indexOf(squeezed(ours.name).left(6)));
        const QString expanded = m_dir.filePath(QStringLiteral("logo-qdf.pdf"));
        run(QStringLiteral("qpdf"),
            { QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, expanded });
        QFile file(expanded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY2(raw.contains("/Alt ("), "the Figure has no /Alt");
        const Run images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
        QCOMPARE(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    }

    // An SVG logo is drawn as vectors (no image in the file), still a Figure with its text,
    // in its own colours; what an SVG may carry besides a drawing (a script, a file it points
    // to) does not reach the PDF.
    void svgLogoIsDrawnAsVectors()
    {
        // Nothing tries to open the file the SVG points to (Qt's SVG reader would).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("hostname")));
        OrganizationRepository organizations(m_fixture.db());
        Organization ours = *organizations.ours();
        ours.logo =
            QByteArrayLiteral("<?xml version=\"1.0\"?>\n"
                              "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                              "width=\"240\" height=\"120\" viewBox=\"0 0 240 120\">"
                              "<script>alert('logo')</script>"
                              "<rect x=\"0\" y=\"0\" width=\"240\" height=\"120\" fill=\"#c8102e\"/>"
                              "<circle cx=\"60\" cy=\"60\" r=\"50\" fill=\"#1d4e89\"/>"
                              "<image x=\"0\" y=\"0\" width=\"10\" height=\"10\" xlink:href=\"file:///etc/hostname\"/>"
                              "</svg>");
        ExportContext context = contextFor(m_releases.first());
        context.organization = ours;
        const QString path = write(QStringLiteral("svg-logo.pdf"), PdfExporter::render(m_releases.first(), context));
        const Run images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
        QCOMPARE(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // the heading only
        const Run structure = run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path });
        const qsizetype figure = structure.out.indexOf(QStringLiteral("Figure"));
        QVERIFY2(figure > 0, qPrintable(structure.out.left(300)));
        QVERIFY(figure < structure.out.indexOf(squeezed(ours.name).left(6)));
        QCOMPARE(run(QStringLiteral("qpdf"), { QStringLiteral("--check"), path }).exitCode, 0);
        const QString expanded = m_dir.filePath(QStringLiteral("svg-logo-qdf.pdf"));
        run(QStringLiteral("qpdf"),
            { QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, expanded });
        QFile file(expanded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(raw.contains("/Alt ("));
        QVERIFY(!raw.contains("/JavaScript") && !raw.contains("/JS ") && !raw.contains("alert"));
        // Page 1 drawn: the logo's red and blue are there, sharp at any resolution.
        const QString picture = m_dir.filePath(QStringLiteral("svg-logo-page"));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("144"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), path,
                picture });
        const QImage page(picture + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        int red = 0;
        int blue = 0;
        for (int y = 0; y < page.height() / 4; ++y) {
            for (int x = 0; x < page.width() / 2; ++x) {
                const QColor colour = page.pixelColor(x, y);
                red += colour == QColor(0xc8, 0x10, 0x2e);
                blue += colour == QColor(0x1d, 0x4e, 0x89);
            }
        }
        QVERIFY2(red > 500 && blue > 500, qPrintable(QStringLiteral("red %1, blue %2").arg(red).arg(blue)));

        // Where a picture is needed (HTML, ODT, the press room) librsvg draws it too.
        const QImage raster = QImage::fromData(SvgLogo::png(ours.logo, 400));
        QCOMPARE(raster.size(), QSize(240, 120));
        QCOMPARE(raster.pixelColor(230, 5), QColor(0xc8, 0x10, 0x2e));
        QCOMPARE(SvgLogo::png(ours.logo, 60).size() > 0, true);
        QCOMPARE(QImage::fromData(SvgLogo::png(ours.logo, 60)).height(), 60);

        // An SVG librsvg cannot read leaves the letterhead without a logo, never the export failed.
        ours.logo = QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=");
        context.organization = ours;
        const QByteArray broken = PdfExporter::render(m_releases.first(), context);
        QVERIFY(broken.startsWith("%PDF-"));
    }

    void listsLinksAndQuotesAreTagged()
    {
        const qint64 minister = m_fixture.addSpeaker(QStringLiteral("Ana Tagged"), QStringLiteral("Minister"));
        const qint64 director = m_fixture.addSpeaker(QStringLiteral("Ben Marked"), QStringLiteral("Director"));
        Release release = m_fixture.makeRelease(QStringLiteral("Structure in reading order"), { director, minister });
        release.lead = QStringLiteral("Delegates met today.");
        release.body = QStringLiteral("Opening paragraph with [a link](https://example.org/agenda).\n\n"
                                      "The congress sets out three priorities:\n\n"
                                      "- Priority alpha\n- Priority beta\n- Priority gamma\n\n"
                                      "## Next steps\n\n"
                                      "1. First step\n   - nested detail\n2. Second step\n\n"
                                      "> A passage quoted from the declaration.\n\n"
                                      "    code line\n\n"
                                      "#### A deep heading\n\n"
                                      "Closing paragraph of the body.");
        release.quotes[0].text = QStringLiteral("Director words by default.");
        release.quotes[1].text = QStringLiteral("Minister words after the list.");
        release.quotes[1].placement = 3;
        const QString path = verifyAccessible(QStringLiteral("structure"), saved(release),
            { QStringLiteral("Priority alpha"), QStringLiteral("Priority gamma") });
        if (QTest::currentTestFailed())
            return;
        const Run structure = run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path });
        QVERIFY(structure.out.contains(QStringLiteral("Link")));
        QVERIFY(structure.out.contains(QStringLiteral("H2")));
        QVERIFY(structure.out.contains(QStringLiteral("Lbl")));
        // The nested list is an L inside the outer list's item; the Markdown quote a
        // BlockQuote; the deep heading an H3 after the H2.
        const QList<Leaf> leaves = structureLeaves(structure.out);
        bool nested = false;
        bool quoted = false;
        bool deep = false;
        for (const Leaf &leaf : leaves) {
            if (leaf.text.contains(QStringLiteral("nesteddetail")))
                nested = leaf.path.count(QStringLiteral("L")) == 2;
            if (leaf.text.contains(QStringLiteral("Apassagequoted")))
                quoted = leaf.path.contains(QStringLiteral("BlockQuote"));
            if (leaf.text.contains(QStringLiteral("Adeepheading")))
                deep = leaf.path.last() == QStringLiteral("H3");
        }
        QVERIFY(nested);
        QVERIFY(quoted);
        QVERIFY(deep);
    }

    // The hostile corpus (tests/data/hostile/strings.txt) as the body's paragraphs, in the
    // quote and its attribution: still a tagged, valid PDF/A with its text printed literally.
    void hostileCorpusIsAccessible()
    {
        QFile corpus(QStringLiteral(PRESSDESK_TEST_DATA "/hostile/strings.txt"));
        QVERIFY(corpus.open(QIODevice::ReadOnly));
        QStringList strings;
        for (const QString &line : QString::fromUtf8(corpus.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("# ")))
                strings.append(line);
        }
        QVERIFY(strings.size() > 10);
        const qint64 speaker = m_fixture.addSpeaker(strings.at(0), strings.at(1));
        Release release = m_fixture.makeRelease(
            QStringLiteral("Headline \" onmouseover=\"x & <b>not bold</b> 'quoted'"), { speaker });
        release.subheadline = strings.at(2);
        release.lead = strings.at(3);
        release.body = strings.join(QStringLiteral("\n\n"));
        release.quotes[0].text = QStringLiteral("A quote with ") + strings.at(4);
        release.quotes[0].attribution = strings.at(5);
        release.notesToEditors = strings.at(6);
        release = saved(release);
        const QString path = verifyAccessible(QStringLiteral("hostile"), release);
        const Run text = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY2(squeezed(text.out).contains(squeezed(QStringLiteral("<script>alert(1)</script>"))),
            qPrintable(text.out.left(400)));
        // A paragraph under a right-to-left override reads in the order it is written, as
        // stored, not as drawn; one with zero-width characters reads whole (the invisible
        // characters, and the bidi controls, are not part of the text read).
        const QList<Leaf> leaves =
            structureLeaves(run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path }).out);
        for (const QString &marker : { QStringLiteral("right-to-left override"), QStringLiteral("zero") }) {
            const QString written = *std::find_if(
                strings.cbegin(), strings.cend(), [&](const QString &string) { return string.contains(marker); });
            const QString expected = squeezed(written).remove(QRegularExpression(QStringLiteral("\\p{Cf}")));
            const auto leaf = std::find_if(
                leaves.cbegin(), leaves.cend(), [&](const Leaf &leaf) { return leaf.text.contains(squeezed(marker)); });
            QVERIFY2(leaf != leaves.cend(), qPrintable(marker));
            QCOMPARE(leaf->text, expected);
        }
    }

    void longReleaseBreaksQuotesBetweenLines()
    {
        const qint64 speaker = m_fixture.addSpeaker(QStringLiteral("Carla Long"), QStringLiteral("Rapporteur"));
        Release release =
            m_fixture.makeRelease(QStringLiteral("A twenty-page report on the regional congress"), { speaker });
        QStringList paragraphs;
        QStringList headings;
        for (int i = 1; i <= 90; ++i) {
            // A heading every seven paragraphs, so some fall where a page ends.
            if (i % 7 == 0) {
                headings.append(QStringLiteral("Section %1").arg(i / 7));
                paragraphs.append(QStringLiteral("## ") + headings.last());
            }
            paragraphs.append(QStringLiteral("Paragraph %1 of the report sets out what the delegates agreed on "
                                             "water, schools and roads, in the words of the final declaration "
                                             "adopted by the plenary after three days of debate.")
                                  .arg(i));
        }
        release.body = paragraphs.join(QStringLiteral("\n\n"));
        release.quotes[0].text = QStringLiteral("This is a long quote that goes on. ").repeated(60);
        release.quotes[0].placement = 5;
        release = saved(release);
        // The page rules (widows, orphans, headings, no page a quarter empty) on US Letter too.
        m_paper = PaperSize::Letter;
        verifyAccessible(QStringLiteral("long-letter"), release, {}, headings);
        m_paper = PaperSize::A4;
        if (QTest::currentTestFailed())
            return;
        const QString path = verifyAccessible(QStringLiteral("long"), release, {}, headings);
        if (QTest::currentTestFailed())
            return;
        // Words on either side of a line break stay two words in the structure tree.
        const Run structure = run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path });
        QVERIFY2(structure.out.contains(paragraphs.first()), qPrintable(structure.out.left(1500)));
        // The quote starts on page 1 and goes on over page 2: broken between lines, not
        // pushed whole to the next page.
        for (const QString &page : { QStringLiteral("1"), QStringLiteral("2") }) {
            const Run text = run(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), page, QStringLiteral("-l"), page, path, QStringLiteral("-") });
            QVERIFY2(text.out.contains(QStringLiteral("This is a long quote")), qPrintable(page));
        }
    }

    void arabicQuoteIsTaggedAndEmbedded()
    {
        const qint64 speaker = m_fixture.addSpeaker(QStringLiteral("Laila Haddad"), QStringLiteral("Ministre"));
        Release release = m_fixture.makeRelease(QStringLiteral("Une citation en arabe"), { speaker });
        release.language = QStringLiteral("fr");
        release.quotes[0].text = QStringLiteral("التعليم حق لكل طفل في كل مكان");
        const QString path = verifyAccessible(QStringLiteral("arabic"), saved(release));
        if (QTest::currentTestFailed())
            return;
        // The quote's element carries its language, the document French.
        const QString expanded = m_dir.filePath(QStringLiteral("arabic-lang.pdf"));
        run(QStringLiteral("qpdf"),
            { QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, expanded });
        QFile file(expanded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(raw.contains("/Lang (ar)"));
        QVERIFY(raw.contains("/Lang (fr)"));
        // The right-to-left quote reads from its opening mark to its closing one.
        const QList<Leaf> leaves =
            structureLeaves(run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path }).out);
        const auto quote = std::find_if(leaves.cbegin(), leaves.cend(),
            [&](const Leaf &leaf) { return leaf.text.contains(squeezed(release.quotes[0].text)); });
        QVERIFY(quote != leaves.cend());
        QCOMPARE(quote->text, QStringLiteral("“") + squeezed(release.quotes[0].text) + QStringLiteral("”"));
    }

    // A word hyphenated at a line end is one word in the structure tree, as a screen reader
    // must say it: the hyphen at the break is a soft hyphen (PDF 1.7, 14.8.2.2.3), which
    // poppler leaves out of the text it reads; pdftotext shows it at the line's end.
    void hyphenatedWordsAreWholeInTheStructure()
    {
        const qint64 speaker = m_fixture.addSpeaker(QStringLiteral("Ines Whole"), QStringLiteral("Director"));
        Release release = m_fixture.makeRelease(QStringLiteral("Words read whole"), { speaker });
        release.language = QStringLiteral("en");
        const QString sentence = QStringLiteral("The consultation on international infrastructure and environmental "
                                                "accountability continues. ");
        const QString paragraph = sentence.repeated(12).trimmed();
        const QString quote =
            QStringLiteral("Representatives establish intergovernmental responsibilities. ").repeated(5).trimmed();
        release.body = paragraph + QStringLiteral("\n\nThe self-made closing paragraph.");
        release.quotes[0].text = quote;
        const QString path = verifyAccessible(QStringLiteral("hyphenated"), saved(release));
        if (QTest::currentTestFailed())
            return;
        const Run structure = run(QStringLiteral("pdfinfo"), { QStringLiteral("-struct-text"), path });
        QVERIFY2(structure.out.contains(QLatin1Char('"') + paragraph + QLatin1Char('"')),
            qPrintable(structure.out.left(1500)));
        QVERIFY(structure.out.contains(QStringLiteral("“") + quote + QStringLiteral("”")));
        QVERIFY(structure.out.contains(QStringLiteral("The self-made closing paragraph.")));
        QVERIFY(!structure.out.contains(QChar(0x00AD)));
        const Run text = run(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), path, QStringLiteral("-") });
        QVERIFY2(text.out.count(QRegularExpression(QStringLiteral("\\w\u00AD\n"))) >= 3, qPrintable(text.out));
    }
};

QTEST_MAIN(TestPdfAccessibility)
#include "tst_pdfaccessibility.moc"
