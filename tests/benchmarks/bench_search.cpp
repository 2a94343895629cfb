#include "demo/syntheticarchive.h"
#include "models/releaselistmodel.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// As-you-type: from a keystroke (a new query on the loaded release list) to its first page
// of ranked results with snippets, in process. Point PRESSDESK_BENCH_DATABASE at an archive
// made with `pressdesk demo --releases 100000 --seed 1`; without it a 20,000-release archive
// is generated first.
class BenchSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("PRESSDESK_BENCH_DATABASE");
        QVERIFY(m_database.open(path.isEmpty() ? m_dir.filePath(QStringLiteral("bench.sqlite")) : path));
        if (path.isEmpty())
            QVERIFY(SyntheticArchive(m_database).generate(20000, 1));
    }

    void firstPageWhileTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("rare: yuki naka") << QStringLiteral("yuki naka");
        QTest::newRow("medium: bogota adol") << QStringLiteral("bogota adol");
        QTest::newRow("common: migrant wom") << QStringLiteral("migrant wom");
        QTest::newRow("filter only: status:draft") << QStringLiteral("status:draft");
    }

    void firstPageWhileTyping()
    {
        QFETCH(QString, typed);
        ReleaseListModel model(m_database);
        model.fetchMore({}); // the list is on screen before the user types
        const SearchQuery query = SearchQuery::parse(typed);
        QBENCHMARK
        {
            model.setSearch(query);
        }
        QVERIFY(model.rowCount() > 0);
    }

    void sortAndFilter_data()
    {
        QTest::addColumn<int>("column");
        for (int column : { ReleaseListModel::Headline, ReleaseListModel::Status, ReleaseListModel::Language,
                 ReleaseListModel::ReleaseDate, ReleaseListModel::Updated })
            QTest::addRow("sort by column %d", column) << column;
    }

    void sortAndFilter()
    {
        QFETCH(int, column);
        ReleaseListModel model(m_database);
        model.fetchMore({});
        Qt::SortOrder order = Qt::AscendingOrder;
        QBENCHMARK
        {
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            model.sort(column, order);
        }
        QCOMPARE(model.rowCount(), SqlListModel::pageSize);
    }
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
