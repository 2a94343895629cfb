#include "demo/syntheticarchive.h"
#include "models/releaselistmodel.h"
#include "models/speakerlistmodel.h"
#include "storage/localecollation.h"
#include "storage/speakerrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace pressdesk;

// First page of the release list on a large archive, for each sortable column and for a
// status filter; and the first page of speakers sorted by name with the locale collation
// against NOCASE. Run: bench_listmodel [-- releases N via PRESSDESK_BENCH_RELEASES, extra
// speakers via PRESSDESK_BENCH_SPEAKERS, default 5,000].
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
        // Names with and without accents, so that the collation has real work.
        const int extra = qEnvironmentVariableIsSet("PRESSDESK_BENCH_SPEAKERS")
            ? qEnvironmentVariableIntValue("PRESSDESK_BENCH_SPEAKERS")
            : 5000;
        const QStringList given { QStringLiteral("Álvaro"), QStringLiteral("Émilie"), QStringLiteral("Zoé"),
            QStringLiteral("Ana"), QStringLiteral("Ñusta"), QStringLiteral("Olivier") };
        const QStringList family { QStringLiteral("Alonso"), QStringLiteral("Álvarez"), QStringLiteral("Azcona"),
            QStringLiteral("Éluard"), QStringLiteral("Núñez"), QStringLiteral("Ødegaard"), QStringLiteral("Zúñiga") };
        SpeakerRepository speakers(m_fixture.db());
        Transaction transaction(m_fixture.db());
        for (int i = 0; i < extra; ++i) {
            Speaker speaker;
            speaker.fullName =
                QStringLiteral("%1 %2 %3").arg(given.at(i % given.size()), family.at((i / 7) % family.size())).arg(i);
            QVERIFY2(speakers.save(speaker), qPrintable(speakers.errorString()));
        }
        transaction.commit();
        QVERIFY(m_fixture.db().nameCollation() == LocaleCollation::name());
    }

    void speakersFirstPageByName_data()
    {
        QTest::addColumn<QString>("collation");
        QTest::newRow("locale") << LocaleCollation::name();
        QTest::newRow("nocase") << QStringLiteral("NOCASE");
    }

    // The statement SpeakerListModel runs for its first page, with either collation.
    void speakersFirstPageByName()
    {
        QFETCH(QString, collation);
        QSqlQuery query(m_fixture.db().connection());
        QVERIFY(
            query.prepare(QStringLiteral("SELECT s.id, s.full_name, s.title, coalesce(o.name, ''), s.country, s.email "
                                         "FROM speakers s LEFT JOIN organizations o ON o.id = s.organization_id "
                                         "WHERE s.deleted_at IS NULL ORDER BY s.sort_name COLLATE %1, s.id LIMIT 100")
                              .arg(collation)));
        int rows = 0;
        QBENCHMARK
        {
            QVERIFY(query.exec());
            rows = 0;
            while (query.next())
                ++rows;
        }
        QCOMPARE(rows, 100);
    }

    void speakerModelSorted()
    {
        SpeakerListModel model(m_fixture.db());
        QBENCHMARK
        {
            model.sort(SpeakerListModel::Name, Qt::DescendingOrder);
            model.sort(SpeakerListModel::Name, Qt::AscendingOrder);
        }
        QCOMPARE(model.rowCount(), ListModel::pageSize);
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
        QCOMPARE(model.rowCount(), ListModel::pageSize);
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
