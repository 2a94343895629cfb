#include "demo/demonewsroom.h"
#include "export/exportsource.h"
#include "export/pdfexporter.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QTest>

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
};

QTEST_MAIN(BenchExport)
#include "bench_export.moc"
