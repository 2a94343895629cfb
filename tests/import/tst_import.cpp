#include "export/csvexporter.h"
#include "export/exportsource.h"
#include "export/icalendarexporter.h"
#include "export/ninjsexporter.h"
#include "export/vcardexporter.h"
#include "i18n/datelineplace.h"
#include "import/attributionparser.h"
#include "import/csvimporter.h"
#include "import/csvreader.h"
#include "import/datelineparser.h"
#include "import/datetextparser.h"
#include "import/embargoparser.h"
#include "import/htmlarticleextractor.h"
#include "import/importer.h"
#include "import/importreader.h"
#include "import/languageguesser.h"
#include "import/ninjsimporter.h"
#include "import/releaseplan.h"
#include "import/releasetextparser.h"
#include "import/textdecoder.h"
#include "models/eventlistmodel.h"
#include "models/speakerlistmodel.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"
#include "testfixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace pressdesk;

namespace {

QByteArray fixture(const QString &name)
{
    return test::importFixture(name);
}

ImportRecord parseFixture(const QString &name, const QList<Speaker> &known = {})
{
    const ImportReader::Result read = ImportReader::read(name, fixture(name), ImportFormat::Auto, known);
    if (!read.error.isEmpty() || read.records.size() != 1)
        qFatal("cannot parse %s: %s", qPrintable(name), qPrintable(read.error));
    return read.records.constFirst();
}

ImportResult importRecords(Database &database, QList<ImportRecord> records,
    DuplicatePolicy policy = DuplicatePolicy::Skip, bool dryRun = false)
{
    ImportPlan plan;
    plan.records = records;
    plan.policy = policy;
    Importer importer(database);
    if (!importer.plan(plan))
        qFatal("plan failed: %s", qPrintable(importer.errorString()));
    return importer.run(plan, dryRun);
}

// Drops the lines of an iCalendar or vCard file that record when, not what.
QByteArray withoutStamps(const QByteArray &bytes)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.startsWith("DTSTAMP") || line.startsWith("CREATED") || line.startsWith("LAST-MODIFIED")
            || line.startsWith("REV"))
            continue;
        kept.append(line);
    }
    return kept.join('\n');
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datelines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("rest");
        const QDate july15(2026, 7, 15);
        QTest::newRow("en city, country, date —")
            << QStringLiteral("SAN JOSÉ, Costa Rica, 15 July 2026 — Lead.") << QStringLiteral("SAN JOSÉ")
            << QStringLiteral("Costa Rica") << july15 << QStringLiteral("Lead.");
        QTest::newRow("en month first") << QStringLiteral("QUITO, Ecuador, July 15, 2026 -- Lead.")
                                        << QStringLiteral("QUITO") << QStringLiteral("Ecuador") << july15
                                        << QStringLiteral("Lead.");
        QTest::newRow("en city –") << QStringLiteral("PANAMA CITY – Lead.") << QStringLiteral("PANAMA CITY")
                                   << QString() << QDate() << QStringLiteral("Lead.");
        QTest::newRow("en city (country) –")
            << QStringLiteral("Guatemala City (Guatemala) – Lead.") << QStringLiteral("Guatemala City")
            << QStringLiteral("Guatemala") << QDate() << QStringLiteral("Lead.");
        QTest::newRow("es full") << QStringLiteral("MADRID, España, 15 de julio de 2026 — Texto.")
                                 << QStringLiteral("MADRID") << QStringLiteral("España") << july15
                                 << QStringLiteral("Texto.");
        QTest::newRow("es city –") << QStringLiteral("TEGUCIGALPA – Texto.") << QStringLiteral("TEGUCIGALPA")
                                   << QString() << QDate() << QStringLiteral("Texto.");
        QTest::newRow("es city (country)")
            << QStringLiteral("Tegucigalpa (Honduras) – Texto.") << QStringLiteral("Tegucigalpa")
            << QStringLiteral("Honduras") << QDate() << QStringLiteral("Texto.");
        QTest::newRow("fr full 1er") << QStringLiteral("PARIS, France, 1er juillet 2026 – Texte.")
                                     << QStringLiteral("PARIS") << QStringLiteral("France") << QDate(2026, 7, 1)
                                     << QStringLiteral("Texte.");
        QTest::newRow("fr août") << QStringLiteral("LYON, France, 15 août 2026 — Texte.") << QStringLiteral("LYON")
                                 << QStringLiteral("France") << QDate(2026, 8, 15) << QStringLiteral("Texte.");
        QTest::newRow("fr city –") << QStringLiteral("MARSEILLE – Texte.") << QStringLiteral("MARSEILLE") << QString()
                                   << QDate() << QStringLiteral("Texte.");
        QTest::newRow("fr city (country)") << QStringLiteral("Dakar (Sénégal) – Texte.") << QStringLiteral("Dakar")
                                           << QStringLiteral("Sénégal") << QDate() << QStringLiteral("Texte.");
        QTest::newRow("en date in parentheses")
            << QStringLiteral("KAMPALA, Uganda (12 May 2025) – Lead.") << QStringLiteral("KAMPALA")
            << QStringLiteral("Uganda") << QDate(2025, 5, 12) << QStringLiteral("Lead.");
        QTest::newRow("en US state, month first")
            << QStringLiteral("SPRINGFIELD, Ill. (March 4, 2024) — Lead.") << QStringLiteral("SPRINGFIELD")
            << QStringLiteral("United States") << QDate(2024, 3, 4) << QStringLiteral("Lead.");
        QTest::newRow("en wire service, abbreviated month")
            << QStringLiteral("AUSTIN, Texas, Oct. 28, 2025 /PRNewswire/ -- Lead.") << QStringLiteral("AUSTIN")
            << QStringLiteral("United States") << QDate(2025, 10, 28) << QStringLiteral("Lead.");
        QTest::newRow("es known city in lower case") << QStringLiteral("Lima — Texto.") << QStringLiteral("Lima")
                                                     << QString() << QDate() << QStringLiteral("Texto.");
        QTest::newRow("es two cities") << QStringLiteral("Quito/Bogotá — Texto.") << QStringLiteral("Quito")
                                       << QString() << QDate() << QStringLiteral("Texto.");
        QTest::newRow("es agency after the date")
            << QStringLiteral("TEGUCIGALPA, Honduras, 3 de marzo de 2025 (AGENCIA) – Texto.")
            << QStringLiteral("TEGUCIGALPA") << QStringLiteral("Honduras") << QDate(2025, 3, 3)
            << QStringLiteral("Texto.");
        QTest::newRow("es Mexican .-") << QStringLiteral("CIUDAD DE MÉXICO, 18 de septiembre de 2024.- Texto.")
                                       << QStringLiteral("CIUDAD DE MÉXICO") << QString() << QDate(2024, 9, 18)
                                       << QStringLiteral("Texto.");
        QTest::newRow("fr spaced hyphen, no date")
            << QStringLiteral("Dakar - Cette semaine (3-5/06), texte.") << QStringLiteral("Dakar") << QString()
            << QDate() << QStringLiteral("Cette semaine (3-5/06), texte.");
        QTest::newRow("fr province, le, wire")
            << QStringLiteral("BÉCANCOUR, QC, le 9 octobre 2024 /CNW/ - Texte.") << QStringLiteral("BÉCANCOUR")
            << QStringLiteral("Canada") << QDate(2024, 10, 9) << QStringLiteral("Texte.");
        QTest::newRow("es Mexican state")
            << QStringLiteral("San Cristóbal de las Casas, Chiapas.- Texto del comunicado.")
            << QStringLiteral("San Cristóbal de las Casas") << QStringLiteral("Mexico") << QDate()
            << QStringLiteral("Texto del comunicado.");
        QTest::newRow("pt state in parentheses")
            << QStringLiteral("BRASÍLIA (DF), 5 de maio de 2025 – Texto.") << QStringLiteral("BRASÍLIA")
            << QStringLiteral("Brazil") << QDate(2025, 5, 5) << QStringLiteral("Texto.");
        QTest::newRow("pt month") << QStringLiteral("RECIFE, 8 de outubro de 2025 – Texto.") << QStringLiteral("RECIFE")
                                  << QString() << QDate(2025, 10, 8) << QStringLiteral("Texto.");
    }
    void datelines()
    {
        QFETCH(QString, text);
        const std::optional<DatelineParser::Dateline> dateline = DatelineParser::parse(text);
        QVERIFY(dateline);
        QTEST(dateline->city, "city");
        QTEST(dateline->country, "country");
        QTEST(dateline->date, "date");
        QTEST(dateline->rest, "rest");
    }

    void notDatelines()
    {
        QVERIFY(!DatelineParser::parse(QStringLiteral("The minister – who spoke first – said so.")));
        QVERIFY(!DatelineParser::parse(QStringLiteral("Twelve towns opened a network.")));
        QVERIFY(!DatelineParser::parse(QString(20000, QLatin1Char('x')) + QStringLiteral(" — y")));
    }

    void standaloneDateline()
    {
        const std::optional<DatelineParser::Dateline> lisbon =
            DatelineParser::parseStandalone(QStringLiteral("Lisboa, 30 de janeiro de 2025"));
        QVERIFY(lisbon);
        QCOMPARE(lisbon->city, QStringLiteral("Lisboa"));
        QCOMPARE(lisbon->date, QDate(2025, 1, 30));
        QCOMPARE(lisbon->language, QStringLiteral("pt"));
        // A weekday and a date are no place.
        QVERIFY(!DatelineParser::parseStandalone(QStringLiteral("Tue, 02/11/2025 - 09:40")));
        QVERIFY(!DatelineParser::parseStandalone(QStringLiteral("Lisboa")));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("monthFirst");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("language");
        QTest::newRow("en published on") << QStringLiteral("Published on 14 February 2025") << false
                                         << QDate(2025, 2, 14) << QStringLiteral("en");
        QTest::newRow("en capitals") << QStringLiteral("14 FEBRUARY 2025") << false << QDate(2025, 2, 14)
                                     << QStringLiteral("en");
        QTest::newRow("en weekday, month first")
            << QStringLiteral("Thursday, January 16, 2025") << false << QDate(2025, 1, 16) << QStringLiteral("en");
        QTest::newRow("en CMS stamp: the weekday decides")
            << QStringLiteral("Tue, 02/11/2025 - 09:40") << false << QDate(2025, 2, 11) << QStringLiteral("en");
        QTest::newRow("numeric day first") << QStringLiteral("12/03/2025") << false << QDate(2025, 3, 12) << QString();
        QTest::newRow("numeric month first page")
            << QStringLiteral("03/04/2025") << true << QDate(2025, 3, 4) << QString();
        QTest::newRow("numeric only one reading")
            << QStringLiteral("10/28/2025") << false << QDate(2025, 10, 28) << QString();
        QTest::newRow("numeric dots") << QStringLiteral("17.06.2025") << false << QDate(2025, 6, 17) << QString();
        QTest::newRow("iso with time") << QStringLiteral("2025-11-18T09:00:00-05:00") << false << QDate(2025, 11, 18)
                                       << QString();
        QTest::newRow("es weekday") << QStringLiteral("Publicado el lunes, 3 de marzo de 2025") << false
                                    << QDate(2025, 3, 3) << QStringLiteral("es");
        QTest::newRow("es or pt month") << QStringLiteral("21 de agosto de 2025") << false << QDate(2025, 8, 21)
                                        << QString();
        QTest::newRow("fr publié le") << QStringLiteral("Publié le 2 juin 2025") << false << QDate(2025, 6, 2)
                                      << QStringLiteral("fr");
        QTest::newRow("fr le") << QStringLiteral("Le 14 novembre 2024") << false << QDate(2024, 11, 14)
                               << QStringLiteral("fr");
        QTest::newRow("fr 1er, time") << QStringLiteral("1er juillet 2026 à 18 h 00") << false << QDate(2026, 7, 1)
                                      << QStringLiteral("fr");
        QTest::newRow("pt no de") << QStringLiteral("14 Julho 2025") << false << QDate(2025, 7, 14)
                                  << QStringLiteral("pt");
        QTest::newRow("pt publicado em") << QStringLiteral("Publicado em 5 de maio de 2025") << false
                                         << QDate(2025, 5, 5) << QStringLiteral("pt");
        QTest::newRow("de day with a dot")
            << QStringLiteral("Veröffentlicht am 4. März 2025") << false << QDate(2025, 3, 4) << QStringLiteral("de");
        QTest::newRow("it") << QStringLiteral("12 aprile 2025") << false << QDate(2025, 4, 12) << QStringLiteral("it");
        QTest::newRow("ru genitive, г.") << QStringLiteral("Опубликовано 11 февраля 2025 г.") << false
                                         << QDate(2025, 2, 11) << QStringLiteral("ru");
        QTest::newRow("zh with time") << QStringLiteral("2025年3月4日 10:30") << false << QDate(2025, 3, 4)
                                      << QString();
        QTest::newRow("ja weekday") << QStringLiteral("2025年7月8日（火）") << false << QDate(2025, 7, 8) << QString();
        QTest::newRow("zh label") << QStringLiteral("发布时间：2025年3月4日") << false << QDate(2025, 3, 4)
                                  << QString();
        QTest::newRow("ko") << QStringLiteral("2025년 3월 4일") << false << QDate(2025, 3, 4) << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(bool, monthFirst);
        const DateTextParser::Result result = DateTextParser::parse(
            text, monthFirst ? DateTextParser::Order::MonthFirst : DateTextParser::Order::DayFirst);
        QTEST(result.date, "date");
        QTEST(result.language, "language");
    }

    void notDates()
    {
        // A weekday that fits neither reading, a sentence, an impossible day: no date.
        QVERIFY(!DateTextParser::parse(QStringLiteral("Wed, 02/11/2025")).date.isValid());
        QVERIFY(!DateTextParser::parse(QStringLiteral("The minister said on 3 March 2025 that")).date.isValid());
        QVERIFY(!DateTextParser::parse(QStringLiteral("31/02/2025")).date.isValid());
        QVERIFY(!DateTextParser::parse(QStringLiteral("Cette semaine (3-5/06)")).date.isValid());
        QVERIFY(!DateTextParser::parse(QStringLiteral("2025年3月4日，市政府宣布")).date.isValid());
        QVERIFY(!DateTextParser::parse(QStringLiteral("2025年2月30日")).date.isValid());
        QCOMPARE(DateTextParser::parse(QStringLiteral("18 h 00")).time, QTime());
        QCOMPARE(DateTextParser::parseTime(QStringLiteral("10:00 a.m.")), QTime(10, 0));
        QCOMPARE(DateTextParser::parseTime(QStringLiteral("6 p.m.")), QTime(18, 0));
        QCOMPARE(DateTextParser::parseTime(QStringLiteral("18 h 00")), QTime(18, 0));
        QCOMPARE(DateTextParser::parseTime(QStringLiteral("10")), QTime());
    }

    void embargoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("zone");
        QTest::newRow("en GMT") << QStringLiteral("EMBARGOED UNTIL 00:01 GMT, 20 November 2025")
                                << QStringLiteral("Nairobi") << QStringLiteral("2025-11-20T00:01")
                                << QStringLiteral("UTC");
        QTest::newRow("en EST with weekday")
            << QStringLiteral("NOT FOR RELEASE BEFORE 10:00 a.m. EST, Thursday, January 16, 2025")
            << QStringLiteral("New York") << QStringLiteral("2025-01-16T10:00") << QStringLiteral("America/New_York");
        QTest::newRow("en CET is the dateline city's zone")
            << QStringLiteral("UNDER EMBARGO UNTIL 12 March 2025, 06:00 CET") << QStringLiteral("Brussels")
            << QStringLiteral("2025-03-12T06:00") << QStringLiteral("Europe/Brussels");
        QTest::newRow("en local time") << QStringLiteral("Embargoed until 6 p.m. local time, 4 June 2025")
                                       << QStringLiteral("Kigali") << QStringLiteral("2025-06-04T18:00")
                                       << QStringLiteral("Africa/Kigali");
        QTest::newRow("en no zone: the review asks")
            << QStringLiteral("Embargo: 3 May 2025") << QString() << QStringLiteral("2025-05-03T00:00") << QString();
        QTest::newRow("es hora de Madrid")
            << QStringLiteral("Embargo hasta las 10:00 horas (hora de Madrid) del 24 de junio de 2025") << QString()
            << QStringLiteral("2025-06-24T10:00") << QStringLiteral("Europe/Madrid");
        QTest::newRow("fr heure de Paris")
            << QStringLiteral("Sous embargo jusqu'au 12 mars 2025 à 18 h 00 (heure de Paris)") << QString()
            << QStringLiteral("2025-03-12T18:00") << QStringLiteral("Europe/Paris");
        QTest::newRow("pt hora de Brasília")
            << QStringLiteral("Embargo até 5 de maio de 2025, 9h (hora de Brasília)") << QString()
            << QStringLiteral("2025-05-05T09:00") << QStringLiteral("America/Sao_Paulo");
    }
    void embargoes()
    {
        QFETCH(QString, text);
        QFETCH(QString, city);
        QFETCH(QString, zone);
        QVERIFY(EmbargoParser::isEmbargoLine(text));
        const std::optional<EmbargoParser::Embargo> embargo = EmbargoParser::parse(text, city);
        QVERIFY(embargo);
        QCOMPARE(embargo->timeZone, zone);
        QCOMPARE(embargo->until.timeSpec(), Qt::UTC);
        const QTimeZone shown(zone.isEmpty() ? QByteArrayLiteral("UTC") : zone.toUtf8());
        QTEST(embargo->until.toTimeZone(shown).toString(QStringLiteral("yyyy-MM-ddTHH:mm")), "local");
    }

    // Saved, an embargo needs a zone: one printed without is read as UTC, and the problems say so.
    void embargoWithoutZoneIsReadAsUtcWithAWarning()
    {
        const QByteArray text = QByteArrayLiteral("Embargo: 3 May 2025\n\nTown opens forty libraries\n\n"
                                                  "LIMA, Peru — The town opened forty libraries in rural schools.\n");
        const ImportReader::Result read =
            ImportReader::read(QStringLiteral("embargo.txt"), text, ImportFormat::Auto, {});
        QCOMPARE(read.records.size(), 1);
        const Release &release = read.records.constFirst().release;
        QCOMPARE(release.embargoUntil, QDateTime(QDate(2025, 5, 3), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(release.embargoTimeZone, QStringLiteral("UTC"));
        QVERIFY(release.validateFor(ReleaseStatus::Draft).isEmpty());
        QCOMPARE(read.problems.size(), 1);
        QVERIFY(!read.problems.constFirst().skipped);
        QCOMPARE(release.headline, QStringLiteral("Town opens forty libraries"));
    }

    // A page copied as text: menus, a label and a date stamp on one block, "Related" after the notes.
    void pastedPageStampsAndRelated()
    {
        const QString text = QStringLiteral(
            "Skip to main content\nMenu\nSearch\n\nNews\nPress releases\nStatements\n\n"
            "Health agency warns of dengue surge\n\nPress release\n10 June 2025\n\n"
            "PANAMA CITY – Dengue cases have tripled, the regional health agency warned on Tuesday.\n\n"
            "“We see the virus earlier than ever before,” said Dr. Ana Beltrán, the agency's director of "
            "communicable diseases, “Every week of delay costs lives.”\n\n"
            "Media contacts\npress@agency.example.org\n\nRelated\nDengue: what you need to know\n");
        const ImportRecord record = ReleaseTextParser::parse(text, ImportFormat::Text, {});
        QCOMPARE(record.release.headline, QStringLiteral("Health agency warns of dengue surge"));
        QVERIFY(record.release.subheadline.isEmpty());
        QCOMPARE(record.release.releaseDate, QDate(2025, 6, 10));
        QCOMPARE(record.release.datelineCity, QStringLiteral("Panama City"));
        QCOMPARE(record.release.notesToEditors, QStringLiteral("Media contacts\n\npress@agency.example.org"));
        QCOMPARE(record.quotes.size(), 1);
        QCOMPARE(record.quotes.constFirst().speaker.fullName, QStringLiteral("Ana Beltrán"));
        QCOMPARE(record.quotes.constFirst().attribution, QStringLiteral("agency's director of communicable diseases"));
        QCOMPARE(record.quotes.constFirst().text,
            QStringLiteral("We see the virus earlier than ever before. Every week of delay costs lives."));
    }

    // A statement whose lead is the quote, continued over two paragraphs with no attribution.
    void leadThatOpensWithAQuote()
    {
        const QString text = QStringLiteral(
            "Statement by the Executive Director on the attack on a school\n\n"
            "NEW YORK, 12 April 2025 – \"I am appalled by the attack on a primary school,\" said Executive Director "
            "Helena Fors.\n\n\"Schools must be safe places.\n\n\"We call on all parties to respect the law.\"\n\n"
            "###\n\nFor more information, please contact:\njdoe@example.org\n");
        const ImportRecord record = ReleaseTextParser::parse(text, ImportFormat::Text, {});
        QVERIFY(record.release.lead.contains(QLatin1String("appalled")));
        // The lead keeps its quote (listed, it would be printed twice); what continues it is hers.
        QCOMPARE(record.quotes.size(), 1);
        QCOMPARE(record.quotes.at(0).speaker.fullName, QStringLiteral("Helena Fors"));
        QCOMPARE(record.quotes.at(0).attribution, QStringLiteral("Executive Director"));
        QVERIFY(record.quotes.at(0).text.startsWith(QLatin1String("Schools must be safe places.")));
        QVERIFY(record.release.body.isEmpty());
    }

    // A summary sentence between headline and lead is the subheadline, not the headline's end.
    void summaryBetweenHeadlineAndLead()
    {
        const ImportRecord record = ReleaseTextParser::parse(
            QStringLiteral(
                "Ministry opens forty rural libraries\n\nThe libraries will lend books, tablets and seeds to "
                "12,000 families.\n\nLIMA, Peru, 3 March 2025 — The ministry opened forty libraries.\n"),
            ImportFormat::Text, {});
        QCOMPARE(record.release.headline, QStringLiteral("Ministry opens forty rural libraries"));
        QVERIFY(record.release.subheadline.startsWith(QLatin1String("The libraries will lend")));
        QCOMPARE(record.release.datelineCity, QStringLiteral("Lima"));
    }

    void languageFromLettersAndWords_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        const QString german = QStringLiteral("Die Stadt hat die neue Brücke eröffnet. Sie ist nicht nur für Autos, "
                                              "sondern auch für Fahrräder und Fußgänger gebaut, und das ist gut so. "
                                              "Der Bürgermeister sagte, die Arbeiten seien im Zeitplan gewesen und "
                                              "die Kosten seien nicht gestiegen. Auch die Anwohner sind mit dem "
                                              "Ergebnis zufrieden, das von vielen erwartet wurde.");
        QTest::newRow("arabic") << QString() << QStringLiteral("افتتحت البلدية صباح اليوم محطة جديدة لتحلية مياه البحر")
                                << QStringLiteral("ar");
        QTest::newRow("persian letters") << QString()
                                         << QStringLiteral("شهرداری امروز یک پارک بزرگ را در شمال شهر گشود")
                                         << QStringLiteral("fa");
        QTest::newRow("russian") << QString() << QStringLiteral("Волонтёры высадили в парке двести молодых лип")
                                 << QStringLiteral("ru");
        QTest::newRow("ukrainian letters")
            << QString() << QStringLiteral("Волонтери висадили в парку двісті молодих лип і їх поливають")
            << QStringLiteral("uk");
        QTest::newRow("chinese") << QString() << QStringLiteral("城市地铁三号线今天上午正式开通运营")
                                 << QStringLiteral("zh");
        QTest::newRow("japanese kana") << QString()
                                       << QStringLiteral("市立美術館は、夏休み期間中にワークショップを開く")
                                       << QStringLiteral("ja");
        QTest::newRow("german words") << QString() << german << QStringLiteral("de");
        QTest::newRow("template says en, article is German")
            << QStringLiteral("en-US") << german << QStringLiteral("de");
        QTest::newRow("declared Arabic-script language kept")
            << QStringLiteral("fa") << QStringLiteral("افتتحت البلدية صباح اليوم محطة جديدة لتحلية مياه البحر")
            << QStringLiteral("fa");
        QTest::newRow("template says en, article is Russian")
            << QStringLiteral("en")
            << QStringLiteral("Волонтёры высадили в парке двести молодых лип, и жители довольны")
            << QStringLiteral("ru");
        QTest::newRow("declared zh, kana say ja")
            << QStringLiteral("zh-CN") << QStringLiteral("市立美術館は、夏休み期間中にワークショップを開くと発表した")
            << QStringLiteral("ja");
        QTest::newRow("declared code kept for a short text")
            << QStringLiteral("sv") << QStringLiteral("Hej") << QStringLiteral("sv");
    }
    void languageFromLettersAndWords()
    {
        QFETCH(QString, declared);
        QFETCH(QString, text);
        QTEST(LanguageGuesser::decide(declared, text), "language");
    }

    // The plan is what the review shows: each block's field; moving blocks derives the record again.
    void planReassignsBlocks()
    {
        const QString text = QStringLiteral(
            "Seed bank doubles its collection\n\nA summary line for the release\n\n"
            "QUITO, 4 March 2025 — The national seed bank now keeps 20,000 varieties of Andean crops.\n\n"
            "\u201CEvery seed we keep is a harvest we can bring back,\u201D said Rosa Quispe, director of the seed "
            "bank.\n\n"
            "The bank will open a second vault in Cuenca next year.\n\n"
            "For more information\n\npress@example.org");
        ReleasePlan plan = ReleaseTextParser::plan(text, ImportFormat::Text, {});
        using Field = ReleasePlan::Field;
        QCOMPARE(plan.items.size(), 7);
        QCOMPARE(plan.items.at(0).field, Field::Headline);
        QCOMPARE(plan.items.at(1).field, Field::Subheadline);
        QCOMPARE(plan.items.at(2).field, Field::Lead);
        QCOMPARE(plan.items.at(3).field, Field::Quote);
        QCOMPARE(plan.items.at(4).field, Field::Body);
        QCOMPARE(plan.items.at(5).field, Field::Notes);
        QCOMPARE(plan.dateSource, ReleasePlan::DateSource::Dateline);
        QVERIFY(plan.confidence(Field::Lead) >= 0.9);
        QCOMPARE(plan.confidence(Field::Boilerplate), -1.0);
        QCOMPARE(plan.record.release.headline, ReleaseTextParser::parse(text, ImportFormat::Text, {}).release.headline);

        plan.assign(1, Field::Body); // the summary opens the body
        plan.assign(3, Field::Body); // the quote stays in the body
        plan.assign(4, Field::Quote); // a sentence made a quote by hand
        plan.assign(6, Field::Ignored);
        ReleaseTextParser::build(&plan, {});
        const Release &release = plan.record.release;
        QVERIFY(release.subheadline.isEmpty());
        QVERIFY(release.body.startsWith(QLatin1String("A summary line")));
        QVERIFY(release.body.contains(QLatin1String("Every seed we keep")));
        QCOMPARE(plan.record.quotes.size(), 1);
        QCOMPARE(
            plan.record.quotes.at(0).text, QStringLiteral("The bank will open a second vault in Cuenca next year."));
        QVERIFY(plan.record.quotes.at(0).speaker.isNone());
        QCOMPARE(release.notesToEditors, QStringLiteral("For more information"));
        QCOMPARE(release.datelineCity, QStringLiteral("Quito"));
        QCOMPARE(plan.confidence(Field::Quote), 1.0);

        // The dateline moves with the lead; a headline made of two blocks joins them.
        plan.assign(2, Field::Body);
        plan.assign(1, Field::Headline);
        ReleaseTextParser::build(&plan, {});
        QVERIFY(plan.record.release.datelineCity.isEmpty());
        QVERIFY(!plan.record.release.releaseDate.isValid());
        QCOMPARE(plan.dateSource, ReleasePlan::DateSource::None);
        QCOMPARE(plan.record.release.headline,
            QStringLiteral("Seed bank doubles its collection A summary line for the release"));
    }

    // "Statement by …" names who speaks: quote paragraphs nobody signs are that person's.
    void statementNamedInTheHeadline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("title");
        QTest::newRow("en, title then name")
            << QStringLiteral("Statement by the Executive Director of the Coastal Trust, Ines Moreau, on the storm\n\n"
                              "GENEVA, 3 March 2025 — The storm has destroyed hundreds of homes along the coast.\n\n"
                              "\u201CWe stand with every family that lost a home.\u201D")
            << QStringLiteral("Ines Moreau") << QStringLiteral("Executive Director of the Coastal Trust");
        QTest::newRow("en, title words before the name")
            << QStringLiteral("Statement by Executive Director Ines Moreau on the storm\n\n"
                              "GENEVA, 3 March 2025 — The storm has destroyed hundreds of homes along the coast.\n\n"
                              "\u201CWe stand with every family that lost a home.\u201D")
            << QStringLiteral("Ines Moreau") << QString();
        QTest::newRow("fr") << QStringLiteral(
            "Déclaration de la Directrice générale, Ines Moreau, sur la tempête\n\n"
            "GENÈVE, 3 mars 2025 – La tempête a détruit des centaines de maisons sur la côte.\n\n"
            "« Nous sommes aux côtés de chaque famille qui a perdu sa maison. »")
                            << QStringLiteral("Ines Moreau") << QStringLiteral("Directrice générale");
    }
    void statementNamedInTheHeadline()
    {
        QFETCH(QString, text);
        const ImportRecord record = ReleaseTextParser::parse(text, ImportFormat::Text, {});
        QCOMPARE(record.quotes.size(), 1);
        QTEST(record.quotes.at(0).speaker.fullName, "speaker");
        QFETCH(QString, title);
        if (!title.isEmpty())
            QCOMPARE(record.quotes.at(0).attribution, title);
    }

    // A page whose h1 is the site's name; a page with only a <title>; dates in a sidebar.
    void savedPageSiteNameAndDates()
    {
        const QString siteH1 = QStringLiteral(
            "<html lang=\"en\"><head><title>Harbour Times - Pier reopens after repairs</title>"
            "<meta property=\"og:site_name\" content=\"Harbour Times\"></head><body>"
            "<div class=\"masthead\"><h1>Harbour Times</h1></div>"
            "<div class=\"story\"><h2>Pier reopens after repairs</h2>"
            "<p>The old pier reopened to walkers on Saturday after eight months of repairs to its wooden deck.</p>"
            "</div><aside><time datetime=\"2024-01-02\">2 January</time></aside></body></html>");
        const ImportRecord site = ReleaseTextParser::parse(siteH1, ImportFormat::Html, {});
        QCOMPARE(site.release.headline, QStringLiteral("Pier reopens after repairs"));
        QVERIFY(!site.release.releaseDate.isValid()); // the sidebar's date is not this story's
        const QString titleOnly = QStringLiteral(
            "<html><head><title>Pier reopens after repairs | Harbour Times</title></head><body>"
            "<div class=\"kicker\">Local news today</div>"
            "<p>The old pier reopened to walkers on Saturday after eight months of repairs to its wooden deck.</p>"
            "</body></html>");
        const ImportRecord title = ReleaseTextParser::parse(titleOnly, ImportFormat::Html, {});
        QCOMPARE(title.release.headline, QStringLiteral("Pier reopens after repairs"));
        const QString rtl = QStringLiteral(
            "<html lang=\"ar\" dir=\"rtl\"><head><meta property=\"article:published_time\" "
            "content=\"2025-06-17T08:45:00+03:00\">"
            "</head><body><article><h1>افتتاح محطة جديدة لتحلية المياه</h1>"
            "<p>افتتحت البلدية صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة تبلغ عشرين ألف متر مكعب يوميا.</p>"
            "</article></body></html>");
        // Teasers of other stories marked up as <article>: the longest article is the page's.
        const QString teasers = QStringLiteral(
            "<html><head><meta name=\"date\" content=\"Tue, 04 Mar 2025 10:30:00 +0000\"></head><body>"
            "<article class=\"teaser\"><h2>Market hall gets a new roof</h2><p>Read the story.</p></article>"
            "<article><h1>Night buses return to the old town</h1>"
            "<p>Night buses will run through the old town again from Friday, the transport office said on Monday.</p>"
            "<p>The buses will leave the main square every thirty minutes between midnight and five in the morning.</p>"
            "</article><article class=\"teaser\"><h2>Libraries extend their hours</h2><p>More.</p></article>"
            "</body></html>");
        const ImportRecord night = ReleaseTextParser::parse(teasers, ImportFormat::Html, {});
        QCOMPARE(night.release.headline, QStringLiteral("Night buses return to the old town"));
        QVERIFY(!night.release.body.contains(QLatin1String("Libraries")));
        QCOMPARE(night.release.releaseDate, QDate(2025, 3, 4));
        const ImportRecord arabic = ReleaseTextParser::parse(rtl, ImportFormat::Html, {});
        QCOMPARE(arabic.release.headline, QStringLiteral("افتتاح محطة جديدة لتحلية المياه"));
        QCOMPARE(arabic.release.language, QStringLiteral("ar"));
        QCOMPARE(arabic.release.releaseDate, QDate(2025, 6, 17));
        QVERIFY(arabic.release.lead.startsWith(QStringLiteral("افتتحت البلدية")));
    }

    void notEmbargoes()
    {
        QVERIFY(!EmbargoParser::isEmbargoLine(QStringLiteral("The embargo on exports was lifted in 2024.")));
        QVERIFY(!EmbargoParser::parse(QStringLiteral("EMBARGOED UNTIL FURTHER NOTICE")));
    }

    // Speakers introduced in the prose and quoted later, in each language.
    void speakersInProse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("attribution");
        const QString head = QStringLiteral("Town opens a library\n\nLIMA, Peru, 3 March 2025 — ");
        QTest::newRow("en surname after an introduction")
            << head
                + QStringLiteral(
                    "The study was led by Professor Lena Marsh, head of the Lake Lab, with support from the city.\n\n"
                    "“The lake barely freezes now,” Marsh said.")
            << QStringLiteral("Lena Marsh") << QStringLiteral("head of the Lake Lab");
        QTest::newRow("en she said after NAME, TITLE in prose")
            << head
                + QStringLiteral(
                    "The town opened a library on Monday.\n\nThe charity's programme director, Wanjiru Kamau, said "
                    "girls came first. “They read every evening,” she said.")
            << QStringLiteral("Wanjiru Kamau") << QStringLiteral("charity's programme director");
        QTest::newRow("en title name told") << head
                + QStringLiteral(
                    "The town opened a library on Monday.\n\nChief executive Ilse Bakker told reporters the fees "
                    "would stay. “Our readers carried us,” she said.")
                                            << QStringLiteral("Ilse Bakker") << QStringLiteral("Chief executive");
        QTest::newRow("en according to") << head
                + QStringLiteral(
                    "The town opened a library on Monday.\n\n“It paid for itself,” according to Pieter de Wit, "
                    "chief financial officer of the town.")
                                         << QStringLiteral("Pieter de Wit")
                                         << QStringLiteral("chief financial officer of the town");
        QTest::newRow("en follow-on paragraph") << head
                + QStringLiteral(
                    "The town opened a library on Monday.\n\n“We built it,” said Ana Ruiz, Mayor of Lima.\n\n"
                    "“And we will keep it open.”")
                                                << QStringLiteral("Ana Ruiz") << QStringLiteral("Mayor of Lima");
        QTest::newRow("en TITLE NAME said: and an unquoted paragraph")
            << head
                + QStringLiteral(
                    "The town opened a library on Monday.\n\nExecutive Director Helena Fors said:\n\nWe will "
                    "keep every library open on Sundays.\n\nThe next library opens in May.")
            << QStringLiteral("Helena Fors") << QStringLiteral("Executive Director");
        QTest::newRow("es title before the name") << head
                + QStringLiteral(
                    "La ciudad abrió una biblioteca.\n\n“Ningún niño se quedará sin libros”, señaló la ministra de "
                    "Cultura, Carmen Zelaya.") << QStringLiteral("Carmen Zelaya")
                                                  << QStringLiteral("ministra de Cultura");
        QTest::newRow("es NAME añadió que “…”")
            << head
                + QStringLiteral(
                    "La ciudad abrió una biblioteca.\n\n“Habrá más”, dijo Carmen Zelaya, ministra de Cultura.\n\n"
                    "Zelaya añadió que “la biblioteca abrirá los domingos”.")
            << QStringLiteral("Carmen Zelaya") << QStringLiteral("ministra de Cultura");
        QTest::newRow("es pro-drop agregó") << head
                + QStringLiteral(
                    "La directora regional de la red, Lucía Paredes, visitó la biblioteca.\n\n“Cada sistema será "
                    "comunitario”, agregó.") << QStringLiteral("Lucía Paredes")
                                            << QStringLiteral("directora regional de la red");
        QTest::newRow("es title without a name") << head
                + QStringLiteral(
                    "La ciudad abrió una biblioteca.\n\n“Es el primer paso”, declaró el máximo responsable de la "
                    "Administración Portuaria.") << QString()
                                                 << QStringLiteral("máximo responsable de la Administración Portuaria");
        QTest::newRow("fr a-t-il ajouté") << head
                + QStringLiteral(
                    "La ville a ouvert une bibliothèque.\n\nMarc Lefèvre, directeur du programme, a rappelé que "
                    "« les livres voyagent ».\n\n« Nous devons investir », a-t-il ajouté.")
                                          << QStringLiteral("Marc Lefèvre") << QStringLiteral("directeur du programme");
        QTest::newRow("fr selon") << head
                + QStringLiteral(
                    "La ville a ouvert une bibliothèque.\n\nSelon Claire Fontaine, ministre de la Culture, « les "
                    "ouvertures auront lieu dès l'automne ».")
                                  << QStringLiteral("Claire Fontaine") << QStringLiteral("ministre de la Culture");
        QTest::newRow("pt afirmou o ministro") << head
                + QStringLiteral(
                    "A cidade abriu uma biblioteca.\n\n“Ler é dignidade”, afirmou o ministro da Cultura, Paulo "
                    "Rezende.") << QStringLiteral("Paulo Rezende")
                                               << QStringLiteral("ministro da Cultura");
        QTest::newRow("pt de acordo com")
            << head
                + QStringLiteral(
                    "A cidade abriu uma biblioteca.\n\nDe acordo com a coordenadora do projeto, professora Beatriz "
                    "Lins, “os leitores dobraram”.")
            << QStringLiteral("Beatriz Lins") << QStringLiteral("coordenadora do projeto");
        QTest::newRow("pt disse SURNAME after an introduction")
            << head
                + QStringLiteral("A cidade abriu uma central.\n\nO ministro da Indústria e Energia, Carlos Fortes, "
                                 "disse que a central reduz custos. “Cada "
                                 "quilowatt conta”, disse Fortes.")
            << QStringLiteral("Carlos Fortes") << QStringLiteral("ministro da Indústria e Energia");
    }
    void speakersInProse()
    {
        QFETCH(QString, text);
        const ImportRecord record = ReleaseTextParser::parse(text, ImportFormat::Text, {});
        QVERIFY(!record.quotes.isEmpty());
        const ProposedQuote &quote = record.quotes.constLast();
        QTEST(quote.speaker.fullName, "speaker");
        QTEST(quote.attribution, "attribution");
    }

    void attributions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("reference");
        QTest::newRow("en straight, said NAME, TITLE")
            << QStringLiteral("\"We will act,\" said Ana López, Minister of Environment.")
            << QStringLiteral("We will act") << QStringLiteral("Ana López") << QStringLiteral("Minister of Environment")
            << QString();
        QTest::newRow("en curly, NAME, TITLE, said")
            << QStringLiteral("“We will act,” Ana López, Minister of Environment, said.")
            << QStringLiteral("We will act") << QStringLiteral("Ana López") << QStringLiteral("Minister of Environment")
            << QString();
        QTest::newRow("en NAME, TITLE, said “…”")
            << QStringLiteral("Ana López, Minister of Environment, said: “We will act.”")
            << QStringLiteral("We will act.") << QStringLiteral("Ana López")
            << QStringLiteral("Minister of Environment") << QString();
        QTest::newRow("en stated that") << QStringLiteral(
            "Ana López, Minister of Environment, stated that the plan is ready.")
                                        << QStringLiteral("the plan is ready.") << QStringLiteral("Ana López")
                                        << QStringLiteral("Minister of Environment") << QString();
        QTest::newRow("en the minister added")
            << QStringLiteral("“More soon,” the minister added.") << QStringLiteral("More soon") << QString()
            << QString() << QStringLiteral("the minister");
        QTest::newRow("en surname said") << QStringLiteral("“More soon,” López said.") << QStringLiteral("More soon")
                                         << QString() << QString() << QStringLiteral("López");
        QTest::newRow("en interrupted") << QStringLiteral("“We will act,” said Ana López, “and we will act now.”")
                                        << QStringLiteral("We will act and we will act now.")
                                        << QStringLiteral("Ana López") << QString() << QString();
        QTest::newRow("es guillemets afirmó")
            << QStringLiteral("«Vamos a actuar», afirmó Ana López, ministra de Ambiente.")
            << QStringLiteral("Vamos a actuar") << QStringLiteral("Ana López") << QStringLiteral("ministra de Ambiente")
            << QString();
        QTest::newRow("es curly dijo") << QStringLiteral("“Vamos a actuar”, dijo Ana López, ministra de Ambiente.")
                                       << QStringLiteral("Vamos a actuar") << QStringLiteral("Ana López")
                                       << QStringLiteral("ministra de Ambiente") << QString();
        QTest::newRow("es straight señaló")
            << QStringLiteral("\"Vamos a actuar\", señaló Ana López, ministra de Ambiente.")
            << QStringLiteral("Vamos a actuar") << QStringLiteral("Ana López") << QStringLiteral("ministra de Ambiente")
            << QString();
        QTest::newRow("es señaló que") << QStringLiteral(
            "Ana López, ministra de Ambiente, señaló que el plan está listo.")
                                       << QStringLiteral("el plan está listo.") << QStringLiteral("Ana López")
                                       << QStringLiteral("ministra de Ambiente") << QString();
        QTest::newRow("es la ministra") << QStringLiteral("«Pronto habrá más», señaló la ministra.")
                                        << QStringLiteral("Pronto habrá más") << QString() << QString()
                                        << QStringLiteral("la ministra");
        QTest::newRow("fr a déclaré") << QStringLiteral(
            "« Nous agirons », a déclaré Marie Dubois, ministre de l'Environnement.")
                                      << QStringLiteral("Nous agirons") << QStringLiteral("Marie Dubois")
                                      << QStringLiteral("ministre de l'Environnement") << QString();
        QTest::newRow("fr a affirmé nbsp")
            << QStringLiteral("«\u00A0Nous agirons\u00A0», a affirmé Marie Dubois, ministre.")
            << QStringLiteral("Nous agirons") << QStringLiteral("Marie Dubois") << QStringLiteral("ministre")
            << QString();
        QTest::newRow("fr before") << QStringLiteral(
            "Marie Dubois, ministre de l'Environnement, a déclaré : « Nous agirons. »")
                                   << QStringLiteral("Nous agirons.") << QStringLiteral("Marie Dubois")
                                   << QStringLiteral("ministre de l'Environnement") << QString();
    }
    void attributions()
    {
        QFETCH(QString, text);
        const std::optional<AttributionParser::Attribution> found = AttributionParser::parse(text);
        QVERIFY(found);
        QTEST(found->quote, "quote");
        QTEST(found->name, "name");
        QFETCH(QString, title);
        if (!title.isEmpty())
            QCOMPARE(found->attribution, title);
        QTEST(found->reference, "reference");
    }

    // A title with commas did not become an organization "Kenya, Rwanda and Uganda".
    void titleWithAListOfPlaces()
    {
        AttributionParser::Attribution listed;
        AttributionParser::describeSubject(
            QStringLiteral("Amina Wanjiru, Director for the United Republic of Tanzania, Kenya, Rwanda and Uganda"),
            listed);
        QCOMPARE(listed.name, QStringLiteral("Amina Wanjiru"));
        QCOMPARE(
            listed.title, QStringLiteral("Director for the United Republic of Tanzania, Kenya, Rwanda and Uganda"));
        QVERIFY(listed.organization.isEmpty());
        AttributionParser::Attribution organization;
        AttributionParser::describeSubject(
            QStringLiteral("María Pérez, Vice Minister, Ministry of Labour and Social Security"), organization);
        QCOMPARE(organization.title, QStringLiteral("Vice Minister"));
        QCOMPARE(organization.organization, QStringLiteral("Ministry of Labour and Social Security"));
        AttributionParser::Attribution ministry;
        AttributionParser::describeSubject(
            QStringLiteral("María Pérez, Vice Minister of Labour, Ministry of Labour and Social Security"), ministry);
        QCOMPARE(ministry.organization, QStringLiteral("Ministry of Labour and Social Security"));
        AttributionParser::Attribution spanish;
        AttributionParser::describeSubject(
            QStringLiteral("Ana López, Directora para Guatemala, Honduras y El Salvador"), spanish);
        QCOMPARE(spanish.title, QStringLiteral("Directora para Guatemala, Honduras y El Salvador"));
        QVERIFY(spanish.organization.isEmpty());
    }

    void notAttributions()
    {
        QVERIFY(!AttributionParser::parse(QStringLiteral("The network was built over two years.")));
        QVERIFY(!AttributionParser::parse(QStringLiteral("The report stated that rivers rise.")));
        QVERIFY(!AttributionParser::parse(
            QStringLiteral("It is called “the blue line” by locals, and it runs all night.")));
    }

    void references()
    {
        QVERIFY(AttributionParser::refersTo(QStringLiteral("the vice minister"),
            QStringLiteral("María José Hernández Peña"), QStringLiteral("Vice Minister of Environment")));
        QVERIFY(AttributionParser::refersTo(QStringLiteral("la viceministra"),
            QStringLiteral("María José Hernández Peña"), QStringLiteral("viceministra de Ambiente")));
        QVERIFY(AttributionParser::refersTo(
            QStringLiteral("Hernandez Pena"), QStringLiteral("María José Hernández Peña"), QString()));
        QVERIFY(!AttributionParser::refersTo(
            QStringLiteral("the director"), QStringLiteral("Ana López"), QStringLiteral("Minister")));
    }

    // A wire-style "NAIROBI —" is the city Nairobi, in Kenya; names keep their particles.
    void datelinePlaceReadsLikeARecord_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("country");
        QTest::newRow("zone city") << QStringLiteral("NAIROBI") << QStringLiteral("Nairobi") << QStringLiteral("Kenya");
        QTest::newRow("accent") << QStringLiteral("SAN JOSÉ") << QStringLiteral("San José")
                                << QStringLiteral("Costa Rica");
        QTest::newRow("particles") << QStringLiteral("CIUDAD DE MÉXICO") << QStringLiteral("Ciudad de México")
                                   << QStringLiteral("Mexico");
        QTest::newRow("hyphens") << QStringLiteral("PORT-AU-PRINCE") << QStringLiteral("Port-au-Prince")
                                 << QStringLiteral("Haiti");
        QTest::newRow("zone with spaces")
            << QStringLiteral("DAR ES SALAAM") << QStringLiteral("Dar es Salaam") << QStringLiteral("Tanzania");
        QTest::newRow("apostrophe") << QStringLiteral("N'DJAMENA") << QStringLiteral("N'Djamena")
                                    << QStringLiteral("Chad");
        QTest::newRow("duty station") << QStringLiteral("GENEVA") << QStringLiteral("Geneva")
                                      << QStringLiteral("Switzerland");
        QTest::newRow("own case kept") << QStringLiteral("Tegucigalpa") << QStringLiteral("Tegucigalpa")
                                       << QStringLiteral("Honduras");
        QTest::newRow("unknown") << QStringLiteral("VILLA NUEVA") << QStringLiteral("Villa Nueva") << QString();
    }

    void datelinePlaceReadsLikeARecord()
    {
        QFETCH(QString, written);
        QTEST(DatelinePlace::cityName(written), "city");
        QTEST(DatelinePlace::countryOf(written), "country");
    }

    void englishRelease()
    {
        const ImportRecord record = parseFixture(QStringLiteral("en-dateline-full.txt"));
        const Release &release = record.release;
        QCOMPARE(release.headline, QStringLiteral("Coastal towns open shared flood warning network"));
        QCOMPARE(release.subheadline,
            QStringLiteral("Twelve municipalities will share river gauges and sirens from August"));
        QCOMPARE(release.datelineCity, QStringLiteral("San José"));
        QCOMPARE(release.datelineCountry, QStringLiteral("Costa Rica"));
        QCOMPARE(release.releaseDate, QDate(2026, 7, 15));
        QVERIFY(release.lead.startsWith(QLatin1String("Twelve coastal municipalities")));
        QVERIFY(release.body.contains(QLatin1String("The first drills")));
        QVERIFY(!release.body.contains(QLatin1String("Every minute")));
        QCOMPARE(release.boilerplate,
            QStringLiteral(
                "The Regional Water Network is an association of public water utilities in Central America."));
        QVERIFY(release.notesToEditors.contains(QLatin1String("prensa@example.org")));
        QCOMPARE(record.quotes.size(), 3);
        QCOMPARE(record.quotes.at(0).speaker.fullName, QStringLiteral("María José Hernández Peña"));
        QCOMPARE(record.quotes.at(0).speaker.title, QStringLiteral("Vice Minister of Environment"));
        QCOMPARE(record.quotes.at(1).speaker.fullName, QStringLiteral("Daniel Okafor"));
        QCOMPARE(record.quotes.at(1).speaker.organization, QStringLiteral("Regional Water Network"));
        // "…," the vice minister added: the speaker named before.
        QCOMPARE(record.quotes.at(2).speaker.fullName, QStringLiteral("María José Hernández Peña"));
        QCOMPARE(record.originalText, QString::fromUtf8(fixture(QStringLiteral("en-dateline-full.txt"))));
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("speakers");
        QTest::newRow("en city only, stated that")
            << QStringLiteral("en-city-only.txt") << QStringLiteral("en") << QStringLiteral("Panama City")
            << QStringLiteral("Panama") << QStringList { QStringLiteral("Captain Laura Pérez") };
        QTest::newRow("en city (country), attribution before")
            << QStringLiteral("en-city-country-paren.txt") << QStringLiteral("en") << QStringLiteral("Guatemala City")
            << QStringLiteral("Guatemala") << QStringList { QStringLiteral("Tomás Ixcot") };
        QTest::newRow("en markdown, several paragraphs, surname")
            << QStringLiteral("en-multiparagraph.md") << QStringLiteral("en") << QStringLiteral("Quito")
            << QStringLiteral("Ecuador")
            << QStringList { QStringLiteral("Elena Vargas"), QStringLiteral("Elena Vargas") };
        QTest::newRow("es afirmó, dijo, señaló la viceministra")
            << QStringLiteral("es-dateline-afirmo.txt") << QStringLiteral("es") << QStringLiteral("San José")
            << QStringLiteral("Costa Rica")
            << QStringList { QStringLiteral("María José Hernández Peña"), QStringLiteral("Daniel Okafor"),
                   QStringLiteral("María José Hernández Peña") };
        QTest::newRow("es city (country), señaló que")
            << QStringLiteral("es-city-paren.txt") << QStringLiteral("es") << QStringLiteral("Tegucigalpa")
            << QStringLiteral("Honduras") << QStringList { QStringLiteral("Carlos Mejía") };
        QTest::newRow("fr a déclaré, a affirmé, a ajouté la ministre")
            << QStringLiteral("fr-dateline-declare.txt") << QStringLiteral("fr") << QStringLiteral("Paris")
            << QStringLiteral("France")
            << QStringList { QStringLiteral("Marie-Claire Dubois"), QStringLiteral("Jean Martin"),
                   QStringLiteral("Marie-Claire Dubois") };
        QTest::newRow("fr city, a déclaré que")
            << QStringLiteral("fr-city-only.txt") << QStringLiteral("fr") << QStringLiteral("Marseille")
            << QStringLiteral("France") // a known city gives its country
            << QStringList { QStringLiteral("Jean Martin") };
        QTest::newRow("saved web page") << QStringLiteral("saved-page.html") << QStringLiteral("en")
                                        << QStringLiteral("Lima") << QStringLiteral("Peru")
                                        << QStringList { QStringLiteral("Rosa Quispe") };
    }
    void fixtures()
    {
        QFETCH(QString, file);
        const ImportRecord record = parseFixture(file);
        QTEST(record.release.language, "language");
        QTEST(record.release.datelineCity, "city");
        QTEST(record.release.datelineCountry, "country");
        QStringList speakers;
        for (const ProposedQuote &quote : record.quotes)
            speakers.append(quote.speaker.fullName);
        QTEST(speakers, "speakers");
        QVERIFY(!record.release.headline.isEmpty());
        QVERIFY(!record.release.lead.isEmpty());
    }

    void frenchBoilerplateAndMultiParagraphQuote()
    {
        QCOMPARE(parseFixture(QStringLiteral("fr-dateline-declare.txt")).release.boilerplate,
            QStringLiteral("Le Réseau régional de l'eau regroupe les services publics de l'eau."));
        const ImportRecord rail = parseFixture(QStringLiteral("en-multiparagraph.md"));
        QCOMPARE(rail.release.subheadline, QStringLiteral("The line opens to passengers in October"));
        QCOMPARE(rail.quotes.constFirst().text,
            QStringLiteral("We promised a train to every valley town.\n\nToday the rails are here, and in October the "
                           "passengers will follow"));
        QCOMPARE(rail.release.body, QStringLiteral("Work continues on the last three stations."));
    }

    void savedPageKeepsOnlyTheArticle()
    {
        const ImportRecord record = parseFixture(QStringLiteral("saved-page.html"));
        QCOMPARE(record.release.headline, QStringLiteral("Seed bank doubles its collection"));
        QCOMPARE(record.release.subheadline, QStringLiteral("Native maize varieties now number more than 600"));
        const QString everything =
            record.release.headline + record.release.lead + record.release.body + record.release.subheadline;
        for (const char *junk :
            { "cookies", "Accept", "Home", "Share on", "Related", "All rights", "Follow us", "tracking", "color" })
            QVERIFY2(!everything.contains(QLatin1String(junk)), junk);
        QCOMPARE(record.quotes.size(), 1);
        QCOMPARE(record.quotes.constFirst().attribution, QStringLiteral("Director of the National Seed Bank"));
    }

    // What the page declares (JSON-LD in an @graph) fills what the article does not print.
    void savedPageDeclarations()
    {
        const QString page = QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Notícias | Rede</title>"
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            "{\"@type\":\"WebSite\",\"name\":\"Rede\"},{\"@type\":\"NewsArticle\",\"headline\":\"Rede leva água a 50 "
            "aldeias\",\"datePublished\":\"2025-08-21T10:00:00+02:00\",\"inLanguage\":\"pt-BR\"}]}</script></head>"
            "<body><header><nav><a href=\"/\">Início</a> <a href=\"/c\">Contato</a></nav></header>"
            "<div class=\"content\"><p>A Rede Água Viva concluiu a instalação de 50 sistemas de abastecimento de água "
            "em aldeias da província.</p><p>Os sistemas servem 35 mil pessoas.</p></div>"
            "<footer><p>© 2025 Rede</p></footer></body></html>");
        const ImportRecord record = ReleaseTextParser::parse(page, ImportFormat::Html, {});
        QCOMPARE(record.release.headline, QStringLiteral("Rede leva água a 50 aldeias"));
        QCOMPARE(record.release.releaseDate, QDate(2025, 8, 21));
        QCOMPARE(record.release.language, QStringLiteral("pt"));
        QVERIFY(record.release.lead.startsWith(QStringLiteral("A Rede Água Viva")));
        QVERIFY(!record.release.body.contains(QLatin1String("Contato")));
        QVERIFY(!record.release.body.contains(QLatin1String("©")));
    }

    // gumbo frees its tree recursively: a page nested far too deep is read by the tokenizer.
    void deeplyNestedPageStaysHarmless()
    {
        const QString page = QStringLiteral("<div>").repeated(50000)
            + QStringLiteral("<p>The council opened forty libraries in rural towns this year.</p>");
        const ImportRecord record = ReleaseTextParser::parse(page, ImportFormat::Html, {});
        QVERIFY(record.release.lead.contains(QLatin1String("forty libraries")));
    }

    // A 5 MB page is read whole (its time is measured by bench_htmlimport, not here).
    void largePageParses()
    {
        QString page = QStringLiteral("<html><body><article><h1>Forty libraries open</h1>");
        while (page.size() < 5'000'000)
            page += QStringLiteral("<p>The council opened forty libraries in rural towns, the mayor said on Monday.</p>"
                                   "<div class=\"share\"><a href=\"#\">Share</a></div>");
        page += QStringLiteral("</article></body></html>");
        const ImportRecord record = ReleaseTextParser::parse(page, ImportFormat::Html, {});
        QCOMPARE(record.release.headline, QStringLiteral("Forty libraries open"));
        QVERIFY(record.release.body.count(QLatin1String("forty libraries")) > 1000);
        QVERIFY(!record.release.body.contains(QLatin1String("Share")));
    }

    void matchesExistingSpeakersAccentAndCaseInsensitively()
    {
        Speaker existing;
        existing.id = 42;
        existing.fullName = QStringLiteral("MARIA JOSE HERNANDEZ PENA");
        const ImportRecord record = parseFixture(QStringLiteral("es-dateline-afirmo.txt"), { existing });
        QCOMPARE(record.quotes.at(0).speaker.existingId, 42);
        QCOMPARE(record.quotes.at(1).speaker.existingId, 0);
        QCOMPARE(record.quotes.at(2).speaker.existingId, 42);
    }

    void csvAwkwardQuotingAndUtf16()
    {
        const CsvReader::Result csv = CsvReader::read(fixture(QStringLiteral("speakers-utf16.csv")));
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(csv.delimiter, QLatin1Char(';'));
        QCOMPARE(csv.header.size(), 6);
        QCOMPARE(csv.rows.size(), 2);
        QCOMPARE(csv.rows.at(0).at(0), QStringLiteral("Hernández Peña, María José"));
        QCOMPARE(csv.rows.at(0).at(2), QStringLiteral("Ministry of Environment; Costa Rica"));
        QCOMPARE(csv.rows.at(0).at(5), QStringLiteral("Prefers Spanish.\r\nAvailable \"mornings\" only."));
        QCOMPARE(csv.lines, (QList<int> { 2, 4 }));
        const CsvMapping mapping = CsvImporter::guessMapping(csv.header);
        QCOMPARE(mapping.target, CsvTarget::Speakers);
        QCOMPARE(mapping.fields,
            (QStringList { QStringLiteral("full_name"), QStringLiteral("title"), QStringLiteral("organization"),
                QStringLiteral("country"), QStringLiteral("email"), QStringLiteral("notes") }));
        QCOMPARE(CsvImporter::layoutKey(csv.header),
            CsvImporter::layoutKey({ QStringLiteral("NAME"), QStringLiteral("title"), QStringLiteral("Organization"),
                QStringLiteral("country"), QStringLiteral("E_mail"), QStringLiteral("notes") }));
        QVERIFY(!CsvReader::read("Name,Title\n\"open,quote\n").error.isEmpty());
        QCOMPARE(CsvReader::read("Name,Title\n\"open,quote\n").errorLine, 2);
        QCOMPARE(CsvReader::parse(QStringLiteral("a,b\r\n1,2")).rows.size(), 1);
    }

    void icalendarWithZonesAndAllDay()
    {
        const ImportReader::Result read = ImportReader::read(
            QStringLiteral("events-tz.ics"), fixture(QStringLiteral("events-tz.ics")), ImportFormat::Auto, {});
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.records.size(), 3);
        const Event congress = read.records.at(0).event;
        QCOMPARE(read.records.at(0).externalId, QStringLiteral("congress-2026@example.org"));
        QCOMPARE(congress.name, QStringLiteral("Regional Congress on Water, Climate and Cities"));
        QCOMPARE(congress.timeZone, QStringLiteral("America/Costa_Rica"));
        QCOMPARE(congress.startText(), QStringLiteral("2026-07-14T09:00:00"));
        QCOMPARE(congress.endText(), QStringLiteral("2026-07-14T17:30:00"));
        QCOMPARE(congress.description, QStringLiteral("Two days of talks.\nBring your badge."));
        QCOMPARE(congress.venue, QStringLiteral("Centro de Convenciones"));
        QCOMPARE(congress.city, QStringLiteral("San José"));
        const Event fair = read.records.at(1).event;
        QVERIFY(fair.allDay);
        QCOMPARE(fair.startText(), QStringLiteral("2026-09-01"));
        QCOMPARE(fair.endText(), QStringLiteral("2026-09-03")); // DTEND is exclusive
        // A zone only the file defines: its rules fix the instant, shown in the IANA zone
        // with the same offsets over the year (US Pacific: -8 in winter, -7 in summer).
        const Event webinar = read.records.at(2).event;
        QCOMPARE(webinar.start.toUTC(), QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC));
        QCOMPARE(webinar.timeZone, QStringLiteral("America/Los_Angeles"));
        QCOMPARE(webinar.startText(), QStringLiteral("2026-12-01T10:00:00"));
        QCOMPARE(webinar.endText(), QStringLiteral("2026-12-01T11:30:00"));
        QCOMPARE(webinar.format, EventFormat::Online);
    }

    void vcards()
    {
        const ImportReader::Result three = ImportReader::read(
            QStringLiteral("speakers-3.0.vcf"), fixture(QStringLiteral("speakers-3.0.vcf")), ImportFormat::Auto, {});
        QVERIFY2(three.error.isEmpty(), qPrintable(three.error));
        QCOMPARE(three.records.size(), 2);
        const Speaker okafor = three.records.at(0).speaker;
        QCOMPARE(okafor.fullName, QStringLiteral("Daniel Okafor"));
        QCOMPARE(okafor.honorific, QStringLiteral("Dr."));
        QCOMPARE(okafor.sortName, QStringLiteral("Okafor, Daniel"));
        QCOMPARE(three.records.at(0).organizationName, QStringLiteral("Regional Water Network"));
        QCOMPARE(okafor.country, QStringLiteral("Panama"));
        QCOMPARE(okafor.bio, QStringLiteral("Hydrologist, 20 years in the\nregion."));
        QCOMPARE(okafor.photo, QByteArray("\x89PNG\r\n\x1a\n"));
        QCOMPARE(three.records.at(0).externalId, QStringLiteral("card-okafor-1"));
        const ImportReader::Result four = ImportReader::read(
            QStringLiteral("speaker-4.0.vcf"), fixture(QStringLiteral("speaker-4.0.vcf")), ImportFormat::Auto, {});
        QVERIFY2(four.error.isEmpty(), qPrintable(four.error));
        const Speaker maria = four.records.at(0).speaker;
        QCOMPARE(maria.languages, (QStringList { QStringLiteral("es"), QStringLiteral("en") }));
        QCOMPARE(maria.honorific, QStringLiteral("Ms."));
        QVERIFY(maria.bio.endsWith(QLatin1String("than seventy-five octets.")));
    }

    void ninjsRoundTrip()
    {
        test::TestDatabase source;
        SpeakerRepository speakers(source.db());
        Speaker maria;
        maria.fullName = QStringLiteral("María José Hernández Peña");
        maria.title = QStringLiteral("Vice Minister");
        maria.email = QStringLiteral("mj@example.org");
        QVERIFY(speakers.save(maria));
        Speaker ana;
        ana.fullName = QStringLiteral("Ana Ruiz");
        ana.title = QStringLiteral("Press officer");
        ana.phone = QStringLiteral("+506 2222 0000");
        QVERIFY(speakers.save(ana));
        Release release;
        release.headline = QStringLiteral("Coastal towns open a flood warning network");
        release.subheadline = QStringLiteral("Twelve towns, one network");
        release.datelineCity = QStringLiteral("SAN JOSÉ");
        release.datelineCountry = QStringLiteral("Costa Rica");
        release.releaseDate = QDate(2026, 7, 15);
        release.lead = QStringLiteral("Twelve coastal towns opened a shared network.");
        release.body = QStringLiteral(
            "First paragraph with *emphasis*, **strength**, a [link](https://example.org/a?b=1&c=2) "
            "and 5 * 3 < 20 & `code`.\n\n## What comes next\n\n- gauges\n- sirens\n\n1. drills\n2. reviews\n\n"
            "> A block quote in the body.\n\nLast paragraph.");
        release.tags = { QStringLiteral("water"), QStringLiteral("climate") };
        release.author = QStringLiteral("Press office");
        release.notesToEditors = QStringLiteral("Photos on request.");
        release.status = ReleaseStatus::Published;
        release.quotes = { { 0, maria.id, QStringLiteral("Every minute counts."),
                               QStringLiteral("Vice Minister of Environment"), {} },
            { 0, maria.id, QStringLiteral("We will test monthly."), QStringLiteral("Vice Minister"), {} } };
        release.contacts = { { ana.id, {}, {}, {}, {} } };
        release.embargoUntil = QDateTime(QDate(2026, 7, 15), QTime(14, 0), Qt::UTC);
        release.embargoTimeZone = QStringLiteral("UTC");
        ReleaseRepository releases(source.db());
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        QVERIFY(releases.save(release)); // version 2
        const QDateTime generated(QDate(2026, 7, 20), QTime(10, 0), Qt::UTC);
        const auto exported = [&](Database &database, qint64 id) {
            ExportSource exportSource(database);
            const std::optional<Release> loaded = exportSource.release(id);
            ExportContext context = exportSource.contextFor(*loaded);
            context.generatedAt = generated;
            QJsonObject item = NinjsExporter::item(*loaded, context);
            item.remove(QStringLiteral("firstcreated"));
            item.remove(QStringLiteral("versioncreated"));
            return item;
        };
        const QJsonObject first = exported(source.db(), release.id);

        test::TestDatabase target;
        const NinjsImporter::Result read =
            NinjsImporter::read(QJsonDocument(first).toJson(), QStringLiteral("item.json"));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const ImportResult result = importRecords(target.db(), read.records);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject second = exported(target.db(), result.entries.constFirst().id);
        if (first != second) {
            qWarning().noquote() << QJsonDocument(first).toJson() << QJsonDocument(second).toJson();
            QFAIL("ninjs export → import → export differs");
        }
        // Importing the same item again creates nothing.
        const int speakerCount = SpeakerRepository(target.db()).count();
        const ImportResult again = importRecords(target.db(), read.records);
        QVERIFY(again.ok);
        QCOMPARE(again.count(ImportAction::Create), 0);
        QCOMPARE(again.entries.constFirst().reason, QStringLiteral("same ninjs uri"));
        QCOMPARE(ReleaseRepository(target.db()).count(), 1);
        QCOMPARE(SpeakerRepository(target.db()).count(), speakerCount);
    }

    void icalendarRoundTrip()
    {
        test::TestDatabase source;
        OrganizationRepository organizations(source.db());
        Organization organizer;
        organizer.name = QStringLiteral("Regional Water Network");
        organizer.website = QStringLiteral("https://water.example.org");
        QVERIFY(organizations.save(organizer));
        EventRepository events(source.db());
        Event congress;
        congress.name = QStringLiteral("Regional Congress on Water; Climate, and Cities");
        congress.description = QStringLiteral("Two days.\nMany talks, many people.");
        congress.timeZone = QStringLiteral("America/Costa_Rica");
        congress.start = QDateTime(QDate(2026, 7, 14), QTime(9, 0), QTimeZone("America/Costa_Rica"));
        congress.end = QDateTime(QDate(2026, 7, 15), QTime(17, 30), QTimeZone("America/Costa_Rica"));
        congress.venue = QStringLiteral("Centro de Convenciones");
        congress.city = QStringLiteral("San José");
        congress.country = QStringLiteral("Costa Rica");
        congress.organizations = { { organizer.id, OrganizationRole::Organizer, {} } };
        QVERIFY(events.save(congress));
        Event fair;
        fair.name = QStringLiteral("Seed Fair");
        fair.allDay = true;
        fair.start = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
        fair.end = QDateTime(QDate(2026, 9, 3), QTime(0, 0), Qt::UTC);
        fair.city = QStringLiteral("Lima");
        fair.country = QStringLiteral("Peru");
        QVERIFY(events.save(fair));
        Event webinar;
        webinar.name = QStringLiteral("Webinar on flood maps");
        webinar.format = EventFormat::Hybrid;
        webinar.timeZone = QStringLiteral("Europe/Paris");
        webinar.start = QDateTime(QDate(2026, 10, 25), QTime(1, 30), QTimeZone("Europe/Paris"));
        webinar.onlineUrl = QStringLiteral("https://meet.example.org/floods");
        webinar.venue = QStringLiteral("Salle 2");
        QVERIFY(events.save(webinar));
        Event utc;
        utc.name = QStringLiteral("Call");
        utc.start = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);
        QVERIFY(events.save(utc));
        const auto exported = [](Database &database) {
            ExportSource exportSource(database);
            QList<Event> loaded;
            for (qint64 id : exportSource.eventIds())
                loaded.append(*exportSource.event(id));
            std::sort(loaded.begin(), loaded.end(), [](const Event &a, const Event &b) { return a.id < b.id; });
            ExportContext context = exportSource.contextFor(loaded);
            context.generatedAt = QDateTime(QDate(2026, 7, 20), QTime(10, 0), Qt::UTC);
            return withoutStamps(ICalendarExporter::render(loaded, context));
        };
        const QByteArray first = exported(source.db());
        test::TestDatabase target;
        const ImportReader::Result read =
            ImportReader::read(QStringLiteral("events.ics"), first, ImportFormat::Auto, {});
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.records.size(), 4);
        QVERIFY(importRecords(target.db(), read.records).ok);
        QCOMPARE(exported(target.db()), first);
    }

    void vcardRoundTrip()
    {
        test::TestDatabase source;
        OrganizationRepository organizations(source.db());
        Organization ministry;
        ministry.name = QStringLiteral("Ministry of Environment, Energy; and Seas");
        QVERIFY(organizations.save(ministry));
        SpeakerRepository speakers(source.db());
        Speaker maria;
        maria.honorific = QStringLiteral("Ms.");
        maria.fullName = QStringLiteral("María José Hernández Peña");
        maria.sortName = QStringLiteral("Hernández Peña, María José");
        maria.title = QStringLiteral("Vice Minister, Environment");
        maria.organizationId = ministry.id;
        maria.email = QStringLiteral("mj@example.org");
        maria.phone = QStringLiteral("+506 2222 0000");
        maria.languages = { QStringLiteral("es"), QStringLiteral("en") };
        maria.country = QStringLiteral("Costa Rica");
        maria.bio = QStringLiteral(
            "Hydrologist; 20 years\nin the region, with a long biography that needs folding over lines.");
        maria.photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'p');
        QVERIFY(speakers.save(maria));
        Speaker daniel;
        daniel.fullName = QStringLiteral("Daniel Okafor");
        QVERIFY(speakers.save(daniel));
        const auto exported = [](Database &database) {
            ExportSource exportSource(database);
            QList<Speaker> loaded;
            for (qint64 id : exportSource.speakerIds())
                loaded.append(*exportSource.speaker(id));
            std::sort(loaded.begin(), loaded.end(), [](const Speaker &a, const Speaker &b) { return a.id < b.id; });
            return withoutStamps(VCardExporter::render(loaded, ExportContext {}));
        };
        const QByteArray first = exported(source.db());
        test::TestDatabase target;
        const ImportReader::Result read =
            ImportReader::read(QStringLiteral("speakers.vcf"), first, ImportFormat::Auto, {});
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(importRecords(target.db(), read.records).ok);
        QCOMPARE(exported(target.db()), first);
    }

    void csvRoundTrip()
    {
        test::TestDatabase source;
        OrganizationRepository organizations(source.db());
        Organization network;
        network.name = QStringLiteral("Network, \"Regional\"");
        QVERIFY(organizations.save(network));
        SpeakerRepository speakers(source.db());
        Speaker maria;
        maria.fullName = QStringLiteral("María José Hernández Peña");
        maria.title = QStringLiteral("Vice Minister\nof Environment");
        maria.organizationId = network.id;
        maria.country = QStringLiteral("Costa Rica");
        maria.email = QStringLiteral("mj@example.org");
        QVERIFY(speakers.save(maria));
        EventRepository events(source.db());
        Event congress;
        congress.name = QStringLiteral("Congress");
        congress.edition = QStringLiteral("4th");
        congress.start = QDateTime(QDate(2026, 7, 14), QTime(9, 0), Qt::UTC);
        congress.city = QStringLiteral("San José");
        congress.format = EventFormat::Hybrid;
        QVERIFY(events.save(congress));
        Event fair;
        fair.name = QStringLiteral("Fair");
        fair.allDay = true;
        fair.start = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(events.save(fair));

        const auto speakerCsv = [](Database &database) {
            SpeakerListModel model(database);
            return CsvExporter::render(model);
        };
        const auto eventCsv = [](Database &database) {
            EventListModel model(database);
            return CsvExporter::render(model);
        };
        test::TestDatabase target;
        for (const QByteArray &csvBytes : { speakerCsv(source.db()), eventCsv(source.db()) }) {
            const CsvReader::Result csv = CsvReader::read(csvBytes);
            QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
            const CsvImporter::Result records =
                CsvImporter::records(csv, CsvImporter::guessMapping(csv.header), QStringLiteral("list.csv"));
            QVERIFY2(records.error.isEmpty(), qPrintable(records.error));
            QVERIFY(importRecords(target.db(), records.records).ok);
        }
        QCOMPARE(speakerCsv(target.db()), speakerCsv(source.db()));
        QCOMPARE(eventCsv(target.db()), eventCsv(source.db()));
    }

    void duplicatesSkipUpdateKeepBoth()
    {
        test::TestDatabase database;
        const QByteArray cards = fixture(QStringLiteral("speakers-3.0.vcf"));
        const auto records = [&] {
            return ImportReader::read(QStringLiteral("speakers-3.0.vcf"), cards, ImportFormat::Vcf, {}).records;
        };
        QVERIFY(importRecords(database.db(), records()).ok);
        QCOMPARE(SpeakerRepository(database.db()).count(), 2);
        const ImportResult twice = importRecords(database.db(), records());
        QCOMPARE(twice.count(ImportAction::Skip), 2);
        QCOMPARE(twice.entries.at(0).reason, QStringLiteral("same vCard UID"));
        QCOMPARE(twice.entries.at(1).reason, QStringLiteral("same name and organization")); // Ana Ruiz has no UID
        QCOMPARE(SpeakerRepository(database.db()).count(), 2);

        QList<ImportRecord> changed = records();
        changed[0].speaker.title = QStringLiteral("Director General");
        const ImportResult updated = importRecords(database.db(), changed, DuplicatePolicy::Update);
        QVERIFY(updated.ok);
        QCOMPARE(updated.count(ImportAction::Update), 2);
        QCOMPARE(SpeakerRepository(database.db()).count(), 2);
        QCOMPARE(
            SpeakerRepository(database.db()).load(updated.entries.at(0).id)->title, QStringLiteral("Director General"));
        QCOMPARE(
            SpeakerRepository(database.db()).load(updated.entries.at(0).id)->phone, QStringLiteral("+507 200 0000"));

        const ImportResult both = importRecords(database.db(), records(), DuplicatePolicy::KeepBoth);
        QVERIFY(both.ok);
        QCOMPARE(SpeakerRepository(database.db()).count(), 4);

        // Releases by headline and date; a dry run writes nothing.
        const ImportRecord text = parseFixture(QStringLiteral("en-dateline-full.txt"));
        const ImportResult dry = importRecords(database.db(), { text }, DuplicatePolicy::Skip, true);
        QVERIFY(dry.ok);
        QVERIFY(dry.count(ImportAction::Create) >= 1);
        QCOMPARE(ReleaseRepository(database.db()).count(), 0);
        QVERIFY(importRecords(database.db(), { text }).ok);
        QCOMPARE(importRecords(database.db(), { text }).entries.constFirst().reason,
            QStringLiteral("same headline and date"));
        QCOMPARE(ReleaseRepository(database.db()).count(), 1);
        QCOMPARE(database.scalar(QStringLiteral("SELECT original FROM import_sources")).toString(), text.originalText);
        // The same record twice in one import is written once.
        ImportRecord zoe = records().at(1);
        zoe.speaker.fullName = QStringLiteral("Zoë Newcomer");
        const ImportResult pair = importRecords(database.db(), { zoe, zoe }, DuplicatePolicy::Update);
        QCOMPARE(pair.count(ImportAction::Create), 1);
        QCOMPARE(pair.count(ImportAction::Skip), 1);
        QCOMPARE(pair.entries.at(1).reason, QStringLiteral("appears twice in this import"));
    }

    void failingRecordRollsBackEverything()
    {
        test::TestDatabase database;
        const QByteArray json = R"([
  {"uri": "urn:a", "headlines": [{"role": "main", "value": "First release"}], "people": [{"name": "New Speaker", "rel": "quoted"}],
   "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>Body</p><blockquote><p>“Hi”</p><p>— New Speaker, Boss</p></blockquote>"}]},
  {"uri": "urn:b", "headlines": [{"role": "main", "value": "Second release"}], "language": "not a language tag!"},
  {"uri": "urn:c", "headlines": [{"role": "main", "value": "Third release"}]}
])";
        const NinjsImporter::Result read = NinjsImporter::read(json, QStringLiteral("three.json"));
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(1).line, 4);
        QSignalSpy changed(&database.db(), &Database::changed);
        const ImportResult result = importRecords(database.db(), read.records);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("three.json:4")), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("Second release")));
        QCOMPARE(ReleaseRepository(database.db()).count(), 0);
        QCOMPARE(SpeakerRepository(database.db()).count(), 0);
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM external_ids")).toInt(), 0);
        QCOMPARE(changed.count(), 0);
        // Without the bad record everything goes in, and the lists hear about it once per entity.
        const ImportResult good = importRecords(database.db(), { read.records.at(0), read.records.at(2) });
        QVERIFY2(good.ok, qPrintable(good.error));
        QCOMPARE(ReleaseRepository(database.db()).count(), 2);
        QCOMPARE(changed.count(), 2); // speakers and releases
    }

    void hostileInput()
    {
        // 10 MB on one line, binary, deep JSON, truncated files: messages, no crash, no hang.
        const QByteArray longLine(10 * 1024 * 1024, 'a');
        QElapsedTimer timer;
        timer.start();
        for (ImportFormat format : { ImportFormat::Text, ImportFormat::Markdown, ImportFormat::Html, ImportFormat::Csv,
                 ImportFormat::Ics, ImportFormat::Vcf, ImportFormat::Ninjs }) {
            const ImportReader::Result read = ImportReader::read(QStringLiteral("long"), longLine, format, {});
            Q_UNUSED(read);
        }
        QVERIFY2(timer.elapsed() < 60000, "10 MB lines took too long");
        QByteArray quoted = "\"" + QByteArray(3 * 1024 * 1024, 'q') + "\"";
        QVERIFY(
            !ImportReader::read(QStringLiteral("x.txt"), "“" + quoted + "”, said Ana López.", ImportFormat::Text, {})
                 .records.isEmpty());
        const QByteArray binary = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(1000, '\0');
        QVERIFY(ImportReader::read(QStringLiteral("x.txt"), binary, ImportFormat::Text, {})
                    .error.contains(QLatin1String("binary")));
        const ImportReader::Result deep = ImportReader::read(
            QStringLiteral("x.json"), QByteArray(100000, '[') + QByteArray(100000, ']'), ImportFormat::Ninjs, {});
        QVERIFY(deep.error.contains(QLatin1String("nested")));
        const ImportReader::Result truncatedJson = ImportReader::read(
            QStringLiteral("x.json"), "{\n\"uri\": \"a\",\n\"headlines\": [", ImportFormat::Ninjs, {});
        QVERIFY(!truncatedJson.error.isEmpty());
        QCOMPARE(truncatedJson.line, 3);
        QByteArray ics = fixture(QStringLiteral("events-tz.ics"));
        ics.truncate(ics.indexOf("END:VEVENT"));
        // A file cut off inside a record: that record is left out and listed, nothing else is lost.
        const ImportReader::Result truncatedIcs =
            ImportReader::read(QStringLiteral("x.ics"), ics, ImportFormat::Ics, {});
        QVERIFY(truncatedIcs.records.isEmpty());
        QCOMPARE(truncatedIcs.skippedCount(), 1);
        QVERIFY(truncatedIcs.problems.constFirst().message.contains(QLatin1String("cut off")));
        const ImportReader::Result truncatedVcf = ImportReader::read(
            QStringLiteral("x.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\n", ImportFormat::Vcf, {});
        QVERIFY(truncatedVcf.records.isEmpty());
        QVERIFY(truncatedVcf.problems.constFirst().message.contains(QLatin1String("cut off")));
        QCOMPARE(TextDecoder::decode("caf\xe9 \x93quoted\x94").text, QStringLiteral("café “quoted”"));
        QCOMPARE(TextDecoder::decode(QByteArray("\xff\xfe"
                                                "a\0b\0",
                                         6))
                     .text,
            QStringLiteral("ab"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
