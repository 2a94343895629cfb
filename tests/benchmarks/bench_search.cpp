#include "demo/syntheticarchive.h"
#include "models/releaselistmodel.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

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
        for (int candidates : { ListModel::interactiveRankingCandidates, 0 }) {
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

    // The same search in process through the release list (a query, its first page of 50
    // ranked rows with snippets) and through the SQLite C API alone (the FTS5 query the list
    // runs, stepped to its 50th row): the list's own cost is the difference. Target: the
    // list within 1.1x of the C API.
    void inProcessAgainstCApi_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("throughModel");
        for (const char *words : { "yuki nakamura", "bogota adolescents", "migrant women" }) {
            QTest::addRow("%s, release list", words) << QString::fromLatin1(words) << true;
            QTest::addRow("%s, SQLite C API", words) << QString::fromLatin1(words) << false;
        }
    }

    void inProcessAgainstCApi()
    {
        QFETCH(QString, words);
        QFETCH(bool, throughModel);
        if (throughModel) {
            ReleaseListModel model(m_database);
            model.setPageSize(50);
            model.fetchMore({});
            model.setSearch(SearchQuery::parse(words));
            QBENCHMARK
            {
                model.reload(); // the query again: its first 50 ranked rows with snippets
                QVERIFY(model.rowCount() > 0);
                for (int row = 0; row < model.rowCount(); ++row)
                    model.data(model.index(row, ReleaseListModel::Match));
            }
            return;
        }
        sqlite3 *db = nullptr;
        QCOMPARE(
            sqlite3_open_v2(m_database.path().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const QString first = words.section(QLatin1Char(' '), 0, 0);
        const QString second = words.section(QLatin1Char(' '), 1);
        const QByteArray match = QStringLiteral("\"%1\" AND \"%2\"*").arg(first, second).toUtf8();
        const char *sql = "SELECT r.id, r.headline, rank, snippet(releases_fts, -1, char(2), char(3), '…', 14) "
                          "FROM releases_fts JOIN releases r ON r.id = releases_fts.rowid "
                          "WHERE releases_fts MATCH ? AND r.deleted_at IS NULL ORDER BY rank LIMIT 50";
        QBENCHMARK
        {
            sqlite3_stmt *statement = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), SQLITE_OK);
            sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
            int rows = 0;
            while (sqlite3_step(statement) == SQLITE_ROW) {
                sqlite3_column_text(statement, 1);
                sqlite3_column_text(statement, 3);
                ++rows;
            }
            sqlite3_finalize(statement);
            QVERIFY(rows > 0);
        }
        sqlite3_close(db);
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
        QCOMPARE(model.rowCount(), ListModel::pageSize);
    }
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
