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
        QTest::addColumn<int>("candidates");
        // As the window's lists search (the newest candidates ranked first), and ranking
        // every match as one list (pressdesk search).
        for (int candidates : { SqlListModel::interactiveRankingCandidates, 0 }) {
            const char *how = candidates ? "window" : "all ranked";
            QTest::addRow("rare: yuki naka, %s", how) << QStringLiteral("yuki naka") << candidates;
            QTest::addRow("medium: bogota adol, %s", how) << QStringLiteral("bogota adol") << candidates;
            QTest::addRow("common: migrant wom, %s", how) << QStringLiteral("migrant wom") << candidates;
            QTest::addRow("filter only: status:draft, %s", how) << QStringLiteral("status:draft") << candidates;
        }
    }

    void firstPageWhileTyping()
    {
        QFETCH(QString, typed);
        QFETCH(int, candidates);
        ReleaseListModel model(m_database);
        model.setRankingCandidates(candidates);
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
