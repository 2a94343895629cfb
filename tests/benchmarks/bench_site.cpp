#include "demo/syntheticarchive.h"
#include "export/exportsource.h"
#include "export/pdfexporter.h"
#include "publish/sitebuilder.h"
#include "publish/sitecontent.h"
#include "storage/database.h"
#include "storage/releaserepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// The online press room on a large archive: a full publish (pages, feeds, sitemap; the
// PDFs measured apart, since they are made once and kept), a second publish with nothing
// changed, and an incremental publish after editing one release. Not run by CTest:
//   PRESSDESK_BENCH_DATABASE=/tmp/copy-of-100k.sqlite QT_QPA_PLATFORM=offscreen build/dev/tests/benchmarks/bench_site
// (a copy: the benchmark edits a release). Without it, PRESSDESK_BENCH_RELEASES synthetic
// releases (default 20,000) are generated first (`pressdesk demo --releases N` makes the same).
// Measured on the 100,000-release archive (39,986 public; ci preset, 2 cores, no other build
// running): full publish 21.9 s, unchanged 2.1 s (0.10), after one edit 1.6 s (0.07; it was
// 14.5 to 27.7 s with the JSON manifest, and the manifest of UTF-16 notes written field by
// field took 430 ms of it where it now takes 280). QT_LOGGING_RULES="pressdesk.publish.timing.debug=true"
// prints each phase.
class BenchSite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    SiteOptions m_options;
    qint64 m_fullMs = 0;

    static void line(const QString &text) { qInfo().noquote() << text; }

    qint64 timedPublish(SiteReport *report)
    {
        SiteBuilder builder(m_database);
        QElapsedTimer timer;
        timer.start();
        if (!builder.publish(m_options))
            qFatal("%s", qPrintable(builder.errorString()));
        const qint64 ms = timer.elapsed();
        *report = builder.report();
        return ms;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("PRESSDESK_BENCH_DATABASE");
        QVERIFY(m_database.open(path.isEmpty() ? m_dir.filePath(QStringLiteral("bench.sqlite")) : path));
        if (path.isEmpty()) {
            const int releases = qEnvironmentVariableIntValue("PRESSDESK_BENCH_RELEASES");
            QVERIFY(SyntheticArchive(m_database).generate(releases > 0 ? releases : 20000, 1));
        }
        m_options.folder = m_dir.filePath(QStringLiteral("site"));
        m_options.baseUrl = QStringLiteral("https://press.example.org/");
        m_options.pdfs = false;
    }

    void fullPublish()
    {
        SiteReport report;
        m_fullMs = timedPublish(&report);
        line(QStringLiteral("full publish: %1 releases, %2 pages, %3 files in %4 ms (%5 ms per release)")
                 .arg(report.releases)
                 .arg(report.pages)
                 .arg(report.written)
                 .arg(m_fullMs)
                 .arg(report.releases ? double(m_fullMs) / report.releases : 0.0, 0, 'f', 2));
    }

    void unchangedPublish()
    {
        SiteReport report;
        const qint64 ms = timedPublish(&report);
        line(QStringLiteral("unchanged publish: %1 written, %2 unchanged in %3 ms (%4 of the full publish)")
                 .arg(report.written)
                 .arg(report.unchanged)
                 .arg(ms)
                 .arg(m_fullMs ? double(ms) / m_fullMs : 0.0, 0, 'f', 2));
        QCOMPARE(report.written, 0);
    }

    void incrementalPublishAfterOneEdit()
    {
        ReleaseRepository repository(m_database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::optional<Release> release;
        for (const Release &summary : repository.summaries(ReleaseFilter { ReleaseStatus::Published, 50 })) {
            if (SiteContent::isPublic(summary, now)) {
                release = repository.load(summary.id);
                break;
            }
        }
        QVERIFY(release);
        release->headline += QStringLiteral(" (corrected)");
        QVERIFY(repository.save(*release));
        SiteReport report;
        const qint64 ms = timedPublish(&report);
        line(QStringLiteral("incremental publish after one edit: %1 written, %2 unchanged in %3 ms (%4 of the full "
                            "publish)")
                 .arg(report.written)
                 .arg(report.unchanged)
                 .arg(ms)
                 .arg(m_fullMs ? double(ms) / m_fullMs : 0.0, 0, 'f', 2));
    }

    void pdfsApart()
    {
        ReleaseRepository repository(m_database);
        ExportSource source(m_database);
        const QList<Release> some = repository.summaries(ReleaseFilter { ReleaseStatus::Published, 20 });
        QElapsedTimer timer;
        timer.start();
        for (const Release &summary : some) {
            const Release release = *repository.load(summary.id);
            QVERIFY(!PdfExporter::render(release, source.contextFor(release)).isEmpty());
        }
        const double each = some.isEmpty() ? 0.0 : double(timer.elapsed()) / some.size();
        int releases = 0;
        for (const Release &summary : repository.summaries({}))
            releases += SiteContent::isPublic(summary, QDateTime::currentDateTimeUtc()) ? 1 : 0;
        line(QStringLiteral("PDFs: %1 ms each (%2 measured); all %3 public releases once: about %4 s on one core")
                 .arg(each, 0, 'f', 1)
                 .arg(some.size())
                 .arg(releases)
                 .arg(each * releases / 1000.0, 0, 'f', 0));
    }
};

// A full publish of the 100,000-release archive takes minutes, past QtTest's five-minute
// limit per function on a loaded machine.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QGuiApplication application(argc, argv);
    BenchSite bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_site.moc"
