#include "export/csvexporter.h"
#include "i18n/datelinezone.h"
#include "i18n/englishpluraltranslator.h"
#include "i18n/languagenames.h"
#include "i18n/localeformat.h"
#include "i18n/translations.h"
#include "models/eventlistmodel.h"
#include "models/organizationlistmodel.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "models/speakerlistmodel.h"
#include "storage/eventrepository.h"
#include "storage/localecollation.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>

using namespace pressdesk;
using pressdesk::test::TestDatabase;

// The languages of the interface: catalogues, the default locale, dates and the order of
// names in lists.
class TestI18n : public QObject
{
    Q_OBJECT

private:
    static QStringList column(ListModel &model, int column)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data().toString());
        return values;
    }

private Q_SLOTS:
    void cleanup()
    {
        Translations::installCommandLine(*QCoreApplication::instance());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cataloguesFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("releases");
        QTest::addColumn<QString>("save");
        QTest::addColumn<QString>("words");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain) << QStringLiteral("Comunicados")
                            << QStringLiteral("&Guardar") << QStringLiteral("3 palabras");
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("Communiqués")
                            << QStringLiteral("&Enregistrer") << QStringLiteral("3 mots");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("Releases")
                            << QStringLiteral("&Save") << QStringLiteral("3 words");
        // No catalogue: English words (with their plural forms), German dates.
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("Releases")
                            << QStringLiteral("&Save") << QStringLiteral("3 words");
    }

    void cataloguesFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, releases);
        QFETCH(QString, save);
        QFETCH(QString, words);
        Translations::install(*QCoreApplication::instance(), locale);
        QCOMPARE(QLocale().name(), locale.name());
        QCOMPARE(QCoreApplication::translate("Section", "Releases"), releases);
        QCOMPARE(QCoreApplication::translate("pressdesk::ReleaseEditor", "&Save"), save);
        QCOMPARE(QCoreApplication::translate("pressdesk::ReleaseEditor", "%n word(s)", nullptr, 3), words);
    }

    void frenchPluralCountsZeroAsOne()
    {
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::French));
        QCOMPARE(QCoreApplication::translate("pressdesk::StatusPanel", "%n release(s)", nullptr, 0),
            QStringLiteral("0 communiqué"));
        QCOMPARE(QCoreApplication::translate("pressdesk::StatusPanel", "%n release(s)", nullptr, 2),
            QStringLiteral("2 communiqués"));
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Spanish));
        QCOMPARE(QCoreApplication::translate("pressdesk::StatusPanel", "%n release(s)", nullptr, 0),
            QStringLiteral("0 comunicados"));
    }

    // The command line's output is a contract in English, whatever the user's language.
    void commandLineStaysEnglish()
    {
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Spanish));
        QCOMPARE(QCoreApplication::translate("Validation", "The headline is required."),
            QStringLiteral("El titular es obligatorio."));
        Translations::installCommandLine(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("Validation", "The headline is required."),
            QStringLiteral("The headline is required."));
        // The catalogue is read only when a count asks for its plural forms.
        const auto translators = QCoreApplication::instance()->findChildren<EnglishPluralTranslator *>();
        QCOMPARE(translators.size(), 1);
        QVERIFY(!translators.constFirst()->hasLoaded());
        QCOMPARE(QCoreApplication::translate("Cli", "Integrity: %n problem(s)", nullptr, 2),
            QStringLiteral("Integrity: 2 problems"));
        QCOMPARE(QCoreApplication::translate("Cli", "Integrity: %n problem(s)", nullptr, 1),
            QStringLiteral("Integrity: 1 problem"));
        QVERIFY(translators.constFirst()->hasLoaded());
    }

    // Language names in the interface language; the tags stay the data.
    void languageNamesFollowTheInterface_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("shown"); // en, es, fr, en-US, zh-Hans
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                            << QStringList { QStringLiteral("English (en)"), QStringLiteral("Spanish (es)"),
                                   QStringLiteral("French (fr)"), QStringLiteral("English (United States) (en-US)"),
                                   QStringLiteral("Chinese (Simplified) (zh-Hans)") };
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << QStringList { QStringLiteral("Inglés (en)"), QStringLiteral("Español (es)"),
                                   QStringLiteral("Francés (fr)"), QStringLiteral("Inglés (Estados Unidos) (en-US)"),
                                   QStringLiteral("Chino (simplificado) (zh-Hans)") };
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France)
                            << QStringList { QStringLiteral("Anglais (en)"), QStringLiteral("Espagnol (es)"),
                                   QStringLiteral("Français (fr)"), QStringLiteral("Anglais (États-Unis) (en-US)"),
                                   QStringLiteral("Chinois (simplifié) (zh-Hans)") };
    }

    void languageNamesFollowTheInterface()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, shown);
        Translations::install(*QCoreApplication::instance(), locale);
        const QStringList tags { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("en-US"), QStringLiteral("zh-Hans") };
        for (qsizetype i = 0; i < tags.size(); ++i)
            QCOMPARE(LanguageNames::displayName(tags.at(i)), shown.at(i));
        // Dictionary names use "_"; a region the table lacks takes its language's name.
        QCOMPARE(LanguageNames::name(QStringLiteral("en_US")), LanguageNames::name(QStringLiteral("en-US")));
        QCOMPARE(LanguageNames::displayName(QStringLiteral("de-AT")),
            LanguageNames::name(QStringLiteral("de")) + QStringLiteral(" (de-AT)"));
        // Outside the table: Qt's English name; unknown to everybody: the tag as it is.
        QCOMPARE(LanguageNames::displayName(QStringLiteral("sw")), QStringLiteral("Swahili (sw)"));
        QCOMPARE(LanguageNames::displayName(QStringLiteral("qqq")), QStringLiteral("qqq"));
        QCOMPARE(LanguageNames::displayName(QString()), QString());

        // Back to the tag: from what a picker shows, from a name typed alone (any case, in
        // the interface language or in English), or from the tag itself.
        for (const QString &tag : LanguageNames::commonTags()) {
            QCOMPARE(LanguageNames::tagFromDisplay(LanguageNames::displayName(tag)), tag);
            QCOMPARE(LanguageNames::tagFromDisplay(LanguageNames::name(tag)), tag);
            QCOMPARE(LanguageNames::tagFromDisplay(QLatin1Char(' ') + LanguageNames::name(tag).toUpper()), tag);
        }
        QCOMPARE(
            LanguageNames::tagFromDisplay(shown.at(2).section(QLatin1Char(' '), 0, 0).toLower()), QStringLiteral("fr"));
        QCOMPARE(LanguageNames::tagFromDisplay(QStringLiteral("french")), QStringLiteral("fr"));
        QCOMPARE(LanguageNames::tagFromDisplay(QStringLiteral("Swahili (sw)")), QStringLiteral("sw"));
        QCOMPARE(LanguageNames::tagFromDisplay(QStringLiteral(" pt-BR ")), QStringLiteral("pt-BR"));
    }

    void interfaceLocaleFromPreferences()
    {
        QCOMPARE(Translations::interfaceLocale(QString()), QLocale::system());
        QCOMPARE(Translations::interfaceLocale(QStringLiteral("fr")).language(), QLocale::French);
        QCOMPARE(Translations::interfaceLocale(QStringLiteral("es")).language(), QLocale::Spanish);
        // Unknown choices (an old or hand-edited setting) mean the system's.
        QCOMPARE(Translations::interfaceLocale(QStringLiteral("xx")), QLocale::system());
    }

    void datesFollowTheLocale()
    {
        const QDate date(2026, 3, 18);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(LocaleFormat::date(date), QStringLiteral("18/3/2026"));
        QCOMPARE(LocaleFormat::isoText(QStringLiteral("2026-03-18")), QStringLiteral("18/3/2026"));
        QCOMPARE(LocaleFormat::isoText(QStringLiteral("2026-03-18T08:30:00")), QStringLiteral("18/3/2026 8:30"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(LocaleFormat::date(date), QStringLiteral("18/03/2026"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(LocaleFormat::date(date), QStringLiteral("3/18/2026"));
        QCOMPARE(LocaleFormat::isoText(QStringLiteral("not a date")), QStringLiteral("not a date"));
    }

    void releaseListShowsLocaleDates()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        TestDatabase fixture;
        ReleaseRepository releases(fixture.db());
        Release release = fixture.makeRelease(QStringLiteral("Sommet régional"));
        release.releaseDate = QDate(2026, 7, 14);
        QVERIFY2(releases.save(release), qPrintable(releases.errorString()));
        ReleaseListModel model(fixture.db());
        QCOMPARE(column(model, ReleaseListModel::Headline), QStringList { QStringLiteral("Sommet régional") });
        QCOMPARE(model.index(0, ReleaseListModel::ReleaseDate).data().toString(), QStringLiteral("14/07/2026"));
        QCOMPARE(
            model.index(0, ReleaseListModel::ReleaseDate).data(RawValueRole).toString(), QStringLiteral("2026-07-14"));
    }

    // Lists show dates the French way; a CSV export of the list keeps ISO 8601 dates.
    void csvKeepsIsoDates()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        TestDatabase fixture;
        EventRepository events(fixture.db());
        Event congress;
        congress.name = QStringLiteral("Congrès régional");
        congress.start = QDateTime(QDate(2026, 7, 14), QTime(9, 0));
        congress.timeZone = QStringLiteral("Europe/Paris");
        QVERIFY2(events.save(congress), qPrintable(events.errorString()));
        EventListModel model(fixture.db());
        QCOMPARE(column(model, EventListModel::Start), QStringList { QStringLiteral("14/07/2026 09:00") });
        const QString csv = QString::fromUtf8(CsvExporter::render(model));
        QVERIFY2(csv.contains(QLatin1String(",2026-07-14 09:00,")), qPrintable(csv));
        QVERIFY2(!csv.contains(QLatin1String("14/07/2026")), qPrintable(csv));
    }

    void namesSortByTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("sorted");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << QStringList { QStringLiteral("Azcona"), QStringLiteral("zamora"),
                                   QStringLiteral("Álvarez"), QStringLiteral("Alonso"), QStringLiteral("Ñúñez"),
                                   QStringLiteral("Nieto") }
                            << QStringList { QStringLiteral("Alonso"), QStringLiteral("Álvarez"),
                                   QStringLiteral("Azcona"), QStringLiteral("Nieto"), QStringLiteral("Ñúñez"),
                                   QStringLiteral("zamora") };
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France)
                            << QStringList { QStringLiteral("Zoé"), QStringLiteral("Emma"), QStringLiteral("Eric"),
                                   QStringLiteral("Émilie"), QStringLiteral("Édouard") }
                            << QStringList { QStringLiteral("Édouard"), QStringLiteral("Émilie"),
                                   QStringLiteral("Emma"), QStringLiteral("Eric"), QStringLiteral("Zoé") };
    }

    // Speakers and organizations sort by the locale's rules (accents beside their letter),
    // not by code points, which put "Álvarez" and "Émilie" after "Z".
    void namesSortByTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, names);
        QFETCH(QStringList, sorted);
        QLocale::setDefault(locale);
        TestDatabase fixture;
#ifdef Q_OS_LINUX
        // Built with PRESSDESK_LOCALE_COLLATION there (core/CMakeLists.txt).
        QCOMPARE(fixture.db().nameCollation(), LocaleCollation::name());
#endif
        if (fixture.db().nameCollation() != LocaleCollation::name())
            QSKIP("Qt's SQLite driver is not the system SQLite here: names sort with NOCASE.");
        OrganizationRepository organizations(fixture.db());
        for (const QString &name : names) {
            fixture.addSpeaker(name);
            Organization organization;
            organization.name = name;
            QVERIFY2(organizations.save(organization), qPrintable(organizations.errorString()));
        }
        SpeakerListModel speakers(fixture.db());
        speakers.sort(SpeakerListModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(speakers, SpeakerListModel::Name), sorted);
        speakers.sort(SpeakerListModel::Name, Qt::DescendingOrder);
        QStringList reversed(sorted.crbegin(), sorted.crend());
        QCOMPARE(column(speakers, SpeakerListModel::Name), reversed);
        OrganizationListModel organizationList(fixture.db());
        organizationList.sort(OrganizationListModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(organizationList, OrganizationListModel::Name), sorted);
    }

    // The collation lives on the connection only: the file stays readable by anything that
    // opens it without Pressdesk (the sqlite3 shell, integrity checks).
    void schemaDoesNotNameTheCollation()
    {
        TestDatabase fixture;
        QCOMPARE(fixture
                     .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE sql LIKE ?"),
                         { QStringLiteral("%") + LocaleCollation::name() + QStringLiteral("%") })
                     .toInt(),
            0);
        QVERIFY(fixture.db().check().healthy);
    }

    // The embargo defaulted to today in UTC; a dateline names the zone it means.
    void datelineGivesTheTimeZone()
    {
        QCOMPARE(DatelineZone::guess(QStringLiteral("SAN JOSÉ"), QStringLiteral("Costa Rica")),
            QStringLiteral("America/Costa_Rica"));
        QCOMPARE(
            DatelineZone::guess(QStringLiteral("NAIROBI"), QStringLiteral("Kenya")), QStringLiteral("Africa/Nairobi"));
        QCOMPARE(
            DatelineZone::guess(QStringLiteral("Mombasa"), QStringLiteral("Kenya")), QStringLiteral("Africa/Nairobi"));
        QCOMPARE(DatelineZone::guess(QStringLiteral("Tegucigalpa"), QString()), QStringLiteral("America/Tegucigalpa"));
        QCOMPARE(DatelineZone::guess(QString(), QString()), QString());
        QCOMPARE(DatelineZone::guess(QStringLiteral("Atlantis"), QStringLiteral("Nowhere")), QString());
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
