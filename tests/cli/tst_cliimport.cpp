#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `pressdesk import` through the real binary: what it prints, exit codes, dry runs,
// duplicates and the all-or-nothing transaction.
class TestCliImport : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_database;

    Result run(const QStringList &arguments)
    {
        QProcess process;
        process.start(
            QStringLiteral(PRESSDESK_BINARY), QStringList { QStringLiteral("--database"), m_database } + arguments);
        if (!process.waitForFinished(120'000))
            qFatal("pressdesk did not finish");
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
    }

    static QString data(const char *name)
    {
        return QStringLiteral(PRESSDESK_TEST_DATA "/import/") + QLatin1String(name);
    }

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", name);
        return path;
    }

    int count(const char *what)
    {
        const Result list =
            run({ QStringLiteral("list"), QLatin1String(what), QStringLiteral("--format"), QStringLiteral("json") });
        return static_cast<int>(QJsonDocument::fromJson(list.out).array().size());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_database = pressdesk::test::testingOnPostgres() ? pressdesk::test::newPostgresNewsroom()
                                                          : m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++n));
    }

    void usageErrors()
    {
        QCOMPARE(run({ QStringLiteral("import") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("import"), data("speakers-3.0.vcf"), QStringLiteral("--format"),
                         QStringLiteral("docx") })
                     .exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("import"), data("speakers-3.0.vcf"), QStringLiteral("--format-output"),
                         QStringLiteral("xml") })
                     .exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("import"), data("speakers-3.0.vcf"), QStringLiteral("--on-duplicate"),
                         QStringLiteral("merge") })
                     .exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("import"), data("speakers-3.0.vcf"), QStringLiteral("--bogus") }).exitCode, 2);
        QVERIFY(!QFile::exists(m_database)); // usage errors never create the file
    }

    void unreadableFileNamesFileAndLine()
    {
        const Result missing = run({ QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.ics")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("nope.ics")), qPrintable(missing.err));
        const QString broken = write("broken.json", "[\n{\"uri\": \"a\"},\n{\"uri\": }\n]");
        const Result bad = run({ QStringLiteral("import"), broken });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(broken + QStringLiteral(":3:")), qPrintable(bad.err));
        const QString truncated = write("truncated.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Cut\r\n");
        const Result cut = run({ QStringLiteral("import"), truncated });
        QCOMPARE(cut.exitCode, 1); // nothing could be imported
        QVERIFY2(
            cut.err.contains(truncated + QStringLiteral(":2: Event “Cut” at line 2 is cut off")), qPrintable(cut.err));
        QVERIFY(cut.err.contains(QLatin1String("Nothing could be imported")));
    }

    // One bad record does not stop the others: exit 0, each skipped record on stderr with its
    // line; --strict keeps all-or-nothing; --dry-run and JSON list them too.
    void partialImports()
    {
        const QString calendar = data("problems.ics");
        const Result dry = run({ QStringLiteral("import"), calendar, QStringLiteral("--dry-run"),
            QStringLiteral("--format-output"), QStringLiteral("json") });
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(report.value(QLatin1String("created")).toInt(), 4); // three events and one organizer
        const QJsonArray notImported = report.value(QLatin1String("not_imported")).toArray();
        QCOMPARE(notImported.size(), 3);
        QCOMPARE(notImported.at(0).toObject().value(QLatin1String("line")).toInt(), 12);
        QCOMPARE(notImported.at(0).toObject().value(QLatin1String("file")).toString(), calendar);
        QCOMPARE(notImported.at(0).toObject().value(QLatin1String("message")).toString(),
            QStringLiteral("Event “Board meeting” at line 12 has no start date (DTSTART): skipped."));
        QCOMPARE(report.value(QLatin1String("warnings")).toArray().size(), 2);
        QCOMPARE(count("events"), 0);

        const Result strict = run({ QStringLiteral("import"), calendar, QStringLiteral("--strict") });
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.contains(QLatin1String("--strict")), qPrintable(strict.err));
        QCOMPARE(count("events"), 0);

        const Result real = run({ QStringLiteral("import"), calendar });
        QCOMPARE(real.exitCode, 0);
        QVERIFY2(
            real.err.contains(calendar + QStringLiteral(":12: Event “Board meeting” at line 12 has no start date")),
            qPrintable(real.err));
        QVERIFY(real.err.contains(calendar + QStringLiteral(":31: ")));
        QVERIFY(real.err.contains(QLatin1String("Not imported: 3 records")));
        QVERIFY2(real.out.contains("Imported: 4 created, 0 updated, 0 skipped."), real.out.constData());
        QCOMPARE(count("events"), 3);

        // CSV rows and vCards the same way.
        const QString csv = write("people.csv", "Name,E-mail\nAna Ruiz,ana@example.org\n,nobody@example.org\n");
        const Result rows = run({ QStringLiteral("import"), csv, data("mixed-problems.vcf") });
        QCOMPARE(rows.exitCode, 0);
        QVERIFY2(rows.err.contains(csv + QStringLiteral(":3: Row 3 has no name.")), qPrintable(rows.err));
        QVERIFY(rows.err.contains(data("mixed-problems.vcf") + QStringLiteral(":8: ")));
        QCOMPARE(count("speakers"), 2); // Ana Ruiz (in both files, once) and Pedro Salas

        const QString hopeless = write("hopeless.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:1\r\nEND:VCARD\r\n");
        const Result none = run({ QStringLiteral("import"), hopeless });
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QLatin1String("has no name")));
    }

    void importsPrintsAndSkipsDuplicates()
    {
        const QStringList files { data("en-dateline-full.txt"), data("speakers-3.0.vcf"), data("events-tz.ics"),
            data("saved-page.html") };
        const Result dry = run(QStringList { QStringLiteral("import"), QStringLiteral("--dry-run") } + files);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("would create release \"Coastal towns open shared flood warning network\""),
            dry.out.constData());
        QVERIFY(dry.out.contains("nothing was written"));
        QCOMPARE(count("releases"), 0);

        const Result real =
            run(QStringList { QStringLiteral("import"), QStringLiteral("--format-output"), QStringLiteral("json") }
                + files);
        QCOMPARE(real.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(real.out).object();
        QCOMPARE(report.value(QLatin1String("dry_run")).toBool(), false);
        QVERIFY(report.value(QLatin1String("created")).toInt() >= 7);
        const QJsonObject first = report.value(QLatin1String("records")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("action")).toString(), QStringLiteral("create"));
        QCOMPARE(first.value(QLatin1String("entity")).toString(), QStringLiteral("release"));
        QVERIFY(first.value(QLatin1String("id")).toInteger() > 0);
        QCOMPARE(count("releases"), 2);
        QCOMPARE(count("events"), 3);
        const int speakers = count("speakers");

        const Result again = run(QStringList { QStringLiteral("import") } + files);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Imported: 0 created, 0 updated, 7 skipped."), again.out.constData());
        QCOMPARE(count("releases"), 2);
        QCOMPARE(count("speakers"), speakers);
        QCOMPARE(count("events"), 3);

        const Result update = run({ QStringLiteral("import"), data("events-tz.ics"), QStringLiteral("--on-duplicate"),
            QStringLiteral("update") });
        QVERIFY(update.out.contains("3 updated"));
        const Result both = run({ QStringLiteral("import"), data("events-tz.ics"), QStringLiteral("--on-duplicate"),
            QStringLiteral("keep-both") });
        QVERIFY(both.out.contains("3 created"));
        QCOMPARE(count("events"), 6);
    }

    void failingRecordRollsBack()
    {
        const QString file = write("three.json", R"([
  {"uri": "urn:one", "headlines": [{"role": "main", "value": "One"}]},
  {"uri": "urn:two", "headlines": [{"role": "main", "value": "Two"}], "language": "not a tag!"},
  {"uri": "urn:three", "headlines": [{"role": "main", "value": "Three"}]}
])");
        const Result result = run({ QStringLiteral("import"), data("speakers-3.0.vcf"), file });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(file + QStringLiteral(":3:")), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("\"Two\"")));
        QVERIFY(result.err.contains(QLatin1String("Nothing was imported")));
        QCOMPARE(count("releases"), 0);
        QCOMPARE(count("speakers"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
