// The press room is published atomically (#17): the real `pressdesk publish-site` killed with
// SIGKILL at any moment leaves the folder exactly the old site or exactly the new one, and a
// write that fails leaves the old site as it was, with a message and exit code 1.

#include "publish/sitewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace pressdesk;

class TestSiteAtomic : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::NormalExit;
        QString errors;
    };

    QStringList arguments(const QString &folder, const QString &baseUrl) const
    {
        return { QStringLiteral("--database"), m_database, QStringLiteral("publish-site"), QStringLiteral("--out"),
            folder, QStringLiteral("--base-url"), baseUrl, QStringLiteral("--no-pdf") };
    }

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PRESSDESK_BINARY), arguments);
        process.waitForFinished(300000);
        return { process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAllStandardError()) };
    }

    // Every file of a folder (the manifest and the generation stamp aside, which name the
    // publish rather than the site) with its SHA-256.
    static QMap<QString, QByteArray> snapshot(const QString &folder)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(folder).relativeFilePath(path);
            if (relative == SiteWriter::manifestName() || relative == SiteWriter::generationName())
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            files.insert(relative, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
        return files;
    }

    static const QString siteA() { return QStringLiteral("https://a.example.org/"); }
    static const QString siteB() { return QStringLiteral("https://b.example.org/"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("newsroom.sqlite"));
        // Invented releases, enough that a publish takes a moment to interrupt.
        const Run demo = run({ QStringLiteral("--database"), m_database, QStringLiteral("demo"),
            QStringLiteral("--releases"), QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.errors));
    }

    void aKilledPublishLeavesTheOldOrTheNewSite()
    {
        // The two sites a publish can lead to, made apart: every page differs between them
        // (canonical addresses).
        const QString referenceA = m_dir.filePath(QStringLiteral("a"));
        const QString referenceB = m_dir.filePath(QStringLiteral("b"));
        QCOMPARE(run(arguments(referenceA, siteA())).exitCode, 0);
        QCOMPARE(run(arguments(referenceB, siteB())).exitCode, 0);
        const QMap<QString, QByteArray> a = snapshot(referenceA);
        const QMap<QString, QByteArray> b = snapshot(referenceB);
        QVERIFY(a.size() > 500);
        QVERIFY(a != b);

        const QString folder = m_dir.filePath(QStringLiteral("site"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run(arguments(folder, siteA())).exitCode, 0);
        const qint64 duration = std::max<qint64>(timer.elapsed(), 200);
        QCOMPARE(snapshot(folder), a);

        int killedMidway = 0;
        int rounds = 0;
        QString current = siteA();
        while ((killedMidway < 3 || rounds < 6) && rounds < 40) {
            ++rounds;
            const QString next = current == siteA() ? siteB() : siteA();
            QProcess process;
            process.start(QStringLiteral(PRESSDESK_BINARY), arguments(folder, next));
            QVERIFY(process.waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(duration)));
            const bool running = process.state() == QProcess::Running;
            if (running)
                ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(300000);
            const QMap<QString, QByteArray> now = snapshot(folder);
            const bool isOld = now == (current == siteA() ? a : b);
            const bool isNew = now == (next == siteA() ? a : b);
            QVERIFY2(isOld || isNew,
                qPrintable(
                    QStringLiteral("round %1: the folder is neither site (%2 files)").arg(rounds).arg(now.size())));
            if (running && process.exitStatus() == QProcess::CrashExit && isOld)
                ++killedMidway;
            if (isNew)
                current = next;
        }
        QVERIFY2(killedMidway > 0, "no publish was killed midway");
        qInfo("%d rounds, %d publishes killed midway", rounds, killedMidway);

        // The next publish after the kills completes the site.
        const QString next = current == siteA() ? siteB() : siteA();
        const Run after = run(arguments(folder, next));
        QVERIFY2(after.exitCode == 0, qPrintable(after.errors));
        QCOMPARE(snapshot(folder), next == siteA() ? a : b);
    }

    void aFailingWriteLeavesTheOldSite()
    {
        const QString folder = m_dir.filePath(QStringLiteral("failing"));
        QCOMPARE(run(arguments(folder, siteA())).exitCode, 0);
        QCOMPARE(run(arguments(folder, siteA())).exitCode, 0); // the site before is now kept beside it
        const QMap<QString, QByteArray> before = snapshot(folder);
        QHash<QString, QDateTime> times;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it)
            times.insert(it.key(), QFileInfo(folder + QLatin1Char('/') + it.key()).lastModified());

        // Where the next site is made, a folder stands in the place of a file it must write.
        const QString staging = SiteWriter(folder).stagingFolder();
        QVERIFY(QFileInfo(staging).isDir());
        const QString blocked = staging + QStringLiteral("/robots.txt");
        QVERIFY(QFile::remove(blocked));
        QVERIFY(QDir().mkpath(blocked + QStringLiteral("/in-the-way")));

        const Run failed = run(arguments(folder, siteB()));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.errors.contains(QStringLiteral("robots.txt")), qPrintable(failed.errors));
        QCOMPARE(snapshot(folder), before);
        for (auto it = times.constBegin(); it != times.constEnd(); ++it)
            QCOMPARE(QFileInfo(folder + QLatin1Char('/') + it.key()).lastModified(), it.value());

        // The next publish makes the sibling again and succeeds.
        const Run repaired = run(arguments(folder, siteB()));
        QVERIFY2(repaired.exitCode == 0, qPrintable(repaired.errors));
        const QString referenceB = m_dir.filePath(QStringLiteral("b2"));
        QCOMPARE(run(arguments(referenceB, siteB())).exitCode, 0);
        QCOMPARE(snapshot(folder), snapshot(referenceB));
    }

    // A second publish into the same folder while one runs is refused, not interleaved.
    void oneSiteAtATime()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QProcess first;
        first.start(QStringLiteral(PRESSDESK_BINARY), arguments(folder, siteA()));
        QVERIFY(first.waitForStarted());
        // The second starts once the first holds the folder's lock (or has already ended): a
        // fixed wait let a slow first start (under ASan) lose the lock to the second.
        const QString lock = m_dir.filePath(QStringLiteral(".locked.pressdesk-lock"));
        QVERIFY(
            QTest::qWaitFor([&] { return QFileInfo::exists(lock) || first.state() == QProcess::NotRunning; }, 120000));
        const Run second = run(arguments(folder, siteA()));
        first.waitForFinished(300000);
        QCOMPARE(first.exitCode(), 0);
        if (second.exitCode != 0)
            QVERIFY2(second.errors.contains(QStringLiteral("Another publish")), qPrintable(second.errors));
    }
};

QTEST_GUILESS_MAIN(TestSiteAtomic)
#include "tst_siteatomic.moc"
