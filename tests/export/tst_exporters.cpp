#include "demo/demonewsroom.h"
#include "export/contentlines.h"
#include "export/exportfile.h"
#include "export/exportsource.h"
#include "export/htmlexporter.h"
#include "export/icalendarexporter.h"
#include "export/markdownexporter.h"
#include "export/markdownrenderer.h"
#include "export/ninjsexporter.h"
#include "export/odtexporter.h"
#include "export/pdfexporter.h"
#include "export/plaintextexporter.h"
#include "export/releaselabels.h"
#include "export/releaseparts.h"
#include "export/vcardexporter.h"
#include "i18n/translations.h"
#include "programrun.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// Golden checks on the demo newsroom and on hostile input, with real outside tools.
class TestExporters : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;
    QList<Release> m_releases;

    using Run = test::ProgramRun;
    static Run run(const QString &program, const QStringList &arguments)
    {
        return test::runProgram(program, arguments);
    }

    // Debian's interpreter, which has the packages install-deps.sh installs (a python3 of
    // pyenv or a virtualenv earlier on PATH may not).
    static QString python()
    {
        return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
    }

    // A word broken at a line end ends its line with a soft hyphen (U+00AD) in the PDF's text
    // and goes on at the start of the next: joined again here.
    static QString collapsed(QString text)
    {
        text.remove(QRegularExpression(QStringLiteral("\u00AD\\s*")));
        return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!ExportFile::write(path, bytes, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    ExportContext contextFor(const Release &release)
    {
        ExportSource source(m_fixture.db());
        return source.contextFor(release);
    }

    Release releaseIn(const QString &language)
    {
        for (const Release &release : std::as_const(m_releases)) {
            if (release.language == language)
                return release;
        }
        qFatal("no demo release in %s", qPrintable(language));
    }

    // A release whose every field carries markup or script.
    Release hostileRelease()
    {
        const qint64 speaker = m_fixture.addSpeaker(
            QStringLiteral("<script>alert('name')</script> Eve"), QStringLiteral("\" onmouseover=\"alert(1)"));
        Release release =
            m_fixture.makeRelease(QStringLiteral("<script>alert(1)</script> Headline \" onmouseover=\"x"), { speaker });
        release.subheadline = QStringLiteral("<img src=x onerror=alert(1)>");
        release.lead = QStringLiteral("Lead with <b onclick=\"alert(1)\">markup</b> & an ampersand.");
        release.body = QStringLiteral(
            "First paragraph with [a link](javascript:alert(1)) and [a good one](https://example.org).\n\n"
            "<img src=x onerror=alert(1)>\n\n"
            "<script>alert(2)</script>\n\n"
            "Inline <span onmouseover=\"alert(3)\">html</span> and ![img](data:text/html,x) "
            "and <javascript:alert(4)> and [mail](mailto:press@example.org).\n\n"
            "[data](data:text/html;base64,PHNjcmlwdD4=) [vb](VBSCRIPT:msgbox)");
        release.quotes.first().text = QStringLiteral("\"><script>alert('quote')</script>");
        release.quotes.first().attribution = QStringLiteral("<a href=\"javascript:alert(1)\">Boss</a>");
        release.tags = { QStringLiteral("<script>tag</script>"), QStringLiteral("\" onload=\"x") };
        release.notesToEditors = QStringLiteral("<iframe src=javascript:alert(1)>");
        release.datelineCity = QStringLiteral("<b>CITY</b>");
        // Text tricks: a right-to-left override, zero-width characters, a lone surrogate
        // (invalid UTF-16), a style breakout, and a very long paragraph.
        release.subheadline += QStringLiteral(" \u202Eevil\u202C \u200B\u200Dzero\uFEFF width ") + QChar(0xD800)
            + QStringLiteral(" </style><style>body{display:none}</style>");
        release.boilerplate = QStringLiteral("</style><link rel=stylesheet href=https://evil.example/x.css>");
        release.body += QStringLiteral("\n\n") + QStringLiteral("Long paragraph ").repeated(20000);
        ReleaseRepository repository(m_fixture.db());
        if (!repository.save(release))
            qFatal("%s", qPrintable(repository.errorString()));
        return *repository.load(release.id);
    }

    static void verifyInOrder(const QString &text, const QStringList &parts)
    {
        qsizetype from = 0;
        for (const QString &part : parts) {
            const qsizetype at = text.indexOf(collapsed(part), from);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: \"%1\"").arg(part)));
            from = at + 1;
        }
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
        QCOMPARE(m_releases.size(), 8);
        QVERIFY2(!HtmlExporter::isUserTemplate(), "tests use the built-in template");
    }

    void pdfTextHasEveryPartInOrder_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 8; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void pdfTextHasEveryPartInOrder()
    {
        QFETCH(int, index);
        const Release release = m_releases.at(index);
        const ExportContext context = contextFor(release);
        QString error;
        const QByteArray pdf = PdfExporter::render(release, context, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString path = write(QStringLiteral("golden-%1.pdf").arg(index), pdf);
        // The running footer repeats the headline on every page; read the text above it.
        const Run text = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-x"), QStringLiteral("0"),
                QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"), QStringLiteral("595"),
                QStringLiteral("-H"), QStringLiteral("770"), path, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        const QString words = collapsed(text.out);
        const Run full = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        const ReleaseParts parts = ReleaseParts::build(release, context);
        QStringList expected { parts.releaseLine, release.headline, parts.dateline };
        for (const Quote &quote : release.quotes)
            expected << quote.text << quote.speakerName << quote.attribution;
        expected << QStringLiteral("###") << parts.boilerplate.left(120);
        verifyInOrder(words, expected);
        QVERIFY2(!text.out.contains(QChar(0xFB03)) && !text.out.contains(QChar(0xFB01)), "ligature glyphs in the text");
        QVERIFY(!words.contains(parts.labels.pageOf(1, 1).left(7)));
        QVERIFY(full.out.contains(parts.labels.pageOf(1, 2).left(parts.labels.pageOf(1, 2).size() - 1))
            || full.out.contains(parts.labels.pageOf(1, 3).left(parts.labels.pageOf(1, 3).size() - 1)));
    }

    void pdfFontsEmbeddedAndMetadata()
    {
        const Release release = m_releases.first();
        ExportContext context = contextFor(release);
        const QString a4 = write(QStringLiteral("a4.pdf"), PdfExporter::render(release, context));
        context.paperSize = PaperSize::Letter;
        const QString letter = write(QStringLiteral("letter.pdf"), PdfExporter::render(release, context));

        const Run fonts = run(QStringLiteral("pdffonts"), { a4 });
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }

        const Run info = run(QStringLiteral("pdfinfo"), { a4 });
        QVERIFY2(info.out.contains(QStringLiteral("Title:           ") + release.headline), qPrintable(info.out));
        QVERIFY(info.out.contains(QStringLiteral("595 x 842 pts (A4)")));
        QVERIFY(info.out.contains(QStringLiteral("Creator:         Pressdesk")));
        const Run letterInfo = run(QStringLiteral("pdfinfo"), { letter });
        QVERIFY2(letterInfo.out.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(letterInfo.out));
        const Run metadata = run(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), a4 });
        QVERIFY(metadata.out.contains(QStringLiteral("<dc:language>")));
        QVERIFY(metadata.out.contains(release.tags.first()));

        context.pdfA = true;
        const QString archive = write(QStringLiteral("archive.pdf"), PdfExporter::render(release, context));
        const Run archiveMeta = run(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), archive });
        QVERIFY2(archiveMeta.out.contains(QStringLiteral("pdfaid:part")), qPrintable(archiveMeta.out.left(400)));
    }

    void pdfLetterheadShowsTheLogo()
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
        const Run images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
        QCOMPARE(images.exitCode, 0);
        QVERIFY2(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3, qPrintable(images.out));
        const QByteArray html = HtmlExporter::render(m_releases.first(), context);
        QVERIFY(html.contains("src=\"data:image/png;base64,"));
    }

    void htmlValidatesAndIsSafeWithHostileInput()
    {
        const QString validator = QStringLiteral(PRESSDESK_SOURCE_DIR "/node_modules/.bin/html-validate");
        QVERIFY2(QFile::exists(validator), "run scripts/install-deps.sh (npm ci) first");
        QStringList files;
        QList<Release> releases = m_releases;
        releases.append(hostileRelease());
        for (const Release &release : std::as_const(releases)) {
            QString error;
            const QByteArray html = HtmlExporter::render(release, contextFor(release), &error);
            QVERIFY2(!html.isEmpty(), qPrintable(error));
            files.append(write(QStringLiteral("release-%1.html").arg(release.id), html));
        }
        const Run validation = run(validator,
            QStringList {
                QStringLiteral("--config"), QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/data/htmlvalidate.json") }
                + files);
        QVERIFY2(validation.exitCode == 0, qPrintable(validation.out + validation.err));

        const Release hostile = releases.last();
        ExportContext context = contextFor(hostile);
        for (bool fragment : { false, true }) {
            context.fragment = fragment;
            const QString html = QString::fromUtf8(HtmlExporter::render(hostile, context));
            QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QStringLiteral("<img src=x"), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive));
            // The words a user typed may mention javascript: as text; no URL may use it.
            static const QRegularExpression badUrl(
                QStringLiteral(
                    "\\s(href|src|action|formaction|srcset)\\s*=\\s*[\"']\\s*(javascript|vbscript|data:text)"),
                QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!html.contains(badUrl), qPrintable(badUrl.match(html).captured(0)));
            QVERIFY(!html.contains(QStringLiteral("=\"javascript:"), Qt::CaseInsensitive));
            // No remote resource and no style breakout from what the user typed.
            QVERIFY(!html.contains(QStringLiteral("evil.example/x.css\""))
                && !html.contains(QStringLiteral("<link rel=stylesheet")));
            QVERIFY(!html.contains(QStringLiteral("<style>body{display:none}")));
            QVERIFY(html.contains(QStringLiteral("&lt;/style&gt;")));
            // Attribute values are always double-quoted and escaped, so with them taken out
            // only real attribute names remain inside the tags.
            QString tagsOnly = html;
            tagsOnly.replace(QRegularExpression(QStringLiteral("\"[^\"]*\"")), QStringLiteral("\"\""));
            QVERIFY2(!tagsOnly.contains(QRegularExpression(
                         QStringLiteral("<[^>]*\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption)),
                "an event handler attribute survived");
            QVERIFY(html.contains(QStringLiteral("href=\"https://example.org\"")));
            QVERIFY(html.contains(QStringLiteral("href=\"mailto:press@example.org\"")));
            QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; Headline")));
            QCOMPARE(html.contains(QStringLiteral("<!DOCTYPE html>")), !fragment);
            QVERIFY(html.contains(QStringLiteral("<article")));
        }
    }

    void htmlPageHasTheStandaloneParts()
    {
        const Release release = releaseIn(QStringLiteral("en"));
        const QString html = QString::fromUtf8(HtmlExporter::render(release, contextFor(release)));
        for (const char *part : { "<html lang=\"en\">", "<meta charset=\"utf-8\">", "name=\"viewport\"", "@media print",
                 "<h1>", "class=\"quote\"", "###", "</html>" })
            QVERIFY2(html.contains(QLatin1String(part)), part);
    }

    void labelsFollowTheReleaseLanguage()
    {
        const Release spanish = releaseIn(QStringLiteral("es"));
        const QString es = QString::fromUtf8(HtmlExporter::render(spanish, contextFor(spanish)));
        QVERIFY(es.contains(QStringLiteral("PARA DIFUSIÓN INMEDIATA")));
        QVERIFY(es.contains(QStringLiteral("Acerca de")));
        QVERIFY(es.contains(QStringLiteral("Contactos de prensa")));
        QVERIFY(es.contains(QStringLiteral("16 de julio de 2026")));
        QVERIFY(es.contains(QStringLiteral("lang=\"es\"")));
        const Release french = releaseIn(QStringLiteral("fr"));
        const QString fr = QString::fromUtf8(PlainTextExporter::render(french, contextFor(french)));
        QVERIFY(fr.contains(QStringLiteral("POUR DIFFUSION IMMÉDIATE")));
        QVERIFY(fr.contains(QStringLiteral("À propos de")));
        QVERIFY(fr.contains(QStringLiteral("Contacts presse")));
        const QString frPdf = write(QStringLiteral("fr.pdf"), PdfExporter::render(french, contextFor(french)));
        const Run text = run(QStringLiteral("pdftotext"), { frPdf, QStringLiteral("-") });
        QVERIFY(text.out.contains(QStringLiteral("POUR DIFFUSION IMMÉDIATE")));
        QVERIFY(text.out.contains(QStringLiteral("Page 1 sur")));

        ReleaseLabels labels = ReleaseLabels::forLanguage(QStringLiteral("es"));
        QVERIFY(labels
                    .embargoedUntil(
                        QDateTime(QDate(2026, 7, 15), QTime(15, 0), Qt::UTC), QStringLiteral("America/Costa_Rica"))
                    .startsWith(QStringLiteral("EMBARGADO HASTA EL 15 de julio de 2026, 09:00")));
        labels = ReleaseLabels::forLanguage(QStringLiteral("en"));
        QCOMPARE(labels.embargoedUntil(
                     QDateTime(QDate(2026, 7, 15), QTime(15, 0), Qt::UTC), QStringLiteral("America/Costa_Rica")),
            QStringLiteral("EMBARGOED UNTIL 15 July 2026, 09:00 Costa Rica time (UTC\u22126)"));
        // A country with several zones names the city; half hours keep their minutes.
        QCOMPARE(labels.embargoedUntil(
                     QDateTime(QDate(2026, 7, 15), QTime(13, 0), Qt::UTC), QStringLiteral("America/Chicago")),
            QStringLiteral("EMBARGOED UNTIL 15 July 2026, 08:00 Chicago time (UTC\u22125)"));
        QCOMPARE(
            labels.embargoedUntil(QDateTime(QDate(2026, 7, 15), QTime(3, 30), Qt::UTC), QStringLiteral("Asia/Kolkata")),
            QStringLiteral("EMBARGOED UNTIL 15 July 2026, 09:00 India time (UTC+5:30)"));
        QCOMPARE(labels.embargoedUntil(QDateTime(QDate(2026, 7, 15), QTime(9, 0), Qt::UTC), QStringLiteral("UTC")),
            QStringLiteral("EMBARGOED UNTIL 15 July 2026, 09:00 UTC"));
        QCOMPARE(ReleaseLabels::forLanguage(QStringLiteral("es"))
                     .embargoedUntil(
                         QDateTime(QDate(2026, 7, 15), QTime(15, 0), Qt::UTC), QStringLiteral("America/Costa_Rica")),
            QStringLiteral("EMBARGADO HASTA EL 15 de julio de 2026, 09:00 hora de Costa Rica (UTC\u22126)"));
    }

    // The interface language does not leak into an exported release: an English release
    // exported from a Spanish or French desktop is all English, and a Spanish one from an
    // English desktop all Spanish (dates included).
    void labelsIgnoreTheInterfaceLanguage()
    {
        const Release spanish = releaseIn(QStringLiteral("es"));
        Release english = releaseIn(QStringLiteral("en"));
        for (const Release &release : std::as_const(m_releases)) {
            if (release.language == QLatin1String("en") && release.translationGroup == spanish.translationGroup)
                english = release;
        }
        const QString englishDate = ReleaseLabels::forLanguage(QStringLiteral("en")).date(english.releaseDate);
        for (const QLocale &interface : { QLocale(QLocale::Spanish, QLocale::Spain), QLocale(QLocale::French) }) {
            Translations::install(*QCoreApplication::instance(), interface);
            QVERIFY(QCoreApplication::translate("Section", "Releases") != QLatin1String("Releases"));
            const QString en = QString::fromUtf8(HtmlExporter::render(english, contextFor(english)));
            QVERIFY2(en.contains(englishDate), qPrintable(englishDate));
            QVERIFY(en.contains(QStringLiteral("About ")));
            for (const char *foreign : { "Acerca de", "À propos", "Contactos de prensa", "Contacts presse", "DIFUSIÓN",
                     "DIFFUSION", "EMBARGADO", "SOUS EMBARGO" })
                QVERIFY2(!en.contains(QString::fromUtf8(foreign)), foreign);
            const QString text = QString::fromUtf8(PlainTextExporter::render(english, contextFor(english)));
            QVERIFY(text.contains(englishDate));
            if (!english.contacts.isEmpty())
                QVERIFY(text.contains(QStringLiteral("Media contacts")));
        }
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
        const QString es = QString::fromUtf8(HtmlExporter::render(spanish, contextFor(spanish)));
        QVERIFY(es.contains(QStringLiteral("PARA DIFUSIÓN INMEDIATA")));
        QVERIFY(es.contains(QStringLiteral("Contactos de prensa")));
        QVERIFY(es.contains(QStringLiteral("16 de julio de 2026")));
    }

    void plainTextWrapsAt72()
    {
        for (const Release &release : std::as_const(m_releases)) {
            const QString text = QString::fromUtf8(PlainTextExporter::render(release, contextFor(release)));
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                // A single word longer than the width (a long address) may stand alone.
                if (!line.trimmed().contains(QLatin1Char(' ')))
                    continue;
                QVERIFY2(line.size() <= PlainTextExporter::width, qPrintable(line));
            }
            QVERIFY(text.contains(QStringLiteral("\n###\n")) || text.contains(QStringLiteral(" ###\n")));
            for (const Quote &quote : release.quotes)
                QVERIFY(collapsed(text).contains(collapsed(quote.text)));
        }
    }

    void pdfRendersHostileTextLiterally()
    {
        const Release hostile = hostileRelease();
        QString error;
        const QByteArray pdf = PdfExporter::render(hostile, contextFor(hostile), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(!pdf.contains("/JavaScript") && !pdf.contains("/JS "));
        const QString path = write(QStringLiteral("hostile.pdf"), pdf);
        const Run text = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        const QString words = collapsed(text.out);
        // The markup a user typed is printed as text, not interpreted.
        QVERIFY2(words.contains(QStringLiteral("<script>alert(1)</script> Headline")), qPrintable(words.left(400)));
        QVERIFY(words.contains(QStringLiteral("<b>CITY</b>")));
        QVERIFY(words.contains(QStringLiteral("Long paragraph Long paragraph")));
    }

    void markdownEscapesValues()
    {
        const Release hostile = hostileRelease();
        const QString markdown = QString::fromUtf8(MarkdownExporter::render(hostile, contextFor(hostile)));
        QVERIFY(markdown.contains(QStringLiteral("# \\<script\\>alert\\(1\\)\\</script\\> Headline")));
        QVERIFY(markdown.contains(QStringLiteral("\\###")));
        // Rendered by CommonMark, the export holds no live markup.
        const QString html = MarkdownRenderer(markdown).html();
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    // Each quote stands where the writer placed it: one after the list that the paragraph
    // before it introduces (never between the two), one at the default place after the
    // first paragraph, and the same order in every format.
    void quotesStandWhereTheWriterPlacedThem()
    {
        const qint64 minister = m_fixture.addSpeaker(QStringLiteral("Ana Placement"), QStringLiteral("Minister"));
        const qint64 director = m_fixture.addSpeaker(QStringLiteral("Ben Slotted"), QStringLiteral("Director"));
        Release release = m_fixture.makeRelease(QStringLiteral("Quotes in their places"), { director, minister });
        release.lead = QStringLiteral("Delegates met today.");
        release.body = QStringLiteral("Opening paragraph of the body.\n\n"
                                      "The congress sets out three priorities:\n\n"
                                      "- Priority alpha\n- Priority beta\n- Priority gamma\n\n"
                                      "Closing paragraph of the body.");
        release.quotes[0].text = QStringLiteral("Director words by default.");
        release.quotes[1].text = QStringLiteral("Minister words after the list.");
        release.quotes[1].placement = 3;
        ReleaseRepository repository(m_fixture.db());
        QVERIFY2(repository.save(release), qPrintable(repository.errorString()));
        release = *repository.load(release.id);
        QCOMPARE(release.quotes.at(0).placement, -1);
        QCOMPARE(release.quotes.at(1).placement, 3);
        const ExportContext context = contextFor(release);
        const QStringList order { QStringLiteral("Opening paragraph"), QStringLiteral("Director words by default."),
            QStringLiteral("sets out three priorities:"), QStringLiteral("Priority alpha"),
            QStringLiteral("Priority gamma"), QStringLiteral("Minister words after the list."),
            QStringLiteral("Closing paragraph") };

        const QString pdfPath = write(QStringLiteral("placed.pdf"), PdfExporter::render(release, context));
        const Run pdfText = run(QStringLiteral("pdftotext"), { pdfPath, QStringLiteral("-") });
        QCOMPARE(pdfText.exitCode, 0);
        verifyInOrder(collapsed(pdfText.out), order);
        const auto textOf = [](const QString &html) {
            QString text = html;
            return collapsed(text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        };
        verifyInOrder(textOf(QString::fromUtf8(HtmlExporter::render(release, context))), order);
        verifyInOrder(collapsed(QString::fromUtf8(PlainTextExporter::render(release, context))), order);
        verifyInOrder(
            textOf(MarkdownRenderer(QString::fromUtf8(MarkdownExporter::render(release, context))).html()), order);
        const QJsonObject item = NinjsExporter::item(release, context);
        const QJsonArray bodies = item.value(QStringLiteral("bodies")).toArray();
        QVERIFY(!bodies.isEmpty());
        verifyInOrder(textOf(bodies.first().toObject().value(QStringLiteral("value")).toString()), order);

        // A place past the end of a shortened body puts the quote after the last block.
        release.quotes[1].placement = 40;
        const QString clamped = collapsed(QString::fromUtf8(PlainTextExporter::render(release, context)));
        verifyInOrder(
            clamped, { QStringLiteral("Closing paragraph"), QStringLiteral("Minister words after the list.") });
    }

    void odtIsAnOpenDocument()
    {
        const QByteArray odt = OdtExporter::render(m_releases.first(), contextFor(m_releases.first()));
        QVERIFY(odt.startsWith("PK"));
        QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
    }

    void ninjsValidatesAgainstTheSchema()
    {
        QStringList files;
        QList<Release> releases = m_releases;
        releases.append(hostileRelease());
        for (const Release &release : std::as_const(releases))
            files.append(write(QStringLiteral("release-%1.json").arg(release.id),
                NinjsExporter::render(release, contextFor(release))));
        const QString script = QStringLiteral(
            "import json, sys\n"
            "from jsonschema import Draft202012Validator\n"
            "schema = json.load(open(sys.argv[1]))\n"
            "validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)\n"
            "for path in sys.argv[2:]:\n"
            "    item = json.load(open(path))\n"
            "    validator.validate(item)\n"
            "    assert item['genres'][0]['name'] == 'Press Release'\n"
            "    assert item['headlines'][0]['role'] == 'main'\n"
            "    roles = [b['contenttype'] for b in item['bodies']]\n"
            "    assert roles == ['text/html', 'text/plain'], roles\n"
            "    assert all(b['wordcount'] > 10 for b in item['bodies'])\n"
            "print('ok')\n");
        const Run result = run(python(),
            QStringList {
                QStringLiteral("-c"), script, QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/data/ninjs-schema_2.2.json") }
                + files);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject item = NinjsExporter::item(m_releases.first(), contextFor(m_releases.first()));
        QVERIFY(item.value(QLatin1String("uri")).toString().startsWith(QLatin1String("urn:uuid:")));
        QVERIFY(!item.value(QLatin1String("people")).toArray().isEmpty());
    }

    void icalendarParsesWithTheRightValues()
    {
        EventRepository repository(m_fixture.db());
        Event allDay;
        allDay.name = QStringLiteral(
            "Open day; with, punctuation \\ and a very long name that has to be folded across lines — ñ");
        allDay.allDay = true;
        allDay.start = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
        allDay.end = QDateTime(QDate(2026, 9, 2), QTime(0, 0), Qt::UTC);
        allDay.format = EventFormat::InPerson;
        allDay.venue = QStringLiteral("Hall A");
        allDay.city = QStringLiteral("Zürich");
        allDay.description = QStringLiteral("Line one\nLine two");
        Event berlin;
        berlin.name = QStringLiteral("Briefing in Berlin");
        berlin.timeZone = QStringLiteral("Europe/Berlin");
        berlin.start = Event::parseMoment(QStringLiteral("2026-03-30T10:00:00"), berlin.timeZone);
        berlin.end = Event::parseMoment(QStringLiteral("2026-03-30T11:00:00"), berlin.timeZone);
        berlin.format = EventFormat::Online;
        berlin.onlineUrl = QStringLiteral("https://meet.example.org/briefing");
        QVERIFY2(repository.save(allDay), qPrintable(repository.errorString()));
        QVERIFY2(repository.save(berlin), qPrintable(repository.errorString()));

        ExportSource source(m_fixture.db());
        QList<Event> events;
        for (qint64 id : source.eventIds())
            events.append(*source.event(id));
        const QByteArray ics = ICalendarExporter::render(events, source.contextFor(events));
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), "lines end in CRLF");
            QVERIFY2(line.size() <= 76, line.constData());
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        }
        const QByteArray again = ICalendarExporter::render(events, source.contextFor(events));
        const auto uids = [](const QByteArray &calendar) {
            QList<QByteArray> found;
            for (const QByteArray &line : calendar.split('\n')) {
                if (line.startsWith("UID:"))
                    found.append(line);
            }
            return found;
        };
        QCOMPARE(uids(again), uids(ics));

        const QString path = write(QStringLiteral("events.ics"), ics);
        const QString script =
            QStringLiteral("import sys, datetime, icalendar\n"
                           "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                           "events = {str(e['SUMMARY']): e for e in cal.walk('VEVENT')}\n"
                           "assert len(events) == 5, list(events)\n"
                           "day = [e for s, e in events.items() if s.startswith('Open day')][0]\n"
                           "assert str(day['SUMMARY']).startswith('Open day; with, punctuation \\\\ and a very long "
                           "name'), day['SUMMARY']\n"
                           "assert day.decoded('DTSTART') == datetime.date(2026, 9, 1), day.decoded('DTSTART')\n"
                           "assert day.decoded('DTEND') == datetime.date(2026, 9, 3), day.decoded('DTEND')\n"
                           "assert str(day['DESCRIPTION']) == 'Line one\\nLine two'\n"
                           "assert str(day['LOCATION']) == 'Hall A, Zürich'\n"
                           "b = events['Briefing in Berlin']\n"
                           "assert b['DTSTART'].params['TZID'] == 'Europe/Berlin'\n"
                           "start = b.decoded('DTSTART')\n"
                           "assert start.utcoffset() == datetime.timedelta(hours=2), start.utcoffset()\n"
                           "assert str(b['URL']) == 'https://meet.example.org/briefing'\n"
                           "assert 'LOCATION' not in b\n"
                           "tz = [t for t in cal.walk('VTIMEZONE') if t['TZID'] == 'Europe/Berlin']\n"
                           "assert tz and tz[0].walk('DAYLIGHT'), 'Berlin needs its summer time'\n"
                           "congress = events['4th Regional Congress on Migrant Women']\n"
                           "assert congress['DTSTART'].params['TZID'] == 'America/Costa_Rica'\n"
                           "assert congress.decoded('DTSTART').utcoffset() == datetime.timedelta(hours=-6)\n"
                           "assert 'LOCATION' in congress and 'URL' in congress and 'CONFERENCE' in congress\n"
                           "assert 'ORGANIZER' in congress and 'CONTACT' in congress and 'CATEGORIES' in congress\n"
                           "assert str(congress['UID']).startswith('event-')\n"
                           "print('ok')\n");
        const Run result = run(python(), { QStringLiteral("-c"), script, path });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + QString::fromUtf8(ics.left(3000))));
    }

    void vcardParsesWithTheRightValues()
    {
        SpeakerRepository repository(m_fixture.db());
        Speaker speaker;
        speaker.honorific = QStringLiteral("Dr.");
        speaker.fullName = QStringLiteral("Ana, María; Pérez");
        speaker.sortName = QStringLiteral("Pérez, Ana María");
        speaker.title = QStringLiteral("Head of Unit, Research; Data");
        speaker.email = QStringLiteral("ana.perez@example.org");
        speaker.phone = QStringLiteral("+503 2208 4400");
        speaker.languages = { QStringLiteral("es"), QStringLiteral("en") };
        speaker.bio = QStringLiteral("Line one\nLine two, with a comma; and a semicolon.");
        QImage photo(40, 40, QImage::Format_RGB32);
        photo.fill(Qt::darkRed);
        QBuffer buffer(&speaker.photo);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG");
        QVERIFY2(repository.save(speaker), qPrintable(repository.errorString()));

        ExportSource source(m_fixture.db());
        QList<Speaker> speakers;
        for (qint64 id : source.speakerIds())
            speakers.append(*source.speaker(id));
        const QString path =
            write(QStringLiteral("speakers.vcf"), VCardExporter::render(speakers, source.contextFor(QList<Event> {})));
        const QString script = QStringLiteral(
            "import sys, vobject\n"
            "cards = list(vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()))\n"
            "assert len(cards) >= 12, len(cards)\n"
            "card = [c for c in cards if c.fn.value == 'Ana, María; Pérez'][0]\n"
            "assert card.version.value == '4.0'\n"
            "assert card.n.value.family == 'Pérez', card.n.value.family\n"
            "assert card.n.value.given == 'Ana María', card.n.value.given\n"
            "assert card.title.value == 'Head of Unit, Research; Data', card.title.value\n"
            "assert card.email.value == 'ana.perez@example.org'\n"
            "assert card.tel.value == '+503 2208 4400'\n"
            "assert [l.value for l in card.lang_list] == ['es', 'en']\n"
            "assert card.note.value == 'Line one\\nLine two, with a comma; and a semicolon.', card.note.value\n"
            "# vobject reads URI values as TEXT and stops at the comma; the raw line is checked below\n"
            "assert card.photo.value.startswith('data:image/jpeg;base64')\n"
            "assert 'PHOTO:data:image/jpeg;base64,/9j/' in open(sys.argv[1], encoding='utf-8').read()\n"
            "sofia = [c for c in cards if c.fn.value.startswith('Sof')][0]\n"
            "assert sofia.org.value == ['United Nations Office for Migration and Gender Equality – Regional Office for "
            "Central America and the Dominican Republic'], sofia.org.value\n"
            "print('ok')\n");
        const Run result = run(python(), { QStringLiteral("-c"), script, path });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void contentLinesFoldOnCharacterBoundaries()
    {
        const QString value = QString(100, QChar(0x00E9)) + QString(40, QChar(0x4E2D));
        const QByteArray folded = ContentLines::fold((QStringLiteral("NOTE:") + value).toUtf8());
        const QList<QByteArray> lines = folded.split('\n');
        QByteArray unfolded;
        for (const QByteArray &line : lines) {
            QVERIFY(line.size() <= 76);
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
            unfolded += line.startsWith(' ') ? line.mid(1) : line;
        }
        unfolded.replace("\r", "");
        QCOMPARE(QString::fromUtf8(unfolded), QStringLiteral("NOTE:") + value);
        QCOMPARE(ContentLines::text(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    }

    void fileNamesAreDateAndSlug()
    {
        Release release;
        release.id = 5;
        release.releaseDate = QDate(2026, 7, 16);
        release.headline = QStringLiteral("Central America adopts Roadmap: «Déclaration» ¡Sí!");
        QCOMPARE(ExportFile::releaseFileName(release, ExportFormat::Pdf),
            QStringLiteral("2026-07-16-central-america-adopts-roadmap-declaration-si.pdf"));
        QCOMPARE(ExportFile::releaseFileName(release, ExportFormat::Ninjs).right(5), QStringLiteral(".json"));
    }

    void writeFailsCleanlyOnAnUnwritableFolder()
    {
        QString error;
        QVERIFY(!ExportFile::write(QStringLiteral("/nonexistent-folder/x.pdf"), "x", &error));
        QVERIFY(error.contains(QStringLiteral("x.pdf")));
    }
};

QTEST_MAIN(TestExporters)
#include "tst_exporters.moc"
