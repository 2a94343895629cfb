#include "demo/demonewsroom.h"
#include "export/exportsource.h"
#include "export/pagedrenderer.h"
#include "export/pdfexporter.h"
#include "export/releasedocument.h"
#include "export/releaseparts.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>
#include <QTextDocument>

using namespace pressdesk;

// One demo release to PDF in memory, as the GUI's "Export as PDF" does after the file
// dialog: layout, painting and PDF writing. Not run by CTest; run it by hand:
//   QT_QPA_PLATFORM=offscreen build/dev/tests/benchmarks/bench_export
class BenchExport : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    Release m_release;
    ExportContext m_context;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(DemoNewsroom(m_fixture.db()).install(), DemoNewsroom::Result::Added);
        ReleaseRepository repository(m_fixture.db());
        // The longest demo release: the congress closing, with three quotes and an event.
        m_release = *repository.load(5);
        ExportSource source(m_fixture.db());
        m_context = source.contextFor(m_release);
        QVERIFY(!PdfExporter::render(m_release, m_context).isEmpty()); // fonts loaded once, as in a running app
    }

    void releaseToPdf()
    {
        QByteArray pdf;
        QBENCHMARK
        {
            pdf = PdfExporter::render(m_release, m_context);
        }
        QVERIFY(pdf.startsWith("%PDF-"));
    }

    // The same release through Qt's engine (QTextDocument on QPdfWriter), which the
    // cairo + Pango + qpdf one replaced (#18): untagged, not PDF/A. For the time ratio.
    void releaseToPdfWithQt()
    {
        const ReleaseParts parts = ReleaseParts::build(m_release, m_context);
        QByteArray pdf;
        QBENCHMARK
        {
            pdf.clear();
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            std::unique_ptr<QTextDocument> document = ReleaseDocument::create(parts);
            QPdfWriter writer(&buffer);
            writer.setPageSize(PagedRenderer::pageSize(m_context.paperSize));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            PagedRenderer::render(*document, writer, { parts.headline, parts.labels.pageOfPattern() });
        }
        QVERIFY(pdf.startsWith("%PDF-"));
    }
};

QTEST_MAIN(BenchExport)
#include "bench_export.moc"
