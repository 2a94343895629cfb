#include "distribution/mailaddress.h"
#include "distribution/mailtexts.h"

#include <QTest>
#include <QTimeZone>

using namespace pressdesk;

// The words around a release e-mail in the recipient's language, and addresses as typed.
class TestMailTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greetingsPerLanguage()
    {
        QCOMPARE(
            MailTexts::greeting(QStringLiteral("en"), QStringLiteral("Ana Ruiz")), QStringLiteral("Dear Ana Ruiz,"));
        QCOMPARE(MailTexts::greeting(QStringLiteral("es"), QStringLiteral("Ana Ruiz")),
            QStringLiteral("Estimada/o Ana Ruiz:"));
        QCOMPARE(MailTexts::greeting(QStringLiteral("fr"), QStringLiteral("Anne Martin")),
            QStringLiteral("Madame, Monsieur,"));
        QCOMPARE(
            MailTexts::greeting(QStringLiteral("en"), QStringLiteral("Ana"), true), QStringLiteral("Dear colleagues,"));
        QCOMPARE(MailTexts::greeting(QStringLiteral("en"), QStringLiteral("Eve\r\nBcc: x@example.org")),
            QStringLiteral("Dear Eve Bcc: x@example.org,"));
    }

    void embargoPrefixInTheVersionsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("EMBARGOED UNTIL 15 July 2026, 09:00 ");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("EMBARGADO HASTA EL 15 de julio de 2026, 09:00 ");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("SOUS EMBARGO JUSQU");
    }

    void embargoPrefixInTheVersionsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, prefix);
        Release release;
        release.language = language;
        release.headline = QStringLiteral("A headline\nwith a break");
        release.embargoUntil = QDateTime(QDate(2026, 7, 15), QTime(15, 0), Qt::UTC);
        release.embargoTimeZone = QStringLiteral("America/Costa_Rica");
        const QString subject = MailTexts::subject(release);
        QVERIFY2(subject.startsWith(prefix, Qt::CaseInsensitive), qPrintable(subject));
        QVERIFY(subject.endsWith(QStringLiteral(" – A headline with a break")));
        QVERIFY(subject.contains(QLatin1String("2026")));
        release.embargoUntil = {};
        QCOMPARE(MailTexts::subject(release), QStringLiteral("A headline with a break"));
    }

    void addressesAsTyped()
    {
        QString error;
        const auto ana = MailAddress::parse(QStringLiteral("Ana Ruiz <ana@example.org>;es, EN"), &error);
        QVERIFY(ana);
        QCOMPARE(ana->name, QStringLiteral("Ana Ruiz"));
        QCOMPARE(ana->email, QStringLiteral("ana@example.org"));
        QCOMPARE(ana->languages, (QStringList { QStringLiteral("es"), QStringLiteral("en") }));
        QVERIFY(MailAddress::parse(QStringLiteral("bob@example.org"), &error));
        QVERIFY(!MailAddress::parse(QStringLiteral("Eve <x@y>\r\nBcc: v@example.org"), &error));
        QVERIFY(!MailAddress::parse(QStringLiteral("Ana <ana@example.org>;spanish"), &error));
        QVERIFY(!MailAddress::parse(QStringLiteral("not an address"), &error));
        QVERIFY(MailAddress::isValidUnsubscribe(QStringLiteral("mailto:unsubscribe@example.org")));
        QVERIFY(MailAddress::isValidUnsubscribe(QStringLiteral("https://example.org/unsubscribe?id=1")));
        QVERIFY(!MailAddress::isValidUnsubscribe(QStringLiteral("https://example.org/x>\r\nX-Evil: 1")));
        QVERIFY(!MailAddress::isValidUnsubscribe(QStringLiteral("javascript:alert(1)")));
    }
};

QTEST_GUILESS_MAIN(TestMailTexts)
#include "tst_mailtexts.moc"
