#include "releaseeditor/releaseeditor.h"
#include "storage/database.h"
#include "storage/releaserepository.h"
#include "storage/teamrepository.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QStandardItemModel>
#include <QTest>

using namespace pressdesk;

// The release editor on a team newsroom: its status control offers only the moves the
// person's role allows, and says why the others are unavailable.
class TestTeamReleaseEditor : public QObject
{
    Q_OBJECT

private:
    QString m_owner;

    QString as(const QString &login) const
    {
        QString uri = m_owner;
        return uri.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + login);
    }

    struct Offer
    {
        QStringList enabled;
        QString approvedTip;
    };

    static Offer offered(Database &database, qint64 id)
    {
        ReleaseEditor editor(database);
        if (!editor.load(id))
            qFatal("cannot load release %lld", id);
        auto *combo = editor.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        Offer offer;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row)->isEnabled())
                offer.enabled.append(model->item(row)->data(Qt::UserRole).toString());
            if (model->item(row)->data(Qt::UserRole).toString() == QLatin1String("approved"))
                offer.approvedTip = model->item(row)->toolTip();
        }
        return offer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_owner = test::newPostgresNewsroom();
        Database owner;
        QVERIFY(owner.open(m_owner));
        TeamRepository team(owner);
        for (const auto &[name, role] : { std::pair { "lena", "contributor" }, std::pair { "omar", "editor" },
                 std::pair { "rita", "publisher" } }) {
            TeamRepository::Person person;
            person.name = QLatin1String(name);
            person.role = QLatin1String(role);
            QVERIFY2(team.addPerson(person, QStringLiteral("Tern-Quill-%1").arg(QLatin1String(name))),
                qPrintable(team.errorString()));
        }
    }

    void eachRoleIsOfferedItsMoves()
    {
        Database lena;
        QVERIFY2(lena.open(as(QStringLiteral("lena"))), qPrintable(lena.errorString()));
        Release release;
        release.headline = QStringLiteral("Harbour ferry adds a night crossing");
        release.releaseDate = QDate(2026, 10, 2);
        QVERIFY(ReleaseRepository(lena).save(release));

        const Offer contributor = offered(lena, release.id);
        QCOMPARE(contributor.enabled, (QStringList { QStringLiteral("draft"), QStringLiteral("in_review") }));
        QVERIFY2(contributor.approvedTip.contains(QLatin1String("contributor")), qPrintable(contributor.approvedTip));

        Database omar;
        QVERIFY(omar.open(as(QStringLiteral("omar"))));
        QCOMPARE(offered(omar, release.id).enabled,
            (QStringList { QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved") }));
        Database rita;
        QVERIFY(rita.open(as(QStringLiteral("rita"))));
        QCOMPARE(offered(rita, release.id).enabled.size(), 5);

        // Someone else's draft: nothing but where it is.
        Release theirs;
        theirs.headline = QStringLiteral("Night crossing timetable published");
        theirs.releaseDate = QDate(2026, 10, 3);
        QVERIFY(ReleaseRepository(omar).save(theirs));
        const Offer notMine = offered(lena, theirs.id);
        QCOMPARE(notMine.enabled, QStringList { QStringLiteral("draft") });
        QVERIFY2(notMine.approvedTip.contains(QLatin1String("omar")), qPrintable(notMine.approvedTip));
    }
};

QTEST_MAIN(TestTeamReleaseEditor)
#include "tst_teamreleaseeditor.moc"
