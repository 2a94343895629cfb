#include "storage/database.h"
#include "storage/listreader.h"
#include "storage/releaserepository.h"
#include "storage/storecopier.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace pressdesk;

// The same 100,000-release archive on a file and on a PostgreSQL server (over loopback), the
// same operations on each, taking turns; the median times and the median of the turns' ratios
// server/file:
//   first page of the release list, the list sorted by each column, search as you type
//   (a rare, a medium and a common pair, the last word a prefix), saving a release with three
//   quotes, and `copy` of the whole archive from the file to the server.
// Usage: PRESSDESK_BENCH_FILE=archive.sqlite PRESSDESK_BENCH_SERVER=postgresql://… bench_backends
// (PRESSDESK_BENCH_TURNS: turns per case, 21 by default; more on a noisy machine)
// (the server database: an empty newsroom, filled from the file by the copy measured here, or
// a copy of it already). Targets: first page and as-you-type under 50 ms on the server; search
// within 2x the file's.
class BenchBackends : public QObject
{
    Q_OBJECT

private:
    Database m_file;
    Database m_server;

    static double median(QList<double> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

    static double elapsedMs(const std::function<void()> &work)
    {
        QElapsedTimer timer;
        timer.start();
        work();
        return double(timer.nsecsElapsed()) / 1e6;
    }

    // The file and the server take turns (the one first alternating), so that the shared
    // machine's slow moments fall on both; the ratio reported is the median of the ratios of
    // each turn, beside the median times.
    static void compare(const QString &what, const std::function<void()> &onFile, const std::function<void()> &onServer)
    {
        const int asked = qEnvironmentVariableIntValue("PRESSDESK_BENCH_TURNS");
        const int turns = asked > 0 ? asked : 21;
        onFile(); // warm caches and prepared statements, as a window that is already open
        onServer();
        QList<double> file;
        QList<double> server;
        QList<double> ratios;
        for (int i = 0; i < turns; ++i) {
            double fileMs = 0;
            double serverMs = 0;
            if (i % 2 == 0) {
                fileMs = elapsedMs(onFile);
                serverMs = elapsedMs(onServer);
            } else {
                serverMs = elapsedMs(onServer);
                fileMs = elapsedMs(onFile);
            }
            file.append(fileMs);
            server.append(serverMs);
            ratios.append(serverMs / std::max(fileMs, 0.001));
        }
        qInfo("%-38s file %8.2f ms   server %8.2f ms   ratio %5.2fx", qUtf8Printable(what), median(file),
            median(server), median(ratios));
    }

    static void firstPage(Database &database, const ListQuery &query)
    {
        ListPaging paging;
        const QList<ListRow> rows = ListReader(database).page(query, 50, 0, paging);
        if (rows.isEmpty())
            qFatal("no rows");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString file = qEnvironmentVariable("PRESSDESK_BENCH_FILE");
        const QString server = qEnvironmentVariable("PRESSDESK_BENCH_SERVER");
        if (file.isEmpty() || server.isEmpty() || !QFileInfo::exists(file))
            QSKIP("set PRESSDESK_BENCH_FILE (an archive) and PRESSDESK_BENCH_SERVER (a newsroom URI)");
        QVERIFY2(m_file.open(file), qPrintable(m_file.errorString()));
        QVERIFY2(m_server.open(server), qPrintable(m_server.errorString()));
        if (ReleaseRepository(m_server).count(true) == 0) {
            QElapsedTimer timer;
            timer.start();
            StoreCopier copier(m_file, m_server);
            QVERIFY2(copier.copy(), qPrintable(copier.errorString()));
            qInfo("copy of the whole archive, file to server: %.1f s", double(timer.elapsed()) / 1000);
        }
        qInfo("%d releases on each", ReleaseRepository(m_file).count());
    }

    void listPages()
    {
        ListQuery query;
        compare(
            QStringLiteral("first page (default order)"), [&] { firstPage(m_file, query); },
            [&] { firstPage(m_server, query); });
        for (const QString &key : ListReader::columns(ListKind::Releases)) {
            if (!ListReader::isSortable(ListKind::Releases, key))
                continue;
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                query.sortKey = key;
                query.order = order;
                compare(
                    QStringLiteral("sorted by %1 %2")
                        .arg(key, order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                    [&] { firstPage(m_file, query); }, [&] { firstPage(m_server, query); });
            }
        }
    }

    void searchAsYouType()
    {
        for (const char *words : { "yuki nakamu", "bogota adolesc", "migrant wom" }) {
            ListQuery query;
            query.search = SearchQuery::parse(QString::fromUtf8(words));
            query.rankingCandidates = 5000;
            const auto run = [&](Database &database) {
                ListPaging paging;
                ListReader(database).page(query, 50, 0, paging);
            };
            compare(
                QStringLiteral("search \"%1\" (%2 matches)")
                    .arg(QString::fromUtf8(words))
                    .arg(ListReader(m_file).count(query)),
                [&] { run(m_file); }, [&] { run(m_server); });
        }
    }

    void saveWithThreeQuotes()
    {
        const auto save = [](Database &database) {
            ReleaseRepository releases(database);
            std::optional<Release> release = releases.load(1234);
            if (!release)
                qFatal("no release 1234");
            while (release->quotes.size() < 3)
                release->quotes.append(release->quotes.value(0));
            release->quotes.resize(3);
            release->body += QStringLiteral(" One more sentence.");
            if (!releases.save(*release))
                qFatal("%s", qUtf8Printable(releases.errorString()));
        };
        compare(
            QStringLiteral("save a release with three quotes"), [&] { save(m_file); }, [&] { save(m_server); });
    }
};

QTEST_GUILESS_MAIN(BenchBackends)
#include "bench_backends.moc"
