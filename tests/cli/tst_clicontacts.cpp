#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Media contacts and lists through the real binary: import from CSV in three languages and
// from Outlook's vCards, duplicates by e-mail, --map, --list, list/show and export.
class TestCliContacts : public QObject
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
        return QStringLiteral(PRESSDESK_TEST_DATA "/contacts/") + QLatin1String(name);
    }

    QJsonArray contacts(const QStringList &extra = {})
    {
        const Result list = run(QStringList { QStringLiteral("list"), QStringLiteral("contacts"),
                                    QStringLiteral("--format"), QStringLiteral("json") }
            + extra);
        return QJsonDocument::fromJson(list.out).array();
    }

    static QJsonObject byEmail(const QJsonArray &array, const QString &email)
    {
        for (const QJsonValue &value : array) {
            if (value.toObject().value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
                return value.toObject();
        }
        return {};
    }

    QJsonObject importJson(const QStringList &arguments)
    {
        const Result result = run(QStringList { QStringLiteral("import") } + arguments
            + QStringList { QStringLiteral("--into"), QStringLiteral("contacts"), QStringLiteral("--format-output"),
                QStringLiteral("json") });
        if (result.exitCode != 0)
            qWarning("%s", qPrintable(result.err));
        return QJsonDocument::fromJson(result.out).object();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_database = pressdesk::test::testingOnPostgres()
            ? pressdesk::test::newPostgresNewsroom()
            : m_dir.filePath(QStringLiteral("contacts-%1.sqlite").arg(++n));
    }

    void importSpanishCsvWithDuplicatesAndBadLines()
    {
        const Result result = run({ QStringLiteral("import"), data("contacts-es.csv"), QStringLiteral("--into"),
            QStringLiteral("contacts"), QStringLiteral("--list"), QStringLiteral("Economía CA") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Contacts: 2 created, 0 updated, 1 skipped."), result.out.constData());
        // Bad lines are named by their line number.
        QVERIFY2(result.err.contains(QLatin1String("contacts-es.csv:4:")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("Line 4 (Marta Sin Arroba): \"marta.sur.example\" is not a valid "
                                                   "e-mail address: skipped.")),
            qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("contacts-es.csv:5:")));

        const QJsonArray all = contacts();
        QCOMPARE(all.size(), 2);
        const QJsonObject lucia = byEmail(all, QStringLiteral("lucia.ordonez@istmo.example"));
        QCOMPARE(lucia.value(QLatin1String("name")).toString(), QStringLiteral("Lucía Ordóñez Vela"));
        QCOMPARE(lucia.value(QLatin1String("outlet")).toString(), QStringLiteral("Diario del Istmo"));
        QCOMPARE(lucia.value(QLatin1String("role")).toString(), QStringLiteral("Editora de economía"));
        QCOMPARE(lucia.value(QLatin1String("country")).toString(), QStringLiteral("Panamá"));
        QCOMPARE(lucia.value(QLatin1String("languages")).toArray(),
            (QJsonArray { QStringLiteral("es"), QStringLiteral("en") }));
        QCOMPARE(lucia.value(QLatin1String("beats")).toArray(),
            (QJsonArray { QStringLiteral("economía"), QStringLiteral("comercio") }));
        QCOMPARE(lucia.value(QLatin1String("phone")).toString(), QStringLiteral("+507 200 0000"));

        // --list: everyone read joined the list, which was created.
        const Result show = run({ QStringLiteral("show"), QStringLiteral("list"), QStringLiteral("Economía CA"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject list = QJsonDocument::fromJson(show.out).object();
        const QJsonArray members = list.value(QLatin1String("members")).toArray();
        QCOMPARE(members.size(), 2);
        for (const QJsonValue &member : members) {
            const QJsonObject object = member.toObject();
            QVERIFY(object.value(QLatin1String("id")).toInteger() > 0);
            QVERIFY(!object.value(QLatin1String("name")).toString().isEmpty());
            QVERIFY(object.value(QLatin1String("email")).toString().contains(QLatin1Char('@')));
            QVERIFY(object.value(QLatin1String("languages")).isArray());
        }

        // Again with --on-duplicate update: both updated, nothing created.
        const QJsonObject again =
            importJson({ data("contacts-es.csv"), QStringLiteral("--on-duplicate"), QStringLiteral("update") });
        QCOMPARE(again.value(QLatin1String("created")).toInt(), 0);
        QCOMPARE(again.value(QLatin1String("updated")).toInt(), 3);
        QCOMPARE(again.value(QLatin1String("not_imported")).toArray().size(), 2);
        // The later row of the same address won: its role.
        QCOMPARE(
            byEmail(contacts(), QStringLiteral("tixcot@altiplano.example")).value(QLatin1String("role")).toString(),
            QStringLiteral("Jefe de prensa"));
    }

    void importFrenchCsvAndMap()
    {
        QJsonObject result = importJson({ data("contacts-fr.csv") });
        QCOMPARE(result.value(QLatin1String("created")).toInt(), 2);
        const QJsonObject owen = byEmail(contacts(), QStringLiteral("owen@ledger.example"));
        QCOMPARE(owen.value(QLatin1String("outlet")).toString(), QStringLiteral("Northern Ledger"));
        QCOMPARE(owen.value(QLatin1String("languages")).toArray(),
            (QJsonArray { QStringLiteral("en"), QStringLiteral("fr") }));
        QCOMPARE(owen.value(QLatin1String("beats")).toArray(),
            (QJsonArray { QStringLiteral("économie"), QStringLiteral("migration") }));

        // A header it cannot guess: named with --map.
        const Result unmapped = run({ QStringLiteral("import"), data("contacts-custom.csv"), QStringLiteral("--into"),
            QStringLiteral("contacts") });
        QCOMPARE(unmapped.exitCode, 1);
        QVERIFY(unmapped.err.contains(QLatin1String("--map")));
        result = importJson({ data("contacts-custom.csv"), QStringLiteral("--map"), QStringLiteral("Reporter=name"),
            QStringLiteral("--map=Desk=beats"), QStringLiteral("--map"), QStringLiteral("Publication Name=outlet") });
        QCOMPARE(result.value(QLatin1String("created")).toInt(), 1);
        const QJsonObject ana = byEmail(contacts(), QStringLiteral("ana.quiros@observador.example"));
        QCOMPARE(ana.value(QLatin1String("name")).toString(), QStringLiteral("Ana Quirós"));
        QCOMPARE(ana.value(QLatin1String("outlet")).toString(), QStringLiteral("El Observador Andino"));
        QCOMPARE(ana.value(QLatin1String("beats")).toArray(), (QJsonArray { QStringLiteral("politics") }));

        const Result badMap = run({ QStringLiteral("import"), data("contacts-custom.csv"), QStringLiteral("--into"),
            QStringLiteral("contacts"), QStringLiteral("--map"), QStringLiteral("Nope=name") });
        QCOMPARE(badMap.exitCode, 1);
        QVERIFY(badMap.err.contains(QLatin1String("Nope")));
        QCOMPARE(run({ QStringLiteral("import"), data("contacts-fr.csv"), QStringLiteral("--into"),
                         QStringLiteral("contacts"), QStringLiteral("--format"), QStringLiteral("ninjs") })
                     .exitCode,
            2);
    }

    void importOutlookVCards()
    {
        const QJsonObject result =
            importJson({ data("outlook.vcf"), QStringLiteral("--list"), QStringLiteral("Press") });
        QCOMPARE(result.value(QLatin1String("created")).toInt(), 4);
        const QJsonArray all = contacts();
        const QJsonObject lucia = byEmail(all, QStringLiteral("lucia.ordonez@istmo.example"));
        QCOMPARE(lucia.value(QLatin1String("name")).toString(), QStringLiteral("Lucía Ordóñez Vela"));
        QCOMPARE(lucia.value(QLatin1String("outlet")).toString(), QStringLiteral("Diario del Istmo"));
        QCOMPARE(lucia.value(QLatin1String("role")).toString(), QStringLiteral("Editora de economía"));
        QCOMPARE(lucia.value(QLatin1String("country")).toString(), QStringLiteral("Panamá"));
        QCOMPARE(lucia.value(QLatin1String("phone")).toString(), QStringLiteral("+507 200 0000"));
        QCOMPARE(lucia.value(QLatin1String("languages")).toArray(), (QJsonArray { QStringLiteral("es") }));
        QCOMPARE(lucia.value(QLatin1String("beats")).toArray(),
            (QJsonArray { QStringLiteral("economy"), QStringLiteral("trade") }));
        QVERIFY(
            lucia.value(QLatin1String("notes")).toString().contains(QLatin1String("lucia.personal@correo.example")));
        const QJsonObject helene = byEmail(all, QStringLiteral("h.marchetti@gazette.example"));
        QCOMPARE(helene.value(QLatin1String("name")).toString(), QStringLiteral("Hélène Marchetti"));
        QVERIFY(helene.value(QLatin1String("role")).toString().endsWith(QLatin1String("longue haleine")));
        QCOMPARE(helene.value(QLatin1String("languages")).toArray(), (QJsonArray { QStringLiteral("fr") }));
        QCOMPARE(helene.value(QLatin1String("country")).toString(), QStringLiteral("Canada"));
        QCOMPARE(byEmail(all, QStringLiteral("owen@ledger.example")).value(QLatin1String("languages")).toArray(),
            (QJsonArray { QStringLiteral("en"), QStringLiteral("fr") }));
    }

    void listsShowAndExport()
    {
        QCOMPARE(importJson({ data("contacts-fr.csv"), QStringLiteral("--list"), QStringLiteral("Francophones") })
                     .value(QLatin1String("created"))
                     .toInt(),
            2);
        QCOMPARE(contacts({ QStringLiteral("--search"), QStringLiteral("lang:fr country:canada") }).size(), 1);

        const Result lists = run(
            { QStringLiteral("list"), QStringLiteral("lists"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(lists.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(lists.out).array().first().toObject();
        QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("Francophones"));
        QCOMPARE(first.value(QLatin1String("recipients")).toInt(), 2);
        const Result table = run({ QStringLiteral("list"), QStringLiteral("contacts") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Northern Ledger"));
        const Result csv =
            run({ QStringLiteral("list"), QStringLiteral("lists"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY(csv.out.startsWith("id,name,description,filter"));

        QCOMPARE(run({ QStringLiteral("show"), QStringLiteral("list"), QStringLiteral("Nobody") }).exitCode, 1);
        const Result text = run({ QStringLiteral("show"), QStringLiteral("list"), QStringLiteral("francophones") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Hélène Marchetti <h.marchetti@gazette.example>"));

        // Export as CSV reads back into another newsroom as it was; vCard too.
        const QString csvFile = m_dir.filePath(QStringLiteral("francophones.csv"));
        const QString vcfFile = m_dir.filePath(QStringLiteral("francophones.vcf"));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("Francophones"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csvFile })
                     .exitCode,
            0);
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("Francophones"),
                         QStringLiteral("--format"), QStringLiteral("vcf"), QStringLiteral("--output"), vcfFile })
                     .exitCode,
            0);
        QFile vcf(vcfFile);
        QVERIFY(vcf.open(QIODevice::ReadOnly));
        const QByteArray cards = vcf.readAll();
        QCOMPARE(cards.count("BEGIN:VCARD"), 2);
        QVERIFY(cards.contains("ORG:La Gazette du Lac"));
        QVERIFY(cards.contains("LANG;PREF=1:en\r\nLANG;PREF=2:fr"));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("Francophones"),
                         QStringLiteral("--format"), QStringLiteral("pdf") })
                     .exitCode,
            2);

        const QJsonArray before = contacts();
        for (const QString &file : { csvFile, vcfFile }) {
            init();
            QCOMPARE(importJson({ file }).value(QLatin1String("created")).toInt(), 2);
            const QJsonArray after = contacts();
            for (const QJsonValue &value : before) {
                const QJsonObject original = value.toObject();
                const QJsonObject copy = byEmail(after, original.value(QLatin1String("email")).toString());
                for (const char *key : { "name", "outlet", "languages", "country", "beats", "phone" })
                    QCOMPARE(copy.value(QLatin1String(key)), original.value(QLatin1String(key)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_clicontacts.moc"
