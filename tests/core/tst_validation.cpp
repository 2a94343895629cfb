#include "domain/attributiontext.h"
#include "domain/event.h"
#include "domain/fieldchecks.h"
#include "domain/organization.h"
#include "domain/release.h"
#include "domain/speaker.h"

#include <QTest>
#include <QTimeZone>

using namespace pressdesk;

namespace {

QStringList fields(const ValidationIssues &issues)
{
    QStringList result;
    for (const ValidationIssue &issue : issues)
        result.append(issue.field);
    return result;
}

Release validRelease()
{
    Release release;
    release.headline = QStringLiteral("Regional congress on migrant women opens in San José");
    return release;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDraftHasNoIssues() { QVERIFY(validRelease().validate().isEmpty()); }

    void headlineRequiredAndLimited_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   \t") << false;
        QTest::newRow("200 chars") << QString(200, QLatin1Char('a')) << true;
        QTest::newRow("201 chars") << QString(201, QLatin1Char('a')) << false;
        QTest::newRow("accented") << QStringLiteral("Migración: la región adopta la hoja de ruta") << true;
    }

    void headlineRequiredAndLimited()
    {
        QFETCH(QString, headline);
        QFETCH(bool, valid);
        Release release = validRelease();
        release.headline = headline;
        const ValidationIssues issues = release.validate();
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(fields(issues), QStringList { QStringLiteral("headline") });
            QVERIFY(!issues.first().message.isEmpty());
        }
    }

    void publishedNeedsDatelineAndBody()
    {
        Release release = validRelease();
        release.status = ReleaseStatus::Published;
        QCOMPARE(fields(release.validate()), (QStringList { QStringLiteral("dateline_city"), QStringLiteral("body") }));
        release.datelineCity = QStringLiteral("SAN SALVADOR");
        release.body = QStringLiteral("The congress opened today.");
        QVERIFY(release.validate().isEmpty());
        // The same rules apply when checking a move to published from a draft.
        release.status = ReleaseStatus::Draft;
        release.body.clear();
        QVERIFY(release.validate().isEmpty());
        QCOMPARE(fields(release.validateFor(ReleaseStatus::Published)), QStringList { QStringLiteral("body") });
    }

    void embargoNeedsTimeZone()
    {
        Release release = validRelease();
        release.embargoUntil = QDateTime(QDate(2026, 7, 15), QTime(15, 0), Qt::UTC);
        QCOMPARE(fields(release.validate()), QStringList { QStringLiteral("embargo_time_zone") });
        release.embargoTimeZone = QStringLiteral("Mars/Olympus_Mons");
        QCOMPARE(fields(release.validate()), QStringList { QStringLiteral("embargo_time_zone") });
        release.embargoTimeZone = QStringLiteral("America/Costa_Rica");
        QVERIFY(release.validate().isEmpty());
    }

    void quotesNeedTextAndSpeaker()
    {
        Release release = validRelease();
        release.quotes.append({ 0, 0, QStringLiteral(" "), QString(), QString() });
        QCOMPARE(fields(release.validate()),
            (QStringList { QStringLiteral("quotes[0].text"), QStringLiteral("quotes[0].speaker_id") }));
    }

    void languageTag()
    {
        Release release = validRelease();
        release.language = QStringLiteral("es-419");
        QVERIFY(release.validate().isEmpty());
        release.language = QStringLiteral("spanish!");
        QCOMPARE(fields(release.validate()), QStringList { QStringLiteral("language") });
    }

    void eventEndNotBeforeStart()
    {
        const QTimeZone zone("America/El_Salvador");
        Event event;
        event.name = QStringLiteral("4th Regional Congress on Migrant Women");
        event.timeZone = QStringLiteral("America/El_Salvador");
        event.start = QDateTime(QDate(2026, 7, 15), QTime(9, 0), zone);
        event.end = QDateTime(QDate(2026, 7, 14), QTime(17, 0), zone);
        QCOMPARE(fields(event.validate()), QStringList { QStringLiteral("end") });
        event.end = QDateTime(QDate(2026, 7, 16), QTime(17, 0), zone);
        QVERIFY(event.validate().isEmpty());
        // All-day events compare dates only: a one-day event ends the day it starts.
        event.allDay = true;
        event.end = QDateTime(QDate(2026, 7, 15), QTime(0, 0), zone);
        QVERIFY(event.validate().isEmpty());
    }

    void eventNeedsNameStartAndWebLink()
    {
        Event event;
        event.onlineUrl = QStringLiteral("javascript:alert(1)");
        QCOMPARE(fields(event.validate()),
            (QStringList { QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("online_url") }));
    }

    void emailAndUrlChecks_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("email");
        QTest::addColumn<bool>("url");
        QTest::newRow("email") << QStringLiteral("lucia.beltran@unmigen.example.org") << true << false;
        QTest::newRow("no at") << QStringLiteral("lucia.example.org") << false << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@c.org") << false << false;
        QTest::newRow("space") << QStringLiteral("a b@c.org") << false << false;
        QTest::newRow("https") << QStringLiteral("https://unmigen.example.org/news") << false << true;
        QTest::newRow("http") << QStringLiteral("http://example.org") << false << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<b>x</b>") << false << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false << false;
    }

    void emailAndUrlChecks()
    {
        QFETCH(QString, value);
        QFETCH(bool, email);
        QFETCH(bool, url);
        QCOMPARE(fieldchecks::isValidEmail(value), email);
        QCOMPARE(fieldchecks::isValidWebUrl(value), url);
    }

    void speakerAndOrganization()
    {
        Speaker speaker;
        speaker.email = QStringLiteral("not-an-address");
        speaker.languages = { QStringLiteral("es"), QStringLiteral("???") };
        QCOMPARE(fields(speaker.validate()),
            (QStringList { QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("languages") }));
        Organization organization;
        organization.website = QStringLiteral("ftp://example.org");
        QCOMPARE(fields(organization.validate()), (QStringList { QStringLiteral("name"), QStringLiteral("website") }));
    }

    void oversizedInputHasClearLimits()
    {
        Release release = validRelease();
        release.body = QString(Release::maxTextLength + 1, QLatin1Char('x'));
        release.quotes.fill({ 0, 1, QStringLiteral("Words."), QString(), QString() }, 10'000);
        QCOMPARE(fields(release.validate()), (QStringList { QStringLiteral("body"), QStringLiteral("quotes") }));
        Speaker speaker;
        speaker.fullName = QStringLiteral("Ana");
        speaker.photo = QByteArray(50 * 1024 * 1024, '\0');
        QCOMPARE(fields(speaker.validate()), QStringList { QStringLiteral("photo") });
        QVERIFY(speaker.validate().first().message.contains(QLatin1String("50 MB")));
        Organization organization;
        organization.name = QStringLiteral("Office");
        organization.logo = QByteArray(6 * 1024 * 1024, '\0');
        QCOMPARE(fields(organization.validate()), QStringList { QStringLiteral("logo") });
    }

    void sortNames()
    {
        QCOMPARE(Speaker::deriveSortName(QStringLiteral("María José Hernández Peña")),
            QStringLiteral("Hernández Peña, María José"));
        QCOMPARE(Speaker::deriveSortName(QStringLiteral("Claire Dubois")), QStringLiteral("Dubois, Claire"));
        QCOMPARE(Speaker::deriveSortName(QStringLiteral("Madonna")), QStringLiteral("Madonna"));
        // Three words: two surnames in Spanish naming, one elsewhere.
        QCOMPARE(Speaker::deriveSortName(QStringLiteral("Mary Ann Smith")), QStringLiteral("Smith, Mary Ann"));
        Speaker andres;
        andres.fullName = QStringLiteral("Andrés Romero Rodríguez");
        andres.country = QStringLiteral("El Salvador");
        QCOMPARE(andres.derivedSortName(), QStringLiteral("Romero Rodríguez, Andrés"));
        andres.country.clear();
        andres.languages = { QStringLiteral("es"), QStringLiteral("en") };
        QCOMPARE(andres.derivedSortName(), QStringLiteral("Romero Rodríguez, Andrés"));
        andres.languages = { QStringLiteral("en") };
        andres.country = QStringLiteral("Kenya");
        QCOMPARE(andres.derivedSortName(), QStringLiteral("Rodríguez, Andrés Romero"));
        QVERIFY(Speaker::usesHispanicSurnames(QStringLiteral("república dominicana"), {}));
    }

    void keysRoundTrip()
    {
        for (ReleaseStatus status : allStatuses())
            QCOMPARE(statusFromKey(statusKey(status)), status);
        QCOMPARE(statusKey(ReleaseStatus::InReview), QStringLiteral("in_review"));
        QVERIFY(!statusFromKey(QStringLiteral("Published")).has_value());
        QCOMPARE(formatFromKey(QStringLiteral("hybrid")), EventFormat::Hybrid);
        QCOMPARE(organizationRoleKey(OrganizationRole::CoOrganizer), QStringLiteral("co_organizer"));
        QCOMPARE(speakerRoleFromKey(QStringLiteral("keynote")), SpeakerRole::Keynote);
    }

    // The attribution repeated the country: "Vice Minister … of Costa Rica, Ministry … of
    // Costa Rica". The organization is left out when the title names it already.
    void attributionDoesNotRepeatTheOrganization_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<bool>("named");
        QTest::newRow("minister") << QStringLiteral("Vice Minister of Labour and Social Security of Costa Rica")
                                  << QStringLiteral("Ministry of Labour and Social Security of Costa Rica") << true;
        QTest::newRow("viceministra") << QStringLiteral("Viceministra de Trabajo y Seguridad Social de Costa Rica")
                                      << QStringLiteral("Ministerio de Trabajo y Seguridad Social de Costa Rica")
                                      << true;
        QTest::newRow("director") << QStringLiteral("Regional Director for Central America")
                                  << QStringLiteral("UN Women") << false;
        QTest::newRow("partly") << QStringLiteral("Minister of Labour") << QStringLiteral("Ministry of Labour of Kenya")
                                << false;
        QTest::newRow("nothing significant") << QStringLiteral("Minister") << QStringLiteral("Ministry") << false;
    }

    void attributionDoesNotRepeatTheOrganization()
    {
        QFETCH(QString, title);
        QFETCH(QString, organization);
        QFETCH(bool, named);
        QCOMPARE(AttributionText::titleNamesOrganization(title, organization), named);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
