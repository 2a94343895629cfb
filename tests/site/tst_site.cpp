// The online press room (#17): what SiteBuilder writes, checked with the tools its readers
// use (html-validate, feedparser, an XML parser, a link checker, axe-core in Chromium), and
// that nothing of a release that is not public reaches any file.
#include "demo/demonewsroom.h"
#include "export/exportfile.h"
#include "programrun.h"
#include "publish/quotelanguage.h"
#include "publish/sitebuilder.h"
#include "publish/sitecontent.h"
#include "publish/sitewriter.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pressdesk;

class TestSite : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;
    QString m_site;
    QList<Release> m_hidden; // as they were before being hidden (the trashed one included)
    QList<Release> m_public;
    Release m_bilingual;
    QString m_base = QStringLiteral("https://press.example.org/newsroom/");

    static QString python()
    {
        return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
    }

    SiteOptions options() const
    {
        SiteOptions options;
        options.folder = m_site;
        options.baseUrl = m_base;
        return options;
    }

    SiteReport publish(const SiteOptions &options)
    {
        SiteBuilder builder(m_fixture.db());
        if (!builder.publish(options))
            qFatal("publish failed: %s", qPrintable(builder.errorString()));
        return builder.report();
    }

    QStringList files(const QString &suffix = {}) const
    {
        QStringList result;
        QDirIterator it(m_site, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (suffix.isEmpty() || path.endsWith(suffix))
                result.append(path);
        }
        result.sort();
        return result;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    Release save(Release release)
    {
        ReleaseRepository repository(m_fixture.db());
        if (!repository.save(release))
            qFatal("%s", qPrintable(repository.errorString()));
        return *repository.load(release.id);
    }

    Release complete(const QString &headline, ReleaseStatus status, const QString &sentence)
    {
        Release release = m_fixture.makeCompleteRelease(headline, status);
        release.lead = QStringLiteral("Lead of %1: ").arg(headline) + sentence;
        release.body = sentence + QStringLiteral("\n\nA second paragraph says that ") + headline.toLower()
            + QStringLiteral(" matters to the region.");
        return release;
    }

    // The texts of a release that must never appear: headline, subheadline, lead, body
    // sentences and quotes, as typed and as HTML-escaped.
    static QStringList needles(const Release &release)
    {
        QStringList texts { release.headline, release.subheadline, release.lead };
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
        texts += release.body.split(sentenceEnd, Qt::SkipEmptyParts);
        for (const Quote &quote : release.quotes)
            texts.append(quote.text);
        QStringList result;
        for (QString text : std::as_const(texts)) {
            text = text.trimmed();
            if (text.size() < 20 || text.startsWith(QLatin1Char('#')))
                continue;
            result.append(text);
            result.append(text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&apos;")));
        }
        return result;
    }

    // Every file of a folder but the manifest and the generation stamp: its bytes and time.
    struct Snapshot
    {
        QMap<QString, QByteArray> bytes;
        QMap<QString, QDateTime> times;
    };
    static Snapshot snapshot(const QString &folder)
    {
        Snapshot result;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(folder).relativeFilePath(path);
            if (relative == SiteWriter::manifestName() || relative == SiteWriter::generationName())
                continue;
            result.bytes.insert(relative, read(path));
            result.times.insert(relative, QFileInfo(path).lastModified());
        }
        return result;
    }

    // The folder, brought up to date publish after publish, holds what a publish from scratch
    // makes (the PDFs compared by name: they carry the instant they were made), besides the
    // redirects from the old addresses of edited headlines.
    void expectSameAsAFreshPublish()
    {
        QTemporaryDir fresh;
        QVERIFY(fresh.isValid());
        SiteOptions scratch = options();
        scratch.folder = fresh.filePath(QStringLiteral("site"));
        publish(scratch);
        const Snapshot expected = snapshot(scratch.folder);
        const Snapshot actual = snapshot(m_site);
        for (auto it = expected.bytes.constBegin(); it != expected.bytes.constEnd(); ++it) {
            QVERIFY2(actual.bytes.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is missing")));
            if (!it.key().endsWith(QLatin1String(".pdf")))
                QVERIFY2(actual.bytes.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" differs")));
        }
        for (auto it = actual.bytes.constBegin(); it != actual.bytes.constEnd(); ++it) {
            if (!expected.bytes.contains(it.key()))
                QVERIFY2(it.value().contains("http-equiv=\"refresh\""),
                    qPrintable(it.key() + QStringLiteral(" is left over")));
        }
    }

    // A public English release with topics and quotes, as stored now.
    Release publicReleaseWithTags(qint64 notId = 0)
    {
        ReleaseRepository repository(m_fixture.db());
        for (const Release &candidate : std::as_const(m_public)) {
            if (candidate.id == notId || candidate.language != QLatin1String("en"))
                continue;
            const std::optional<Release> release = repository.load(candidate.id);
            if (release && SiteContent::isPublic(*release, QDateTime::currentDateTimeUtc()) && !release->tags.isEmpty()
                && !release->quotes.isEmpty())
                return *release;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        QCOMPARE(DemoNewsroom(m_fixture.db()).install(), DemoNewsroom::Result::Added);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        Release embargoed =
            complete(QStringLiteral("Harbour bridge opens to traffic in the spring"), ReleaseStatus::Approved,
                QStringLiteral("The bridge carries four lanes and a cycle path across the estuary."));
        embargoed.embargoUntil = now.addDays(30);
        embargoed.embargoTimeZone = QStringLiteral("UTC");
        embargoed = save(embargoed);
        Release lifted =
            complete(QStringLiteral("Embargo lifted on the coastal survey results"), ReleaseStatus::Published,
                QStringLiteral("The survey counted nine thousand nesting birds along the shore."));
        lifted.embargoUntil = now.addDays(-1);
        lifted.embargoTimeZone = QStringLiteral("UTC");
        lifted = save(lifted);
        Release trashed = save(complete(QStringLiteral("Tidal energy pilot moves to its second phase"),
            ReleaseStatus::Published, QStringLiteral("The turbines will be lowered into the channel in August.")));
        QVERIFY(ReleaseRepository(m_fixture.db()).moveToTrash(trashed.id));
        save(complete(QStringLiteral("Draft about the orchard cooperative expansion"), ReleaseStatus::Draft,
            QStringLiteral("The cooperative plans to plant six hundred apple trees next winter.")));

        // A published release whose every field carries a hostile string.
        QStringList hostile;
        const QStringList lines = QString::fromUtf8(read(QStringLiteral(PRESSDESK_TEST_DATA "/hostile/strings.txt")))
                                      .split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("# ")))
                hostile.append(line);
        }
        const qint64 speaker = m_fixture.addSpeaker(hostile.at(0) + QStringLiteral(" Eve"), hostile.at(1));
        Release bad = m_fixture.makeRelease(hostile.at(0) + QStringLiteral(" Headline"), { speaker });
        bad.status = ReleaseStatus::Published;
        bad.subheadline = hostile.at(2) + hostile.at(8);
        bad.datelineCity = hostile.at(1);
        bad.datelineCountry = hostile.at(11);
        bad.lead = hostile.at(3) + QStringLiteral(" lead");
        bad.body = hostile.join(QStringLiteral("\n\n"));
        bad.quotes.first().text = hostile.at(1);
        bad.quotes.first().attribution = hostile.at(4);
        bad.tags = { hostile.at(0), hostile.at(11), hostile.at(20) };
        bad.notesToEditors = hostile.at(7);
        bad.boilerplate = hostile.at(9);
        save(bad);

        // An English release quoting one person in Spanish and one in English.
        const qint64 mayor = m_fixture.addSpeaker(QStringLiteral("Lucía Ferrer"), QStringLiteral("Alcaldesa"));
        const qint64 engineer = m_fixture.addSpeaker(QStringLiteral("Tom Reed"), QStringLiteral("Engineer"));
        Release bilingual = complete(QStringLiteral("Clean water reaches the hill villages"), ReleaseStatus::Published,
            QStringLiteral("Pipes now bring clean water to eleven villages above the valley."));
        bilingual.quotes = m_fixture.makeRelease({}, { mayor, engineer }).quotes;
        bilingual.quotes[0].text =
            QStringLiteral("Queremos que cada familia de la región tenga agua limpia en su casa "
                           "antes de que termine el año, y para eso trabajamos con los pueblos.");
        bilingual.quotes[1].text = QStringLiteral("We laid the last pipe in the rain, and the first tap ran clear the "
                                                  "next morning, which is what the families had been waiting for.");
        m_bilingual = save(bilingual);

        ReleaseRepository repository(m_fixture.db());
        const QList<Release> summaries = repository.summaries({});
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (const Release &summary : summaries) {
            const Release release = *repository.load(summary.id);
            (SiteContent::isPublic(release, at) ? m_public : m_hidden).append(release);
        }
        m_hidden.append(trashed);
        QVERIFY(m_hidden.size() >= 6); // draft ×2, in review, approved, embargoed, trashed
        QVERIFY(m_public.size() >= 7);

        const SiteReport report = publish(options());
        QCOMPARE(report.releases, static_cast<int>(m_public.size()));
        QCOMPARE(report.pdfsMade, report.releases);
        QVERIFY(report.languages.contains(QStringLiteral("en")));
        QVERIFY(report.languages.contains(QStringLiteral("es")));
    }

    void everyPublicReleaseHasItsPages()
    {
        for (const Release &release : std::as_const(m_public)) {
            const QString page = m_site + QLatin1Char('/') + SiteBuilder::releasePath(release);
            QVERIFY2(QFile::exists(page), qPrintable(page));
            QVERIFY(QFile::exists(page.chopped(5) + QStringLiteral(".pdf")));
            const QString html = QString::fromUtf8(read(page));
            QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(release.language)));
            QVERIFY(html.contains(QStringLiteral("<link rel=\"canonical\" href=\"%1%2\">")
                                      .arg(m_base, SiteBuilder::releasePath(release))));
            QVERIFY(html.contains(QStringLiteral("application/ld+json")));
            QVERIFY(html.contains(QStringLiteral("property=\"og:title\"")));
            QCOMPARE(html.contains(QStringLiteral("class=\"badge\"")), release.status == ReleaseStatus::Archived);
            for (const Quote &quote : release.quotes)
                QVERIFY2(html.contains(
                             quote.attribution.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&apos;"))),
                    qPrintable(quote.attribution));
        }
        // The slug comes from the headline and the uuid's first characters.
        const Release first = m_public.first();
        QVERIFY(SiteBuilder::releaseSlug(first).startsWith(ExportFile::slug(first.headline, 60).left(20)));
        QVERIFY(SiteBuilder::releaseSlug(first).endsWith(first.uuid.left(8)));
        for (const QString &name : { QStringLiteral("index.html"), QStringLiteral("en/index.html"),
                 QStringLiteral("es/index.html"), QStringLiteral("en/feed.atom"), QStringLiteral("es/feed.atom"),
                 QStringLiteral("en/events.html"), QStringLiteral("en/tags/index.html"),
                 QStringLiteral("en/speakers/index.html"), QStringLiteral("en/archive/index.html"),
                 QStringLiteral("sitemap.xml"), QStringLiteral("robots.txt"), QStringLiteral("style.css") })
            QVERIFY2(QFile::exists(m_site + QLatin1Char('/') + name), qPrintable(name));
        QVERIFY(!files(QStringLiteral(".ics")).isEmpty());
        QVERIFY(!files(QStringLiteral(".vcf")).isEmpty());
        QVERIFY(read(m_site + QStringLiteral("/robots.txt")).contains("Sitemap: " + m_base.toUtf8() + "sitemap.xml"));
    }

    void nothingOfAHiddenReleaseAppearsAnywhere()
    {
        QStringList text;
        QStringList names;
        for (const QString &path : files()) {
            names.append(path);
            if (!path.endsWith(QLatin1String(".pdf")))
                text.append(QString::fromUtf8(read(path)));
        }
        const QString all = text.join(QLatin1Char('\n'));
        const QString allNames = names.join(QLatin1Char('\n'));
        for (const Release &release : std::as_const(m_hidden)) {
            for (const QString &needle : needles(release))
                QVERIFY2(!all.contains(needle),
                    qPrintable(QStringLiteral("\"%1\" of hidden release %2").arg(needle).arg(release.id)));
            QVERIFY(!allNames.contains(SiteBuilder::releaseSlug(release)));
            QVERIFY(!all.contains(release.uuid));
        }
    }

    // The store refuses to publish before an embargo, but the site checks again: a release
    // published with an embargo that has not passed at the publish instant is left out.
    void aReleaseStillUnderEmbargoIsLeftOut()
    {
        Release release;
        release.status = ReleaseStatus::Published;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(SiteContent::isPublic(release, now));
        release.embargoUntil = now.addSecs(60);
        QVERIFY(!SiteContent::isPublic(release, now));
        QVERIFY(SiteContent::isPublic(release, now.addSecs(60)));
        release.status = ReleaseStatus::Approved;
        QVERIFY(!SiteContent::isPublic(release, now.addDays(1)));
        release.status = ReleaseStatus::Archived;
        release.embargoUntil = {};
        QVERIFY(SiteContent::isPublic(release, now));
        release.deletedAt = now;
        QVERIFY(!SiteContent::isPublic(release, now));

        // The release whose embargo was lifted yesterday, published as of two days ago.
        SiteOptions earlier = options();
        earlier.folder = m_dir.filePath(QStringLiteral("earlier"));
        earlier.pdfs = false;
        earlier.now = now.addDays(-2);
        publish(earlier);
        const QString lifted = QStringLiteral("Embargo lifted on the coastal survey results");
        QVERIFY(QString::fromUtf8(read(m_site + QStringLiteral("/en/feed.atom"))).contains(lifted));
        QDirIterator it(earlier.folder, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!read(path).contains(lifted.toUtf8()), qPrintable(path));
            QVERIFY(!path.contains(QStringLiteral("coastal-survey")));
            ++files;
        }
        QVERIFY(files > 20);
    }

    void hostileStringsAreInert()
    {
        static const QRegularExpression script(
            QStringLiteral("<script(?![^>]*application/ld\\+json)"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression badUrl(
            QStringLiteral("\\s(href|src|action|formaction|srcset)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data:)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression handler(
            QStringLiteral("<[a-z][^>]*\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression element(
            QStringLiteral("<(iframe|svg|img src=x|style|meta http-equiv)"), QRegularExpression::CaseInsensitiveOption);
        int checked = 0;
        for (const QString &path : files(QStringLiteral(".html"))) {
            QString html = QString::fromUtf8(read(path));
            // A redirect page's own refresh is the builder's, to a relative path.
            html.remove(
                QRegularExpression(QStringLiteral("<meta http-equiv=\"refresh\" content=\"0; url=[a-z0-9./-]+\">")));
            QVERIFY2(!html.contains(script), qPrintable(path));
            QVERIFY2(!html.contains(badUrl), qPrintable(path + badUrl.match(html).captured(0)));
            QVERIFY2(!html.contains(handler), qPrintable(path + handler.match(html).captured(0)));
            QVERIFY2(!html.contains(element), qPrintable(path + element.match(html).captured(0)));
            QVERIFY(!html.contains(QStringLiteral("evil.example/x.css\">")));
            // JSON-LD cannot be closed early: no "<" inside it.
            const qsizetype jsonld = html.indexOf(QStringLiteral("application/ld+json\">"));
            if (jsonld >= 0) {
                const qsizetype start = jsonld + 21;
                const QString json = html.mid(start, html.indexOf(QStringLiteral("</script>"), start) - start);
                QVERIFY2(!json.contains(QLatin1Char('<')), qPrintable(path));
            }
            ++checked;
        }
        QVERIFY(checked > 20);
        for (const QString &path : files(QStringLiteral(".atom"))) {
            QXmlStreamReader xml(read(path));
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("content")) {
                    const QString html = xml.readElementText();
                    QVERIFY2(!html.contains(script), qPrintable(path));
                    QVERIFY2(!html.contains(badUrl), qPrintable(path));
                    QVERIFY2(!html.contains(handler), qPrintable(path));
                    QVERIFY2(!html.contains(element), qPrintable(path));
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(path + QStringLiteral(": ") + xml.errorString()));
        }
    }

    void everyPageValidates()
    {
        const QString validator = QStringLiteral(PRESSDESK_SOURCE_DIR "/node_modules/.bin/html-validate");
        QVERIFY2(QFile::exists(validator), "run scripts/install-deps.sh (npm ci) first");
        const test::ProgramRun validation = test::runProgram(validator,
            QStringList {
                QStringLiteral("--config"), QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/site/htmlvalidate.json") }
                + files(QStringLiteral(".html")));
        QVERIFY2(validation.exitCode == 0, qPrintable(validation.out + validation.err));
    }

    void feedsSitemapJsonLdAndLinksPassTheReadersTools()
    {
        const test::ProgramRun check = test::runProgram(
            python(), { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/site/check_site.py"), m_site, m_base });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // WCAG 2.1 "language of parts": a quote in another language than its release says so.
    void aQuoteInAnotherLanguageCarriesItsLang()
    {
        QCOMPARE(quoteLanguage(QStringLiteral("en"), m_bilingual.quotes.at(0).text), QStringLiteral("es"));
        QCOMPARE(quoteLanguage(QStringLiteral("en"), m_bilingual.quotes.at(1).text), QString());
        QCOMPARE(quoteLanguage(QStringLiteral("es"), m_bilingual.quotes.at(0).text), QString());
        QCOMPARE(quoteLanguage(QStringLiteral("en"), QStringLiteral("Gracias.")), QString()); // too short to tell
        QCOMPARE(
            quoteLanguage(QStringLiteral("en-GB"), QStringLiteral("Мы рады, что вода наконец пришла в каждый дом.")),
            QStringLiteral("ru"));

        const QString page = QString::fromUtf8(read(m_site + QLatin1Char('/') + SiteBuilder::releasePath(m_bilingual)));
        QVERIFY(page.contains(QStringLiteral("<html lang=\"en\"")));
        QCOMPARE(page.count(QStringLiteral("<blockquote lang=\"es\">")), 1);
        QCOMPARE(page.count(QStringLiteral("<blockquote>")), 1);
        const QString feed = QString::fromUtf8(read(m_site + QStringLiteral("/en/feed.atom")));
        QVERIFY(feed.contains(QStringLiteral("lang=&quot;es&quot;")) || feed.contains(QStringLiteral("lang=\"es\"")));
    }

    void homeAndReleasePageHaveNoAccessibilityViolation()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!chromium.isEmpty(), "apt-get install chromium (scripts/install-deps.sh)");
        // A release with quotes, an event and contacts: the demo's first English one.
        QString release;
        for (const Release &candidate : std::as_const(m_public)) {
            if (candidate.language == QLatin1String("en") && !candidate.events.isEmpty()
                && !candidate.quotes.isEmpty()) {
                release = m_site + QLatin1Char('/') + SiteBuilder::releasePath(candidate);
                break;
            }
        }
        QVERIFY(!release.isEmpty());
        const test::ProgramRun scan = test::runProgram(QStringLiteral("node"),
            { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/site/axe_scan.js"), chromium,
                m_site + QStringLiteral("/en/index.html"), release });
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.out + scan.err));
    }

    void organizationTemplatesOverrideTheBuiltInOnes()
    {
        QTemporaryDir own;
        QFile css(own.filePath(QStringLiteral("style.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("/* our own look */\nbody { color: #111111; }\n");
        css.close();
        QFile broken(own.filePath(QStringLiteral("list.mustache")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<div>{{#unclosed}}</div>\n");
        broken.close();
        SiteOptions options = this->options();
        options.folder = m_dir.filePath(QStringLiteral("own"));
        options.templateFolder = own.path();
        options.pdfs = false;
        SiteBuilder builder(m_fixture.db());
        QVERIFY(!builder.publish(options));
        QVERIFY2(builder.errorString().contains(QStringLiteral("list.mustache")), qPrintable(builder.errorString()));
        QVERIFY(broken.remove());
        QVERIFY2(builder.publish(options), qPrintable(builder.errorString()));
        QVERIFY(read(options.folder + QStringLiteral("/style.css")).startsWith("/* our own look */"));
    }

    void aSecondPublishRewritesNothing()
    {
        QHash<QString, QDateTime> times;
        const QStringList before = files();
        for (const QString &path : before)
            times.insert(path, QFileInfo(path).lastModified());
        QTest::qWait(20); // so that a rewritten file would show a later time
        const SiteReport report = publish(options());
        QCOMPARE(report.written, 0);
        QCOMPARE(report.removed, 0);
        QCOMPARE(report.pdfsMade, 0);
        QCOMPARE(files(), before);
        for (const QString &path : before) {
            if (!path.endsWith(SiteWriter::manifestName()) && !path.endsWith(SiteWriter::generationName()))
                QCOMPARE(QFileInfo(path).lastModified(), times.value(path));
        }
    }

    // An unchanged release is not read again; a file of it that went missing is back after
    // the next publish (taken from the site before, kept beside the live one, or made again
    // when that one is gone too).
    void aMissingFileIsMadeAgain()
    {
        const QString page = m_site + QLatin1Char('/') + SiteBuilder::releasePath(m_public.first());
        const QByteArray before = read(page);
        QVERIFY(QFile::remove(page));
        publish(options());
        QCOMPARE(read(page), before);

        SiteWriter writer(m_site);
        QVERIFY(QFile::remove(page));
        QVERIFY(QDir(writer.stagingFolder()).removeRecursively());
        const SiteReport report = publish(options());
        QCOMPARE(report.written, 1);
        QCOMPARE(read(page), before);
    }

    // What every page shows (our organization's boilerplate) changed: every release page is
    // made again, not taken from the last publish.
    void aChangeAroundTheReleasesMakesThemAgain()
    {
        OrganizationRepository organizations(m_fixture.db());
        Organization ours = *organizations.ours();
        ours.boilerplate += QStringLiteral("\n\nA sentence added to the boilerplate for the test.");
        QVERIFY2(organizations.save(ours), qPrintable(organizations.errorString()));
        const SiteReport report = publish(options());
        QVERIFY2(report.written >= report.releases, qPrintable(QString::number(report.written)));
        QVERIFY(report.pdfsMade > 0); // the PDFs print the boilerplate too
        for (const Release &release : std::as_const(m_public)) {
            if (release.boilerplate.isEmpty() && release.organizationId == 0)
                QVERIFY(read(m_site + QLatin1Char('/') + SiteBuilder::releasePath(release))
                            .contains("A sentence added to the boilerplate for the test."));
        }
    }

    void anEditedHeadlineKeepsTheOldAddress()
    {
        Release release;
        for (const Release &candidate : std::as_const(m_public)) {
            if (candidate.language == QLatin1String("en") && candidate.status == ReleaseStatus::Published
                && candidate.translationGroup.isEmpty() == false) {
                release = candidate;
                break;
            }
        }
        QVERIFY(release.id != 0);
        const QString oldPath = SiteBuilder::releasePath(release);
        release.headline = QStringLiteral("A corrected headline for the water programme");
        release = save(release);
        const QString newPath = SiteBuilder::releasePath(release);
        QVERIFY(oldPath != newPath);
        const SiteReport report = publish(options());
        QCOMPARE(report.pdfsMade, 1);
        QVERIFY2(report.written < 40, qPrintable(QString::number(report.written)));
        QVERIFY(QFile::exists(m_site + QLatin1Char('/') + newPath));
        const QString redirect = QString::fromUtf8(read(m_site + QLatin1Char('/') + oldPath));
        QVERIFY2(redirect.contains(QStringLiteral("url=../../") + newPath), qPrintable(redirect));
        const test::ProgramRun check = test::runProgram(
            python(), { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/site/check_site.py"), m_site, m_base });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void anUnpublishedReleaseDisappearsEverywhere()
    {
        ReleaseRepository repository(m_fixture.db());
        Release release;
        for (const Release &candidate : std::as_const(m_public)) {
            if (candidate.language == QLatin1String("en") && !candidate.tags.isEmpty()) {
                release = *repository.load(candidate.id);
                break;
            }
        }
        QVERIFY(release.id != 0);
        const QString path = SiteBuilder::releasePath(release);
        release.status = ReleaseStatus::Draft;
        release = save(release);
        const SiteReport report = publish(options());
        QVERIFY(report.removed >= 2); // the page and its PDF
        QVERIFY(!QFile::exists(m_site + QLatin1Char('/') + path));
        for (const QString &file : files()) {
            if (file.endsWith(QLatin1String(".pdf")))
                continue;
            const QByteArray bytes = read(file);
            // The manifest (UTF-8 since format 4) names the paths left out, and a public
            // translation's group, which is its original's uuid; never the original's text.
            QVERIFY2(!bytes.contains(release.headline.toUtf8()), qPrintable(file));
            QVERIFY2(
                !bytes.contains(release.uuid.toUtf8()) || file.endsWith(SiteWriter::manifestName()), qPrintable(file));
            QVERIFY2(!bytes.contains(SiteBuilder::releaseSlug(release).toUtf8())
                    || file.endsWith(SiteWriter::manifestName()),
                qPrintable(file));
        }
        const test::ProgramRun check = test::runProgram(
            python(), { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/site/check_site.py"), m_site, m_base });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // An edit to one release's lead rewrites its page and PDF and the lists that show its lead
    // (its month, the home page, the feed) and the sitemap, nothing else; every other file keeps
    // its modification time.
    void anEditRewritesExactlyThePagesThatShowIt()
    {
        Release release = publicReleaseWithTags();
        QVERIFY(release.id != 0);
        publish(options());
        const Snapshot before = snapshot(m_site);
        QTest::qWait(20); // so that a rewritten file would show a later time
        release.lead = QStringLiteral("An edited lead: the figures were checked again with the regional office.");
        release = save(release);
        const SiteReport report = publish(options());
        const Snapshot after = snapshot(m_site);
        QCOMPARE(after.bytes.keys(), before.bytes.keys());
        QStringList changed;
        QStringList touched;
        for (auto it = after.bytes.constBegin(); it != after.bytes.constEnd(); ++it) {
            if (before.bytes.value(it.key()) != it.value())
                changed.append(it.key());
            if (before.times.value(it.key()) != after.times.value(it.key()))
                touched.append(it.key());
        }
        QCOMPARE(touched, changed);
        QCOMPARE(report.written, changed.size());
        QCOMPARE(report.removed, 0);
        const QString page = SiteBuilder::releasePath(release);
        const QString pdf = page.chopped(5) + QStringLiteral(".pdf");
        const QString month =
            QStringLiteral("en/archive/%1.html").arg(release.releaseDate.toString(QStringLiteral("yyyy-MM")));
        QVERIFY2(changed.contains(page), qPrintable(changed.join(QLatin1Char(' '))));
        QVERIFY(changed.contains(pdf));
        QVERIFY(changed.contains(month));
        const QStringList allowed { page, pdf, month, QStringLiteral("en/index.html"), QStringLiteral("en/feed.atom"),
            QStringLiteral("sitemap.xml") };
        for (const QString &path : std::as_const(changed))
            QVERIFY2(allowed.contains(path), qPrintable(path + QStringLiteral(" was rewritten")));
        QVERIFY(after.bytes.value(month).contains("An edited lead"));
        QVERIFY(after.bytes.value(page).contains("An edited lead"));
        expectSameAsAFreshPublish();
    }

    // Two publishes that each take the last one's notes: a release trashed between them is
    // gone from every page, feed and the sitemap, and the site is what a fresh publish makes.
    void aReleaseTrashedBetweenTwoQuickPublishesDisappearsEverywhere()
    {
        const Release release = publicReleaseWithTags();
        QVERIFY(release.id != 0);
        publish(options());
        QVERIFY(read(m_site + QStringLiteral("/sitemap.xml")).contains(SiteBuilder::releaseSlug(release).toUtf8()));
        QVERIFY(ReleaseRepository(m_fixture.db()).moveToTrash(release.id));
        const SiteReport report = publish(options());
        QVERIFY(report.removed >= 2); // the page and its PDF
        for (const QString &file : files()) {
            if (file.endsWith(QLatin1String(".pdf")) || file.endsWith(SiteWriter::manifestName()))
                continue;
            const QByteArray bytes = read(file);
            QVERIFY2(!bytes.contains(release.uuid.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(SiteBuilder::releaseSlug(release).toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(release.headline.toHtmlEscaped().toUtf8()), qPrintable(file));
        }
        expectSameAsAFreshPublish();
        QVERIFY(ReleaseRepository(m_fixture.db()).restore(release.id));
        publish(options());
        QVERIFY(QFile::exists(m_site + QLatin1Char('/') + SiteBuilder::releasePath(release)));
        expectSameAsAFreshPublish();
    }

    // A publish that stops midway (a crash: SiteWriter never finished) leaves the live site
    // exactly as it was, and the next publish starts again from it.
    void aPublishStoppedMidwayLeavesTheOldSite()
    {
        publish(options());
        const Snapshot before = snapshot(m_site);
        {
            SiteWriter writer(m_site);
            QVERIFY2(writer.begin(), qPrintable(writer.errorString()));
            QVERIFY(writer.write(QStringLiteral("en/index.html"), "half a publish"));
            QVERIFY(writer.write(QStringLiteral("sitemap.xml"), "half a publish"));
        }
        const Snapshot stopped = snapshot(m_site);
        QCOMPARE(stopped.bytes, before.bytes);
        QCOMPARE(stopped.times, before.times);
        const SiteReport report = publish(options());
        QCOMPARE(report.written, 0);
        const Snapshot after = snapshot(m_site);
        QCOMPARE(after.bytes, before.bytes);
        QCOMPARE(after.times, before.times);
    }
};

QTEST_MAIN(TestSite)
#include "tst_site.moc"
