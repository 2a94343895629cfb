#include "storage/database.h"
#include "storage/releaserepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// Two Pressdesk processes (or two colleagues) on one file.
class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void twoProcessesWriteAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        {
            Database create;
            QVERIFY(create.open(path));
        }
        QList<QProcess *> writers;
        for (int seed = 1; seed <= 3; ++seed) {
            auto *process = new QProcess(this);
            process->start(QStringLiteral(PRESSDESK_BINARY),
                { QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--releases"),
                    QStringLiteral("400"), QStringLiteral("--seed"), QString::number(seed) });
            writers.append(process);
        }
        for (QProcess *process : std::as_const(writers)) {
            QVERIFY(process->waitForFinished(120'000));
            const QString errors = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitCode() == 0, qPrintable(errors));
            QVERIFY2(!errors.contains(QLatin1String("locked"), Qt::CaseInsensitive), qPrintable(errors));
        }
        Database check;
        QVERIFY(check.open(path));
        QCOMPARE(ReleaseRepository(check).count(), 1200);
        QVERIFY(check.check().healthy);
    }

    void severalProcessesCreateOneNewFile()
    {
        // Colleagues (or a window and a script) starting on a file that does not exist yet:
        // one creates it and builds the schema, the others wait and find it built.
        for (int round = 0; round < 4; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
            QList<QProcess *> starters;
            for (int i = 0; i < 4; ++i) {
                auto *process = new QProcess(this);
                process->start(
                    QStringLiteral(PRESSDESK_BINARY), { QStringLiteral("--database"), path, QStringLiteral("check") });
                starters.append(process);
            }
            for (QProcess *process : std::as_const(starters)) {
                QVERIFY(process->waitForFinished(60'000));
                const QString errors = QString::fromUtf8(process->readAllStandardError());
                QVERIFY2(process->exitCode() == 0, qPrintable(errors));
            }
            qDeleteAll(starters);
            Database check;
            QVERIFY(check.open(path));
            QCOMPARE(check.schemaVersion(), Database::latestSchemaVersion());
        }
    }

    void noLostUpdateBetweenConnections()
    {
        const QString path = m_dir.filePath(QStringLiteral("same-record.sqlite"));
        Database first;
        Database second;
        QVERIFY(first.open(path));
        QVERIFY(second.open(path));
        ReleaseRepository mine(first);
        ReleaseRepository theirs(second);
        Release release;
        release.headline = QStringLiteral("Congress opens in San José");
        QVERIFY(mine.save(release));
        Release myCopy = *mine.load(release.id);
        Release theirCopy = *theirs.load(release.id);
        theirCopy.lead = QStringLiteral("Their lead.");
        QVERIFY(theirs.save(theirCopy));
        myCopy.lead = QStringLiteral("My lead.");
        QVERIFY(!mine.save(myCopy));
        QVERIFY(mine.lastSaveConflicted());
        QCOMPARE(mine.load(release.id)->lead, QStringLiteral("Their lead."));
    }

    void otherWritersAreNoticed()
    {
        const QString path = m_dir.filePath(QStringLiteral("watched.sqlite"));
        Database watcher;
        Database writer;
        QVERIFY(watcher.open(path));
        QVERIFY(writer.open(path));
        QSignalSpy changed(&watcher, &Database::changed);
        watcher.watchOtherWriters(20);
        QTest::qWait(60);
        QCOMPARE(changed.count(), 0);
        ReleaseRepository repository(writer);
        Release release;
        release.headline = QStringLiteral("Written by a colleague");
        QVERIFY(repository.save(release));
        QTRY_VERIFY(changed.count() >= 4);
        QCOMPARE(changed.last().at(1).toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
