#include "distribution/recipientresolver.h"
#include "search/contactfilter.h"
#include "storage/contactrepository.h"
#include "storage/medialistrepository.h"
#include "testdatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace pressdesk;

namespace {

MediaContact contact(const QString &name, const QString &outlet, const QString &email, const QStringList &languages,
    const QString &country, const QStringList &beats)
{
    MediaContact result;
    result.name = name;
    result.outlet = outlet;
    result.email = email;
    result.languages = languages;
    result.country = country;
    result.beats = beats;
    return result;
}

QStringList names(const QList<MediaContact> &contacts)
{
    QStringList result;
    for (const MediaContact &contact : contacts)
        result.append(contact.name);
    return result;
}

QStringList addresses(const QList<Recipient> &recipients)
{
    QStringList result;
    for (const Recipient &recipient : recipients)
        result.append(recipient.email);
    return result;
}

// Invented people and outlets.
void addNewsroom(ContactRepository &repository)
{
    QList<MediaContact> all {
        contact(QStringLiteral("Lucía Ordóñez Vela"), QStringLiteral("Diario del Istmo"),
            QStringLiteral("lucia.ordonez@istmo.example"), { QStringLiteral("es") }, QStringLiteral("Panamá"),
            { QStringLiteral("economy"), QStringLiteral("trade") }),
        contact(QStringLiteral("Tomás Ixcot"), QStringLiteral("Radio Altiplano"),
            QStringLiteral("tixcot@altiplano.example"), { QStringLiteral("es"), QStringLiteral("en") },
            QStringLiteral("Guatemala"), { QStringLiteral("economy") }),
        contact(QStringLiteral("Hélène Marchetti"), QStringLiteral("La Gazette du Lac"),
            QStringLiteral("h.marchetti@gazette.example"), { QStringLiteral("fr") }, QStringLiteral("Canada"),
            { QStringLiteral("health") }),
        contact(QStringLiteral("Owen Barrow"), QStringLiteral("Northern Ledger"), QStringLiteral("owen@ledger.example"),
            { QStringLiteral("en") }, QStringLiteral("Belize"),
            { QStringLiteral("economy"), QStringLiteral("migration") }),
    };
    for (MediaContact &each : all)
        QVERIFY2(repository.save(each), qPrintable(repository.errorString()));
}

} // namespace

class TestMediaContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        test::TestDatabase fixture;
        ContactRepository repository(fixture.db());
        MediaContact saved = contact(QStringLiteral("Lucía Ordóñez Vela"), QStringLiteral("Diario del Istmo"),
            QStringLiteral("Lucia.Ordonez@istmo.example"), { QStringLiteral("es"), QStringLiteral("en") },
            QStringLiteral("Panamá"), { QStringLiteral("economy"), QStringLiteral("trade") });
        saved.role = QStringLiteral("Economy editor");
        saved.phone = QStringLiteral("+507 200 0000");
        saved.notes = QStringLiteral("Prefers calls before 10:00.");
        saved.respectsEmbargoes = true;
        QVERIFY2(repository.save(saved), qPrintable(repository.errorString()));
        QVERIFY(saved.id > 0);
        QVERIFY(!saved.uuid.isEmpty());
        QCOMPARE(saved.version, 1);

        MediaContact loaded = *repository.load(saved.id);
        QCOMPARE(loaded.uuid, saved.uuid);
        QCOMPARE(loaded.name, saved.name);
        QCOMPARE(loaded.outlet, saved.outlet);
        QCOMPARE(loaded.role, saved.role);
        QCOMPARE(loaded.beats, saved.beats);
        QCOMPARE(loaded.languages, (QStringList { QStringLiteral("es"), QStringLiteral("en") }));
        QCOMPARE(loaded.country, saved.country);
        QCOMPARE(loaded.email, saved.email);
        QCOMPARE(loaded.phone, saved.phone);
        QCOMPARE(loaded.notes, saved.notes);
        QVERIFY(loaded.respectsEmbargoes);
        QVERIFY(!loaded.doNotContact);
        QVERIFY(!loaded.isBounced());
        QCOMPARE(repository.findByEmail(QStringLiteral("lucia.ordonez@ISTMO.example")), saved.id);

        loaded.doNotContact = true;
        QVERIFY2(repository.save(loaded), qPrintable(repository.errorString()));
        QVERIFY(repository.load(saved.id)->doNotContact);
        // A save from a stale copy overwrites nothing.
        QVERIFY(!repository.save(saved));
        QVERIFY(repository.errorString().contains(QLatin1String("changed elsewhere")));

        const QDateTime bounced(QDate(2026, 7, 1), QTime(8, 30), QTimeZone::utc());
        QVERIFY(repository.markBounced(saved.id, bounced, QStringLiteral("550 5.1.1 mailbox unavailable")));
        const MediaContact afterBounce = *repository.load(saved.id);
        QCOMPARE(afterBounce.bouncedAt, bounced);
        QCOMPARE(afterBounce.bounceReply, QStringLiteral("550 5.1.1 mailbox unavailable"));

        // One address, one contact.
        MediaContact twin =
            contact(QStringLiteral("Someone Else"), {}, QStringLiteral("LUCIA.ORDONEZ@istmo.example"), {}, {}, {});
        QVERIFY(!repository.save(twin));
        QVERIFY(repository.errorString().contains(QLatin1String("already has the address")));

        MediaContact invalid;
        invalid.name = QStringLiteral("No Code");
        invalid.languages = { QStringLiteral("spanish") };
        QVERIFY(!repository.save(invalid));
        QVERIFY(repository.errorString().startsWith(QLatin1String("languages:")));

        QVERIFY(repository.remove(saved.id));
        QVERIFY(!repository.load(saved.id));
    }

    void normalizesLanguagesAndBeats()
    {
        QCOMPARE(MediaContact::normalizedLanguages({ QStringLiteral("ES-gt; fr"), QStringLiteral("es") }),
            (QStringList { QStringLiteral("es"), QStringLiteral("fr") }));
        QCOMPARE(MediaContact::normalizedBeats({ QStringLiteral("Economy; trade, economy") }),
            (QStringList { QStringLiteral("Economy"), QStringLiteral("trade") }));
    }

    void searchWithTheQueryLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString lucia = QStringLiteral("Lucía Ordóñez Vela");
        const QString tomas = QStringLiteral("Tomás Ixcot");
        const QString helene = QStringLiteral("Hélène Marchetti");
        const QString owen = QStringLiteral("Owen Barrow");
        QTest::newRow("everyone") << QString() << QStringList { helene, lucia, owen, tomas };
        QTest::newRow("word without accents") << QStringLiteral("ordonez") << QStringList { lucia };
        QTest::newRow("prefix while typing") << QStringLiteral("marche") << QStringList { helene };
        QTest::newRow("whole word") << QStringLiteral("ledger economy") << QStringList { owen };
        QTest::newRow("or") << QStringLiteral("health OR trade") << QStringList { helene, lucia };
        QTest::newRow("excluded") << QStringLiteral("economy -radio") << QStringList { lucia, owen };
        QTest::newRow("phrase") << QStringLiteral("\"gazette du lac\"") << QStringList { helene };
        QTest::newRow("language") << QStringLiteral("lang:es") << QStringList { lucia, tomas };
        QTest::newRow("second language counts") << QStringLiteral("lang:en") << QStringList { owen, tomas };
        QTest::newRow("beat and countries")
            << QStringLiteral("lang:es beat:economy country:Guatemala country:Honduras") << QStringList { tomas };
        QTest::newRow("country without accent") << QStringLiteral("country:panama") << QStringList { lucia };
        QTest::newRow("outlet quoted") << QStringLiteral("outlet:\"diario del\"") << QStringList { lucia };
        QTest::newRow("email domain") << QStringLiteral("email:ledger.example") << QStringList { owen };
        QTest::newRow("name") << QStringLiteral("name:tomas") << QStringList { tomas };
        QTest::newRow("release filter ignored") << QStringLiteral("status:draft barrow") << QStringList { owen };
    }

    void searchWithTheQueryLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        test::TestDatabase fixture;
        ContactRepository repository(fixture.db());
        addNewsroom(repository);
        QCOMPARE(names(repository.search(query)), expected);
    }

    void filterNotes()
    {
        QVERIFY(
            ContactFilter::parse(QStringLiteral("status:draft")).notes().value(0).contains(QLatin1String("status")));
        QVERIFY(ContactFilter::parse(QStringLiteral("lang:es")).notes().isEmpty());
    }

    void listsAndMembers()
    {
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        addNewsroom(contacts);
        MediaListRepository lists(fixture.db());
        MediaList list;
        list.name = QStringLiteral("Economy desk");
        list.description = QStringLiteral("Spanish-language economy reporters");
        list.filter = QStringLiteral("lang:es beat:economy");
        list.memberIds = { contacts.findByEmail(QStringLiteral("owen@ledger.example")) };
        QVERIFY2(lists.save(list), qPrintable(lists.errorString()));
        MediaList loaded = *lists.loadByName(QStringLiteral("economy DESK"));
        QCOMPARE(loaded.id, list.id);
        QCOMPARE(loaded.filter, list.filter);
        QCOMPARE(loaded.description, list.description);
        QCOMPARE(loaded.memberIds, list.memberIds);

        const qint64 helene = contacts.findByEmail(QStringLiteral("h.marchetti@gazette.example"));
        QVERIFY(lists.addMembers(list.id, { helene, helene }));
        QCOMPARE(lists.load(list.id)->memberIds.size(), 2);
        loaded = *lists.load(list.id);
        loaded.memberIds.removeOne(helene);
        QVERIFY(lists.save(loaded));
        QCOMPARE(lists.load(list.id)->memberIds, list.memberIds);

        MediaList twin;
        twin.name = QStringLiteral("ECONOMY desk");
        QVERIFY(!lists.save(twin));
        QVERIFY(lists.errorString().contains(QLatin1String("already a list")));

        // A contact deleted for good leaves its lists.
        QVERIFY(contacts.remove(list.memberIds.first()));
        QVERIFY(lists.load(list.id)->memberIds.isEmpty());
        QVERIFY(lists.remove(list.id));
        QVERIFY(!lists.loadByName(QStringLiteral("Economy desk")));
    }

    void resolveRecipients()
    {
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        addNewsroom(contacts);
        MediaContact blocked = contact(QStringLiteral("Pilar Quesada"), QStringLiteral("Semanario Sur"),
            QStringLiteral("pilar@sur.example"), { QStringLiteral("es") }, QStringLiteral("Honduras"),
            { QStringLiteral("economy") });
        blocked.doNotContact = true;
        QVERIFY(contacts.save(blocked));
        MediaContact bounced =
            contact(QStringLiteral("Iván Rocha"), QStringLiteral("Canal 9"), QStringLiteral("ivan@canal9.example"),
                { QStringLiteral("es") }, QStringLiteral("Honduras"), { QStringLiteral("economy") });
        bounced.bouncedAt = QDateTime(QDate(2026, 6, 2), QTime(10, 0), QTimeZone::utc());
        bounced.bounceReply = QStringLiteral("550 no such user");
        QVERIFY(contacts.save(bounced));
        MediaContact silent = contact(QStringLiteral("Sin Correo"), {}, {}, { QStringLiteral("es") }, {}, {});
        QVERIFY(contacts.save(silent));

        MediaListRepository lists(fixture.db());
        MediaList economy;
        economy.name = QStringLiteral("Economy desk");
        economy.filter = QStringLiteral("lang:es beat:economy");
        economy.memberIds = { silent.id };
        QVERIFY(lists.save(economy));
        MediaList english;
        english.name = QStringLiteral("English speakers");
        english.memberIds = { contacts.findByEmail(QStringLiteral("tixcot@altiplano.example")),
            contacts.findByEmail(QStringLiteral("owen@ledger.example")) };
        QVERIFY(lists.save(english));

        RecipientResolver resolver(fixture.db());
        QList<RecipientResolver::Exclusion> excluded;
        QString error;
        const auto recipients = resolver.resolve({ QStringLiteral("Economy desk"), QStringLiteral("english SPEAKERS") },
            { contacts.findByEmail(QStringLiteral("lucia.ordonez@istmo.example")) }, &excluded, &error);
        QVERIFY2(recipients, qPrintable(error));
        // Tomás is on both lists and Lucía on one and picked by hand: one message each.
        QCOMPARE(addresses(*recipients),
            (QStringList { QStringLiteral("lucia.ordonez@istmo.example"), QStringLiteral("tixcot@altiplano.example"),
                QStringLiteral("owen@ledger.example") }));
        const Recipient &tomas = recipients->at(1);
        QCOMPARE(tomas.name, QStringLiteral("Tomás Ixcot"));
        QCOMPARE(tomas.languages, (QStringList { QStringLiteral("es"), QStringLiteral("en") }));
        QVERIFY(tomas.contactId > 0);

        QCOMPARE(excluded.size(), 3);
        QStringList reasons;
        for (const RecipientResolver::Exclusion &exclusion : excluded)
            reasons.append(exclusion.name + QLatin1Char(':') + exclusion.reasonKey());
        reasons.sort();
        QCOMPARE(reasons,
            (QStringList { QStringLiteral("Iván Rocha:bounced"), QStringLiteral("Pilar Quesada:do_not_contact"),
                QStringLiteral("Sin Correo:no_email") }));
        for (const RecipientResolver::Exclusion &exclusion : excluded) {
            if (exclusion.reason == RecipientResolver::Exclusion::Reason::Bounced)
                QVERIFY(exclusion.reasonText().contains(QLatin1String("550 no such user")));
        }

        QVERIFY(!resolver.resolve({ QStringLiteral("Nobody's list") }, {}, nullptr, &error));
        QVERIFY(error.contains(QLatin1String("Nobody's list")));
        QVERIFY(!resolver.resolve({}, { 999999 }, nullptr, &error));
        QVERIFY(error.contains(QLatin1String("999999")));
    }

    void sameAddressInTwoContacts()
    {
        // Two contacts can share an address written in different case only if stored before
        // the check existed; the resolver still sends once.
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        addNewsroom(contacts);
        MediaListRepository lists(fixture.db());
        MediaList all;
        all.name = QStringLiteral("All");
        all.filter = QStringLiteral("economy OR health");
        QVERIFY(lists.save(all));
        RecipientResolver resolver(fixture.db());
        QString error;
        const auto recipients = resolver.resolve({ QStringLiteral("All"), QStringLiteral("all") }, {}, nullptr, &error);
        QVERIFY2(recipients, qPrintable(error));
        QCOMPARE(recipients->size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMediaContacts)
#include "tst_mediacontacts.moc"
