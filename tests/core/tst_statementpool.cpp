#include "storage/query.h"
#include "storage/statementpool.h"
#include "storage/storageerror.h"
#include "testdatabase.h"

#include <QTest>

using namespace pressdesk;

// On a server a session keeps the statements it prepared (PREPARE, EXECUTE and DEALLOCATE
// were three round trips for every statement), never shares one between two Queries alive at
// once, drops a statement that failed, stays within its capacity, and forgets them all when it
// closes. A file prepares every statement anew, as before.
class TestStatementPool : public QObject
{
    Q_OBJECT

private:
    // Counts 1..n on both backends.
    static QString counting()
    {
        return QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i FROM n");
    }

    static int preparedOnServer(Database &database, const QString &fragment)
    {
        Query prepared(database.connection(),
            QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE strpos(statement, ?) > 0 "
                           "AND strpos(statement, 'pg_prepared_statements') = 0"));
        prepared.bind(0, fragment);
        return prepared.scalar().toInt();
    }

private Q_SLOTS:
    void aSessionKeepsItsStatements()
    {
        test::TestDatabase fixture;
        Database &database = fixture.db();
        const QString name = database.connection().connectionName();
        for (int i = 1; i <= 3; ++i) {
            Query add(database.connection(), QStringLiteral("SELECT ? + 41"));
            add.bind(0, i);
            QCOMPARE(add.scalar().toInt(), 41 + i);
        }
        if (!database.isServer()) {
            QCOMPARE(StatementPool::size(name), 0);
            return;
        }
        QCOMPARE(preparedOnServer(database, QStringLiteral("$1 + 41")), 1);
        QVERIFY(StatementPool::size(name) >= 1);
    }

    void twoQueriesOfOneTextDoNotShareAStatement()
    {
        test::TestDatabase fixture;
        Database &database = fixture.db();
        const auto rows = [](Query &query, int count) {
            query.bind(0, count).exec();
            QList<int> values;
            while (query.next())
                values.append(query.value(0).toInt());
            return values;
        };
        Query(database.connection(), counting()).bind(0, 1).exec(); // now in the pool
        Query first(database.connection(), counting());
        Query second(database.connection(), counting());
        QCOMPARE(rows(first, 3), (QList<int> { 1, 2, 3 }));
        QCOMPARE(rows(second, 2), (QList<int> { 1, 2 }));
        QCOMPARE(rows(first, 1), (QList<int> { 1 }));
        if (database.isServer())
            QCOMPARE(preparedOnServer(database, QStringLiteral("WHERE i < $1")), 2);
    }

    void aFailedStatementIsNotKept()
    {
        test::TestDatabase fixture;
        Database &database = fixture.db();
        if (!database.isServer())
            QSKIP("a file keeps no statements");
        const QString name = database.connection().connectionName();
        const QString dividing = QStringLiteral("SELECT 100 / CAST(? AS integer)");
        QCOMPARE(Query(database.connection(), dividing).bind(0, 4).scalar().toInt(), 25);
        const int kept = StatementPool::size(name);
        bool failed = false;
        try {
            Query(database.connection(), dividing).bind(0, 0).scalar();
        } catch (const StorageError &error) {
            failed = error.message().contains(QLatin1String("division by zero"));
        }
        QVERIFY(failed);
        QCOMPARE(StatementPool::size(name), kept - 1);
        QCOMPARE(Query(database.connection(), dividing).bind(0, 5).scalar().toInt(), 20);
        QCOMPARE(StatementPool::size(name), kept);
    }

    void aSessionKeepsAtMostItsCapacity()
    {
        test::TestDatabase fixture;
        Database &database = fixture.db();
        if (!database.isServer())
            QSKIP("a file keeps no statements");
        const QString name = database.connection().connectionName();
        for (int i = 0; i < StatementPool::capacity + 20; ++i)
            Query(database.connection(), QStringLiteral("SELECT ? + %1").arg(1000 + i)).bind(0, 1).exec();
        QCOMPARE(StatementPool::size(name), StatementPool::capacity);
        // The least recently used went first, from the server too.
        QCOMPARE(preparedOnServer(database, QStringLiteral("$1 + 1000")), 0);
        QCOMPARE(preparedOnServer(database, QStringLiteral("$1 + %1").arg(1000 + StatementPool::capacity + 19)), 1);
    }

    void closingForgetsTheSessionsStatements()
    {
        test::TestDatabase fixture;
        Database &database = fixture.db();
        const QString location = database.path();
        const QString name = database.connection().connectionName();
        Query(database.connection(), QStringLiteral("SELECT ? + 41")).bind(0, 1).exec();
        database.close();
        QCOMPARE(StatementPool::size(name), 0);
        // The same Database opened again prepares on its new session.
        QVERIFY2(database.open(location), qPrintable(database.errorString()));
        QCOMPARE(Query(database.connection(), QStringLiteral("SELECT ? + 41")).bind(0, 1).scalar().toInt(), 42);
    }
};

QTEST_GUILESS_MAIN(TestStatementPool)
#include "tst_statementpool.moc"
