#include "demo/syntheticarchive.h"
#include "models/releaselistmodel.h"
#include "testdatabase.h"

#include <QTest>

using namespace pressdesk;

// First page of the release list on a large archive, for each sortable column and for a
// status filter. Run: bench_listmodel [-- releases N via PRESSDESK_BENCH_RELEASES].
class BenchListModel : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        const int releases = qEnvironmentVariableIntValue("PRESSDESK_BENCH_RELEASES");
        SyntheticArchive archive(m_fixture.db());
        QVERIFY(archive.generate(releases > 0 ? releases : 20000, 1));
    }

    void firstPageSorted_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column : { ReleaseListModel::Headline, ReleaseListModel::Status, ReleaseListModel::Language,
                 ReleaseListModel::ReleaseDate, ReleaseListModel::Updated }) {
            QTest::addRow("column %d asc", column) << column << int(Qt::AscendingOrder);
            QTest::addRow("column %d desc", column) << column << int(Qt::DescendingOrder);
        }
    }

    void firstPageSorted()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        ReleaseListModel model(m_fixture.db());
        QBENCHMARK
        {
            model.sort(column, static_cast<Qt::SortOrder>(order));
        }
        QCOMPARE(model.rowCount(), SqlListModel::pageSize);
    }

    void statusFilter()
    {
        ReleaseListModel model(m_fixture.db());
        QBENCHMARK
        {
            model.setStatusFilter(ReleaseStatus::Published);
        }
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(BenchListModel)
#include "bench_listmodel.moc"
