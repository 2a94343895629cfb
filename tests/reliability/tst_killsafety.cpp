#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Kills the real binary (SIGKILL) at random moments of a bulk write and of a batch export,
// many times within a few seconds, and checks after each kill that the database passes
// integrity_check with each transaction either wholly there or wholly absent, and that no
// half-written export file sits under its final name.
class TestKillSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int run(const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(PRESSDESK_BINARY), arguments);
        process.waitForFinished(120'000);
        if (out)
            *out = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static int releaseCount(const QString &path)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT count(*) FROM releases")) && query.next())
                    count = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }

    // Starts a command and kills it after a random delay; false when it had already ended.
    static bool killDuring(const QStringList &arguments, int maxDelayMs)
    {
        QProcess process;
        process.start(QStringLiteral(PRESSDESK_BINARY), arguments);
        if (!process.waitForStarted())
            return false;
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(5, maxDelayMs)));
        const bool running = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished();
        return running;
    }

private Q_SLOTS:
    void bulkWritesAreAllOrNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("kill.sqlite"));
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("demo") }), 0);
        int expected = releaseCount(path);
        int kills = 0;
        int completed = 0;
        QElapsedTimer budget;
        budget.start();
        for (int round = 0; budget.elapsed() < 6000 || kills < 3; ++round) {
            constexpr int batch = 1500;
            const bool killed =
                killDuring({ QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--releases"),
                               QString::number(batch), QStringLiteral("--seed"), QString::number(round) },
                    900);
            QByteArray report;
            QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("check") }, &report), 0);
            const int count = releaseCount(path);
            QVERIFY2(count == expected || count == expected + batch,
                qPrintable(QStringLiteral("round %1: %2 releases, expected %3 or %4")
                               .arg(round)
                               .arg(count)
                               .arg(expected)
                               .arg(expected + batch)));
            completed += count == expected + batch ? 1 : 0;
            kills += killed ? 1 : 0;
            expected = count;
            if (round > 200)
                break;
        }
        qInfo("kills during bulk writes: %d, batches completed: %d, records lost: 0", kills, completed);
        QVERIFY(kills >= 3);
    }

    void importIsAllOrNothing()
    {
        // 400 speakers in one vCard file, imported again and again and killed mid-way.
        const QString cards = m_dir.filePath(QStringLiteral("speakers.vcf"));
        {
            QFile file(cards);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 400; ++i) {
                file.write(
                    QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:kill-%1\r\nFN:Speaker %1 Núñez\r\n"
                                   "TITLE:Vice Minister %1\r\nEND:VCARD\r\n")
                        .arg(i)
                        .toUtf8());
            }
        }
        int kills = 0;
        for (int round = 0; round < 8; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(round));
            QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("check") }), 0);
            kills += killDuring({ QStringLiteral("--database"), path, QStringLiteral("import"), cards }, 400) ? 1 : 0;
            QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("check") }), 0);
            int speakers = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("speakers"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM speakers")) && query.next());
                speakers = query.value(0).toInt();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("speakers"));
            QVERIFY2(speakers == 0 || speakers == 400, qPrintable(QString::number(speakers)));
        }
        qInfo("kills during import: %d, records lost or half-imported: 0", kills);
    }

    void batchExportLeavesNoHalfFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.sqlite"));
        QCOMPARE(run({ QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--releases"),
                     QStringLiteral("60") }),
            0);
        int kills = 0;
        for (int round = 0; round < 6; ++round) {
            const QString folder = m_dir.filePath(QStringLiteral("out%1").arg(round));
            QDir().mkpath(folder);
            kills += killDuring({ QStringLiteral("--database"), path, QStringLiteral("export"),
                                    QStringLiteral("releases"), QStringLiteral("--all"), QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--out-dir"), folder },
                         1200)
                ? 1
                : 0;
            const QStringList pdfs = QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
            for (const QString &name : pdfs) {
                QFile file(QDir(folder).filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                QVERIFY2(bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF"), qPrintable(name));
            }
        }
        qInfo("kills during batch export: %d", kills);
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
