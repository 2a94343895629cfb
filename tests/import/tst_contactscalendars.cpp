#include "export/exportsource.h"
#include "export/icalendarexporter.h"
#include "export/vcardexporter.h"
#include "import/importer.h"
#include "import/importreader.h"
#include "import/vcardreader.h"
#include "testdatabase.h"
#include "testfixtures.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace pressdesk;

// Contacts and calendars as the programs officers use write them (fixtures in the styles of
// Outlook 2003 and 365, Android, Gmail, Apple and Thunderbird), partial imports that keep the
// good records and list the others by line, and round trips import → export → import.
namespace {

QByteArray fixture(const QString &name)
{
    return test::importFixture(name);
}

ImportReader::Result readFixture(const QString &name)
{
    return ImportReader::read(name, fixture(name), ImportFormat::Auto, {});
}

const ImportRecord *named(const ImportReader::Result &read, const QString &name)
{
    for (const ImportRecord &record : read.records) {
        if (record.label() == name)
            return &record;
    }
    return nullptr;
}

bool importAll(Database &database, const QList<ImportRecord> &records)
{
    ImportPlan plan;
    plan.records = records;
    Importer importer(database);
    return importer.plan(plan) && importer.run(plan).ok;
}

QStringList messages(const ImportReader::Result &read, bool skipped)
{
    QStringList list;
    for (const ImportProblem &problem : read.problems) {
        if (problem.skipped == skipped)
            list.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.message));
    }
    return list;
}

const QByteArray jpegMagic("\xFF\xD8\xFF", 3);
const QByteArray pngMagic("\x89PNG\r\n\x1a\n", 8);

} // namespace

class TestContactsCalendars : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlook2003QuotedPrintableWindows1252()
    {
        const ImportReader::Result read = readFixture(QStringLiteral("outlook-2003.vcf"));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY2(read.problems.isEmpty(), qPrintable(messages(read, false).join(QLatin1Char('\n'))));
        QCOMPARE(read.records.size(), 1);
        const Speaker &speaker = read.records.constFirst().speaker;
        QCOMPARE(speaker.fullName, QStringLiteral("Lic. María José Peña Solís"));
        QCOMPARE(speaker.sortName, QStringLiteral("Peña Solís, María José"));
        QCOMPARE(speaker.honorific, QStringLiteral("Lic."));
        QCOMPARE(speaker.title, QStringLiteral("Directora Regional para Centroamérica"));
        QCOMPARE(read.records.constFirst().organizationName, QStringLiteral("Oficina Regional para Centroamérica"));
        QCOMPARE(speaker.email, QStringLiteral("mj.pena@example.org"));
        QCOMPARE(speaker.phone, QStringLiteral("+506 2222 0000")); // the work number, not the mobile
        QCOMPARE(speaker.country, QStringLiteral("Costa Rica"));
        // A soft line break joins the lines; =0D=0A is a line break; Windows-1252 accents.
        QVERIFY2(speaker.bio.startsWith(QStringLiteral("Economista. Dirige la oficina regional desde 2019; antes "
                                                       "coordinó el programa de empleo juvenil en Tegucigalpa y "
                                                       "San Pedro Sula.\nHabla español")),
            qPrintable(speaker.bio));
        QVERIFY(speaker.photo.startsWith(jpegMagic));
        QCOMPARE(speaker.photo.size(), 423);
    }

    void outlook365Utf8Charset()
    {
        const ImportReader::Result read = readFixture(QStringLiteral("outlook-365.vcf"));
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.records.size(), 1);
        const Speaker &speaker = read.records.constFirst().speaker;
        QCOMPARE(speaker.fullName, QStringLiteral("Aïssatou Ndiaye"));
        QCOMPARE(speaker.title, QStringLiteral("Chargée de communication"));
        QCOMPARE(speaker.country, QStringLiteral("Sénégal"));
        QVERIFY2(speaker.bio.contains(QStringLiteral("África Occidental y Central. Entrevistas en francés")),
            qPrintable(speaker.bio));
    }

    void androidSixContactsWithPhotos()
    {
        const ImportReader::Result read = readFixture(QStringLiteral("android.vcf"));
        QVERIFY2(read.problems.isEmpty(), qPrintable(messages(read, false).join(QLatin1Char('\n'))));
        QCOMPARE(read.records.size(), 6);
        QVERIFY(named(read, QStringLiteral("Lucía Mendoza"))->speaker.photo.startsWith(jpegMagic));
        QVERIFY(named(read, QStringLiteral("João Pedro Gonçalves"))->speaker.photo.startsWith(pngMagic));
        QCOMPARE(named(read, QStringLiteral("João Pedro Gonçalves"))->speaker.title, QStringLiteral("Produtor"));
        QCOMPARE(
            named(read, QStringLiteral("Élodie Dubois"))->speaker.title, QStringLiteral("Rédactrice en chef adjointe"));
        QCOMPARE(named(read, QStringLiteral("Mai Tran"))->speaker.bio,
            QStringLiteral("Met at the 2024 regional congress.\nPrefers WhatsApp."));
        QCOMPARE(named(read, QStringLiteral("Chinedu Okoro"))->line, 20);
    }

    void gmailAppleThunderbird()
    {
        const ImportReader::Result gmail = readFixture(QStringLiteral("gmail.vcf"));
        QCOMPARE(gmail.records.size(), 2);
        const Speaker &tomas = named(gmail, QStringLiteral("Tomás Ibarra"))->speaker;
        QCOMPARE(tomas.email, QStringLiteral("t.ibarra@example.org")); // the work address
        QCOMPARE(tomas.bio, QStringLiteral("Cubre glaciares y minería.\nNo llamar los domingos."));
        QVERIFY(tomas.photo.isEmpty()); // a link is never fetched…
        QVERIFY(tomas.notes.contains(QLatin1String("https://photos.example.com/contacts/tomas-ibarra.jpg")));

        const ImportReader::Result apple = readFixture(QStringLiteral("apple.vcf"));
        QCOMPARE(apple.records.size(), 1);
        const Speaker &sofia = apple.records.constFirst().speaker;
        QCOMPARE(sofia.honorific, QStringLiteral("Dra."));
        QCOMPARE(sofia.email, QStringLiteral("s.aguilar@example.edu")); // item1.EMAIL;type=pref
        QCOMPARE(sofia.country, QStringLiteral("México")); // item2.ADR
        QCOMPARE(sofia.bio, QStringLiteral("Especialista en mujeres migrantes trabajadoras; autora del informe 2025."));
        QVERIFY(sofia.photo.startsWith(jpegMagic)); // folded base64

        const ImportReader::Result thunderbird = readFixture(QStringLiteral("thunderbird.vcf"));
        QCOMPARE(thunderbird.records.size(), 1);
        const ImportRecord &kwame = thunderbird.records.constFirst();
        QCOMPARE(kwame.speaker.email, QStringLiteral("kwame.mensah@example.org")); // PREF=1
        QCOMPARE(kwame.speaker.languages, QStringList({ QStringLiteral("en"), QStringLiteral("fr") }));
        QVERIFY(kwame.speaker.photo.startsWith(pngMagic));
        QCOMPARE(kwame.externalId, QStringLiteral("0f8c2a4e-0000-4000-8000-000000000011"));
    }

    void readerSyntax()
    {
        // Bare 2.1 parameters, a group, RFC 6868 carets, a QUOTED-PRINTABLE soft break inside
        // an escape sequence, Latin-1 by CHARSET, and a nested AGENT card that is skipped.
        const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                 "item7.TEL;WORK;PREF;VOICE:+1 555 0100\r\n"
                                 "ADR;LABEL=\"a^nb ^'c^' ^^\":;;x;y;;;z\r\n"
                                 "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:caf=C3=\r\n"
                                 "=A9 ok\r\n"
                                 "FN;CHARSET=ISO-8859-1:Jos\xe9\r\n"
                                 "AGENT:\r\nBEGIN:VCARD\r\nFN:Nested\r\nEND:VCARD\r\n"
                                 "END:VCARD\r\n";
        const VCardReader::Result read = VCardReader::read(bytes);
        QCOMPARE(read.cards.size(), 1);
        const VCardReader::Card &card = read.cards.constFirst();
        QVERIFY(card.complete);
        const auto property = [&](const QString &name) {
            for (const VCardReader::Property &p : card.properties) {
                if (p.name == name)
                    return p;
            }
            return VCardReader::Property();
        };
        QCOMPARE(property(QStringLiteral("TEL")).group, QStringLiteral("item7"));
        QVERIFY(property(QStringLiteral("TEL")).hasType(QStringLiteral("work")));
        QVERIFY(property(QStringLiteral("TEL")).hasType(QStringLiteral("pref")));
        QCOMPARE(property(QStringLiteral("ADR")).parameter(QStringLiteral("LABEL")), QStringLiteral("a\nb \"c\" ^"));
        QCOMPARE(property(QStringLiteral("NOTE")).value, QStringLiteral("café ok"));
        QCOMPARE(property(QStringLiteral("FN")).value, QStringLiteral("José"));
        QCOMPARE(std::count_if(card.properties.cbegin(), card.properties.cend(),
                     [](const VCardReader::Property &p) { return p.name == QLatin1String("FN"); }),
            1);
    }

    void vcardPartialImport()
    {
        const ImportReader::Result read = readFixture(QStringLiteral("mixed-problems.vcf"));
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.records.size(), 2); // Ana Ruiz and Pedro Salas
        const QStringList skipped = messages(read, true);
        QCOMPARE(skipped.size(), 2);
        QVERIFY2(skipped.at(0).startsWith(QLatin1String("8: ")) && skipped.at(0).contains(QLatin1String("no name")),
            qPrintable(skipped.at(0)));
        QVERIFY2(skipped.at(1).startsWith(QLatin1String("18: ")) && skipped.at(1).contains(QLatin1String("Cut Off")),
            qPrintable(skipped.at(1)));
        const QString warnings = messages(read, false).join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("line 5 is not a NAME:value line")), qPrintable(warnings));
        QVERIFY(warnings.contains(QLatin1String("\"Spanish\" is not a language code")));
        QVERIFY(warnings.contains(QLatin1String("\"pedro at example dot org\" is not an e-mail address")));
        QVERIFY(named(read, QStringLiteral("Pedro Salas"))->speaker.email.isEmpty());
        QVERIFY(named(read, QStringLiteral("Pedro Salas"))->speaker.notes.contains(QLatin1String("pedro at example")));
        // What is left can be written: the database takes it in one transaction.
        test::TestDatabase database;
        QVERIFY(importAll(database.db(), read.records));
    }

    // Examples pasted together share UIDs; a company card names no person; a calendar that
    // starts with a comment line.
    void sharedUidsAndCompanyCards()
    {
        const QByteArray calendar = "X-COMMENT: exported by hand\r\nBEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                    "BEGIN:VEVENT\r\nUID:same@example.org\r\nDTSTART:20260101T090000Z\r\n"
                                    "SUMMARY:One\r\nEND:VEVENT\r\n"
                                    "BEGIN:VEVENT\r\nUID:same@example.org\r\nDTSTART:20260102T090000Z\r\n"
                                    "SUMMARY:Two\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const ImportReader::Result events =
            ImportReader::read(QStringLiteral("x.ics"), calendar, ImportFormat::Auto, {});
        QVERIFY2(events.error.isEmpty(), qPrintable(events.error));
        QCOMPARE(events.records.size(), 2);
        QCOMPARE(events.records.at(1).externalId, QStringLiteral("same@example.org#2"));
        test::TestDatabase database;
        QVERIFY(importAll(database.db(), events.records));
        QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 2);

        const ImportReader::Result company = ImportReader::read(QStringLiteral("x.vcf"),
            "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:\r\nORG:Lagos Morning Ledger\r\n"
            "EMAIL:desk@example.org\r\nEND:VCARD\r\n",
            ImportFormat::Auto, {});
        QCOMPARE(company.records.size(), 1);
        QCOMPARE(company.records.constFirst().speaker.fullName, QStringLiteral("Lagos Morning Ledger"));
        QVERIFY(company.problems.constFirst().message.contains(QLatin1String("names no person")));
    }

    // Old Mozilla files leave an empty line inside a fold; zone ids with a prefix glued to an
    // IANA id ("custom_America/New_York", "posix/Europe/Vaduz") are that zone.
    void oldMozillaFoldsAndPrefixedZones()
    {
        const QByteArray calendar =
            "BEGIN:VCALENDAR\r\nVERSION\r\n\r\n :2.0\r\nBEGIN:VEVENT\r\nUID\r\n\r\n :1\r\n"
            "SUMMARY\r\n\r\n :Christmas Day\r\nDTSTART\r\n\r\n ;VALUE=DATE\r\n\r\n :20261225\r\n"
            "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Call\r\n"
            "DTSTART;TZID=custom_America/New_York:20260829T100000\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Visit\r\n"
            "DTSTART;TZID=posix/Europe/Vaduz:20260213T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const ImportReader::Result read = ImportReader::read(QStringLiteral("x.ics"), calendar, ImportFormat::Auto, {});
        QVERIFY2(read.problems.isEmpty(), qPrintable(messages(read, true).join(QLatin1Char('\n'))));
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(0).event.name, QStringLiteral("Christmas Day"));
        QVERIFY(read.records.at(0).event.allDay);
        QCOMPARE(read.records.at(1).event.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(read.records.at(2).event.timeZone, QStringLiteral("Europe/Vaduz"));
    }

    void outlookWindowsZonesAndSeries()
    {
        const ImportReader::Result read = readFixture(QStringLiteral("outlook.ics"));
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.records.size(), 4);
        const Event &congress = read.records.at(0).event;
        QCOMPARE(read.records.at(0).line, 29);
        QCOMPARE(congress.name, QStringLiteral("II Congreso Regional sobre Mujeres Migrantes Trabajadoras"));
        // "Central America Standard Time" in an event in Costa Rica: Costa Rica's own zone.
        QCOMPARE(congress.timeZone, QStringLiteral("America/Costa_Rica"));
        QCOMPARE(congress.startText(), QStringLiteral("2026-07-14T09:00:00"));
        QCOMPARE(congress.endText(), QStringLiteral("2026-07-15T17:30:00"));
        QCOMPARE(congress.city, QStringLiteral("San José"));
        QCOMPARE(read.records.at(0).organizerName, QStringLiteral("María José Peña"));
        QVERIFY(congress.description.endsWith(QLatin1String("Agenda attached.")));
        const Event &briefing = read.records.at(1).event;
        QCOMPARE(briefing.timeZone, QStringLiteral("Europe/Zurich")); // W. Europe, in Geneva
        QCOMPARE(briefing.startText(), QStringLiteral("2026-09-07T10:00:00"));
        QVERIFY(briefing.description.contains(QLatin1String("FREQ=WEEKLY;COUNT=10;BYDAY=MO")));
        // The moved occurrence is an event of its own at its new time, said so; nothing is lost.
        const ImportRecord &moved = read.records.at(2);
        QCOMPARE(moved.event.name, QStringLiteral("Weekly press briefing (moved)"));
        QCOMPARE(moved.event.startText(), QStringLiteral("2026-09-14T14:00:00"));
        QCOMPARE(moved.externalId, QStringLiteral("briefing-series-0001@example.org#20260914T100000"));
        const Event &training = read.records.at(3).event;
        QVERIFY(training.allDay);
        QCOMPARE(training.startText(), QStringLiteral("2026-10-19"));
        QCOMPARE(training.endText(), QStringLiteral("2026-10-21"));
        QVERIFY(messages(read, true).isEmpty());
        const QString warnings = messages(read, false).join(QLatin1Char('\n'));
        QVERIFY(warnings.contains(QStringLiteral("59: Event “Weekly press briefing” at line 59: it repeats")));
        QVERIFY2(
            warnings.contains(QStringLiteral("69: Event “Weekly press briefing (moved)” at line 69: it changes one "
                                             "occurrence")),
            qPrintable(warnings));
    }

    void googleAndApple()
    {
        const ImportReader::Result google = readFixture(QStringLiteral("google.ics"));
        QCOMPARE(google.records.size(), 3);
        const Event &launch = google.records.at(0).event;
        // Written in UTC; X-WR-TIMEZONE says where: 14:00Z is 09:00 in Bogotá.
        QCOMPARE(launch.timeZone, QStringLiteral("America/Bogota"));
        QCOMPARE(launch.startText(), QStringLiteral("2026-03-03T09:00:00"));
        QCOMPARE(launch.format, EventFormat::Hybrid);
        QCOMPARE(launch.onlineUrl, QStringLiteral("https://meet.example.com/abc-defg-hij"));
        const Event &waterDay = google.records.at(1).event;
        QVERIFY(waterDay.allDay);
        QVERIFY(!waterDay.end.isValid()); // one day
        // Quito is in Ecuador: America/Guayaquil keeps the same clock as Bogotá.
        QCOMPARE(google.records.at(2).event.timeZone, QStringLiteral("America/Guayaquil"));
        QCOMPARE(google.records.at(2).event.startText(), QStringLiteral("2026-04-15T08:30:00"));

        const ImportReader::Result apple = readFixture(QStringLiteral("apple.ics"));
        QCOMPARE(apple.records.size(), 2);
        const Event &forum = apple.records.at(0).event;
        // "Western/Central Europe" is defined only by its VTIMEZONE rules: summer time, +02:00.
        QCOMPARE(forum.start.toUTC(), QDateTime(QDate(2026, 6, 11), QTime(7, 30), Qt::UTC));
        QCOMPARE(forum.timeZone, QStringLiteral("Europe/Paris")); // the event is in France
        QCOMPARE(forum.startText(), QStringLiteral("2026-06-11T09:30:00"));
        QCOMPARE(forum.city, QStringLiteral("Strasbourg"));
        QCOMPARE(forum.venue, QStringLiteral("Palais des Congrès"));
        QVERIFY(forum.onlineUrl.isEmpty()); // its web page, not a link to join
        QVERIFY(forum.description.contains(QLatin1String("https://forum.example.org/2026")));
        QVERIFY(messages(apple, false).constFirst().contains(QLatin1String("Western/Central Europe")));
        QCOMPARE(apple.records.at(1).event.timeZone, QStringLiteral("Europe/Madrid")); // mozilla.org TZID
    }

    void calendarPartialImport()
    {
        const ImportReader::Result read = readFixture(QStringLiteral("problems.ics"));
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(0).organizerName, QStringLiteral("Daniel \"Dan\" Okafor")); // RFC 6868
        const QStringList skipped = messages(read, true);
        QCOMPARE(skipped.size(), 3);
        QCOMPARE(skipped.at(0),
            QStringLiteral("12: Event “Board meeting” at line 12 has no start date (DTSTART): skipped."));
        QVERIFY(skipped.at(1).startsWith(QStringLiteral("31: Event “Press trip”")));
        QVERIFY(skipped.at(2).contains(QLatin1String("cut off")));
        // A zone neither known nor defined: the time as written, and a warning asking for it.
        const Event &rover = named(read, QStringLiteral("Launch of the rover report"))->event;
        QCOMPARE(rover.startText(), QStringLiteral("2026-03-01T14:00:00"));
        const QString warnings = messages(read, false).join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("“Olympus Mons Time” is neither known nor defined")),
            qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("24: Event “Field visit” at line 24: a line could not be read")));
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : { "outlook-2003.vcf", "outlook-365.vcf", "android.vcf", "gmail.vcf", "apple.vcf",
                 "thunderbird.vcf", "outlook.ics", "google.ics", "apple.ics" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // Import → export → import keeps every field Pressdesk holds.
    void roundTrips()
    {
        QFETCH(QString, file);
        const ImportReader::Result first = readFixture(file);
        QVERIFY(!first.records.isEmpty());
        test::TestDatabase database;
        QVERIFY(importAll(database.db(), first.records));
        ExportSource source(database.db());
        QByteArray exported;
        if (file.endsWith(QLatin1String(".vcf"))) {
            QList<Speaker> speakers;
            for (qint64 id : source.speakerIds())
                speakers.append(*source.speaker(id));
            exported = VCardExporter::render(speakers, ExportContext {});
        } else {
            QList<Event> events;
            for (qint64 id : source.eventIds())
                events.append(*source.event(id));
            exported = ICalendarExporter::render(events, source.contextFor(events));
        }
        QVERIFY(exported.contains("\r\n"));
        // What came from Outlook, Gmail or Apple leaves as standard files other tools read:
        // Python's icalendar and vobject parse it and find every record.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exported") + file.mid(file.lastIndexOf(QLatin1Char('.'))));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(exported) == exported.size());
        out.close();
        QProcess python;
        // Debian's interpreter has the packages install-deps.sh installs.
        python.start(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                       : QStringLiteral("python3"),
            { QStringLiteral("-c"),
                file.endsWith(QLatin1String(".vcf"))
                    ? QStringLiteral(
                        "import sys, vobject\n"
                        "print(len(list(vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()))))")
                    : QStringLiteral("import sys, icalendar\n"
                                     "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                     "print(len(cal.walk('VEVENT')))"),
                path });
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(python.readAllStandardOutput().trimmed().toInt(), int(first.records.size()));
        for (const QByteArray &line : exported.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // folded at 75 octets
        const ImportReader::Result second = ImportReader::read(
            QStringLiteral("again") + file.mid(file.lastIndexOf(QLatin1Char('.'))), exported, ImportFormat::Auto, {});
        QVERIFY2(second.problems.isEmpty(), qPrintable(messages(second, false).join(QLatin1Char('\n'))));
        QCOMPARE(second.records.size(), first.records.size());
        for (const ImportRecord &before : first.records) {
            const ImportRecord *after = named(second, before.label());
            QVERIFY2(after, qPrintable(before.label()));
            if (before.entity == Entity::Speaker) {
                QCOMPARE(after->speaker.fullName, before.speaker.fullName);
                QCOMPARE(after->speaker.title, before.speaker.title);
                QCOMPARE(after->organizationName, before.organizationName);
                QCOMPARE(after->speaker.email, before.speaker.email);
                QCOMPARE(after->speaker.phone, before.speaker.phone);
                QCOMPARE(after->speaker.bio, before.speaker.bio);
                QCOMPARE(after->speaker.photo, before.speaker.photo);
                QCOMPARE(after->speaker.languages, before.speaker.languages);
            } else {
                QCOMPARE(after->event.timeZone, before.event.timeZone);
                QCOMPARE(after->event.startText(), before.event.startText());
                QCOMPARE(after->event.endText(), before.event.endText());
                QCOMPARE(after->event.allDay, before.event.allDay);
                QCOMPARE(after->event.city, before.event.city);
                QCOMPARE(after->event.onlineUrl, before.event.onlineUrl);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestContactsCalendars)
#include "tst_contactscalendars.moc"
