#include "connect/passwordchangedialog.h"
#include "connect/serverlogin.h"
#include "mainwindow/mainwindow.h"
#include "people/addpersondialog.h"
#include "people/peoplecontroller.h"
#include "people/peopledialog.h"
#include "people/reviewqueuebutton.h"
#include "releaseeditor/releaseeditor.h"
#include "storage/database.h"
#include "storage/releaserepository.h"
#include "storage/teamrepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace pressdesk;

// Newsroom ▸ People…, the password chosen at first connection and the reviewers of a release,
// on a real PostgreSQL server with several people connected at once, driven by objectName.
class TestPeopleDialog : public QObject
{
    Q_OBJECT

private:
    QString m_owner;

    QString as(const QString &login) const
    {
        QString uri = m_owner;
        return uri.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + login);
    }

    template<typename T>
    static T *find(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    // Runs work on the next modal dialog of type T once it is open.
    template<typename T>
    static void onDialog(std::function<void(T *)> work)
    {
        QTimer::singleShot(0, qApp, [work] {
            QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()));
            work(qobject_cast<T *>(QApplication::activeModalWidget()));
        });
    }

    static int rowOf(QTableWidget *table, const QString &name)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == name)
                return row;
        }
        return -1;
    }

    TeamRepository::Person personNamed(const QString &name)
    {
        Database owner;
        if (!owner.open(m_owner))
            qFatal("%s", qPrintable(owner.errorString()));
        for (const TeamRepository::Person &person : TeamRepository(owner).people()) {
            if (person.name == name)
                return person;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        m_owner = test::newPostgresNewsroom();
        Database owner;
        QVERIFY(owner.open(m_owner));
        TeamRepository team(owner);
        for (const auto &[name, role] :
            { std::pair { "ada", "admin" }, std::pair { "omar", "editor" }, std::pair { "lena", "contributor" } }) {
            TeamRepository::Person person;
            person.name = QLatin1String(name);
            person.role = QLatin1String(role);
            QVERIFY2(team.addPerson(person, QStringLiteral("Tern-Quill-Long-%1").arg(QLatin1String(name))),
                qPrintable(team.errorString()));
        }
    }

    void peopleIsForAdminsOnly()
    {
        // A file: one person, nothing to manage; the menu says why.
        test::TestDatabase file;
        MainWindow window(file.db());
        auto *menu = find<QMenu>(&window, "newsroomMenu");
        auto *people = window.findChild<QAction *>(QStringLiteral("peopleAction"));
        QVERIFY(people);
        QVERIFY(menu->actions().contains(people));
        QVERIFY(!people->isEnabled());
        QVERIFY2(people->statusTip().contains(QLatin1String("team newsroom")), qPrintable(people->statusTip()));

        QWidget host;
        Database ada;
        QVERIFY(ada.open(as(QStringLiteral("ada"))));
        QVERIFY(PeopleController(ada, &host).peopleAction()->isEnabled());
        Database omar;
        QVERIFY(omar.open(as(QStringLiteral("omar"))));
        const PeopleController editor(omar, &host);
        QVERIFY(!editor.peopleAction()->isEnabled());
        QVERIFY2(editor.peopleAction()->toolTip().contains(QLatin1String("Only admins manage people; you are Editor")),
            qPrintable(editor.peopleAction()->toolTip()));
    }

    void adminAddsChangesAndRemovesPeople()
    {
        Database ada;
        QVERIFY(ada.open(as(QStringLiteral("ada"))));
        PeopleDialog dialog(ada);
        dialog.show();
        auto *table = find<QTableWidget>(&dialog, "peopleTable");
        for (const char *name : { "ada", "lena", "omar" })
            QVERIFY2(rowOf(table, QLatin1String(name)) >= 0, name);
        QCOMPARE(table->item(rowOf(table, QStringLiteral("omar")), 2)->text(), QStringLiteral("Editor"));

        // A login name the server would refuse is refused in the dialog first.
        onDialog<AddPersonDialog>([](AddPersonDialog *add) {
            find<QLineEdit>(add, "personNameEdit")->setText(QStringLiteral("Nina Ortega"));
            QTest::mouseClick(find<QPushButton>(add, "addPersonOkButton"), Qt::LeftButton);
            QVERIFY(find<QLabel>(add, "addPersonProblem")->isVisible());
            add->reject();
        });
        QTest::mouseClick(find<QPushButton>(&dialog, "addPersonButton"), Qt::LeftButton);
        QCOMPARE(rowOf(table, QStringLiteral("Nina Ortega")), -1);

        // A one-time password, shown once.
        onDialog<AddPersonDialog>([](AddPersonDialog *add) {
            find<QLineEdit>(add, "personNameEdit")->setText(QStringLiteral("nina"));
            find<QLineEdit>(add, "personFullNameEdit")->setText(QStringLiteral("Nina Ortega Brandt"));
            auto *role = find<QComboBox>(add, "personRoleCombo");
            role->setCurrentIndex(role->findData(QStringLiteral("editor")));
            QVERIFY(find<QRadioButton>(add, "oneTimePasswordRadio")->isChecked());
            QTest::mouseClick(find<QPushButton>(add, "addPersonOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(&dialog, "addPersonButton"), Qt::LeftButton);
        auto *oneTime = find<QLineEdit>(&dialog, "oneTimePasswordEdit");
        QVERIFY(oneTime->isVisible());
        QCOMPARE(oneTime->text().size(), 20);
        const int nina = rowOf(table, QStringLiteral("nina"));
        QVERIFY(nina >= 0);
        QCOMPARE(table->item(nina, 1)->text(), QStringLiteral("Nina Ortega Brandt"));
        QCOMPARE(table->item(nina, 2)->text(), QStringLiteral("Editor"));
        QVERIFY2(table->item(nina, 3)->text().startsWith(QLatin1String("Not yet")),
            qPrintable(table->item(nina, 3)->text()));
        QVERIFY(personNamed(QStringLiteral("nina")).mustChangePassword);
        QDir().mkpath(QStringLiteral(PEOPLE_SHOTS));
        QVERIFY(dialog.grab().save(QStringLiteral(PEOPLE_SHOTS "/people-dialog.png")));

        // A typed password the person keeps.
        onDialog<AddPersonDialog>([](AddPersonDialog *add) {
            find<QLineEdit>(add, "personNameEdit")->setText(QStringLiteral("tomas"));
            find<QRadioButton>(add, "typedPasswordRadio")->setChecked(true);
            QVERIFY(find<QLineEdit>(add, "personPasswordEdit")->isEnabled());
            find<QLineEdit>(add, "personPasswordEdit")->setText(QStringLiteral("Tide-Window-Rope-9"));
            find<QCheckBox>(add, "mustChangePasswordCheck")->setChecked(false);
            QTest::mouseClick(find<QPushButton>(add, "addPersonOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(&dialog, "addPersonButton"), Qt::LeftButton);
        QVERIFY(rowOf(table, QStringLiteral("tomas")) >= 0);
        QVERIFY(!oneTime->isVisible());
        QCOMPARE(personNamed(QStringLiteral("tomas")).role, QStringLiteral("contributor"));
        QVERIFY(!personNamed(QStringLiteral("tomas")).mustChangePassword);

        // Nina's role changes before she even connected.
        table->selectRow(rowOf(table, QStringLiteral("nina")));
        auto *role = find<QComboBox>(&dialog, "roleCombo");
        QCOMPARE(role->currentData().toString(), QStringLiteral("editor"));
        role->setCurrentIndex(role->findData(QStringLiteral("publisher")));
        QTest::mouseClick(find<QPushButton>(&dialog, "changeRoleButton"), Qt::LeftButton);
        QCOMPARE(personNamed(QStringLiteral("nina")).role, QStringLiteral("publisher"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("nina")), 2)->text(), QStringLiteral("Publisher"));

        // Removed after a question; a "no" keeps them.
        table->selectRow(rowOf(table, QStringLiteral("tomas")));
        dialog.setConfirmer([](const QString &) { return false; });
        QTest::mouseClick(find<QPushButton>(&dialog, "removePersonButton"), Qt::LeftButton);
        QVERIFY(rowOf(table, QStringLiteral("tomas")) >= 0);
        QString asked;
        dialog.setConfirmer([&asked](const QString &question) {
            asked = question;
            return true;
        });
        QTest::mouseClick(find<QPushButton>(&dialog, "removePersonButton"), Qt::LeftButton);
        QVERIFY(asked.contains(QLatin1String("tomas")));
        QCOMPARE(rowOf(table, QStringLiteral("tomas")), -1);
        QVERIFY(personNamed(QStringLiteral("tomas")).name.isEmpty());

        // The server's refusal is shown as it said it: an admin cannot remove themselves.
        table->selectRow(rowOf(table, QStringLiteral("ada")));
        QTest::mouseClick(find<QPushButton>(&dialog, "removePersonButton"), Qt::LeftButton);
        QVERIFY2(find<QLabel>(&dialog, "peopleMessage")->text().contains(QLatin1String("cannot remove themselves")),
            qPrintable(find<QLabel>(&dialog, "peopleMessage")->text()));
    }

    void aOneTimePasswordIsReplacedAtFirstConnection()
    {
        // Without a window: refused and disconnected.
        Database quiet;
        QVERIFY(quiet.open(as(QStringLiteral("nina"))));
        QVERIFY(!ServerLogin::choosePasswordIfAsked(quiet, false));
        QVERIFY(!quiet.isOpen());

        Database nina;
        QVERIFY(nina.open(as(QStringLiteral("nina"))));
        QVERIFY(TeamRepository(nina).mustChangePassword());
        QCOMPARE(TeamRepository(nina).currentRole(), QString());
        bool mismatchShown = false;
        onDialog<PasswordChangeDialog>([&mismatchShown](PasswordChangeDialog *change) {
            find<QLineEdit>(change, "newPasswordEdit")->setText(QStringLiteral("Lighthouse-Keeper-3"));
            find<QLineEdit>(change, "repeatPasswordEdit")->setText(QStringLiteral("Lighthouse-Keeper-4"));
            QTest::mouseClick(find<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
            mismatchShown = find<QLabel>(change, "passwordProblem")->text().contains(QLatin1String("differ"));
            find<QLineEdit>(change, "repeatPasswordEdit")->setText(QStringLiteral("Lighthouse-Keeper-3"));
            QTest::mouseClick(find<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
        });
        QVERIFY(ServerLogin::choosePasswordIfAsked(nina, true));
        QVERIFY(mismatchShown);
        QVERIFY(nina.isOpen());
        QVERIFY(!TeamRepository(nina).mustChangePassword());
        // The role she was given while waiting is hers now, in the same session.
        QCOMPARE(TeamRepository(nina).currentRole(), QStringLiteral("publisher"));
        ReleaseRepository releases(nina);
        releases.summaries({});
        QVERIFY2(releases.errorString().isEmpty(), qPrintable(releases.errorString()));
    }

    void anAdminResetsAPassword()
    {
        Database ada;
        QVERIFY(ada.open(as(QStringLiteral("ada"))));
        PeopleDialog dialog(ada);
        dialog.show();
        auto *table = find<QTableWidget>(&dialog, "peopleTable");
        auto *reset = find<QPushButton>(&dialog, "resetPasswordButton");
        QVERIFY(!reset->isEnabled());
        table->selectRow(rowOf(table, QStringLiteral("nina")));
        QString asked;
        dialog.setConfirmer([&asked](const QString &question) {
            asked = question;
            return true;
        });
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(asked.contains(QLatin1String("nina")));
        auto *oneTime = find<QLineEdit>(&dialog, "oneTimePasswordEdit");
        QVERIFY(oneTime->isVisible());
        QCOMPARE(oneTime->text().size(), 20);
        QVERIFY(table->item(rowOf(table, QStringLiteral("nina")), 3)->text().startsWith(QLatin1String("Not yet")));

        // Until she chooses her own again the server grants her nothing; then her role is back.
        Database nina;
        QVERIFY(nina.open(as(QStringLiteral("nina"))));
        QVERIFY(TeamRepository(nina).mustChangePassword());
        QCOMPARE(TeamRepository(nina).currentRole(), QString());
        QVERIFY(TeamRepository(nina).changePassword(QStringLiteral("Lighthouse-Keeper-5")));
        QCOMPARE(TeamRepository(nina).currentRole(), QStringLiteral("publisher"));

        // An admin's own password is not reset this way; the server says so.
        table->selectRow(rowOf(table, QStringLiteral("ada")));
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY2(find<QLabel>(&dialog, "peopleMessage")->text().contains(QLatin1String("their own password")),
            qPrintable(find<QLabel>(&dialog, "peopleMessage")->text()));
        QVERIFY(!oneTime->isVisible());
        QVERIFY(!personNamed(QStringLiteral("ada")).mustChangePassword);
    }

    void reviewersFindTheReleaseForTheirReview()
    {
        Database lena;
        QVERIFY(lena.open(as(QStringLiteral("lena"))));
        Release release;
        release.headline = QStringLiteral("River ferry adds an evening crossing");
        release.releaseDate = QDate(2026, 10, 2);
        release.datelineCity = QStringLiteral("Rosario");
        release.datelineCountry = QStringLiteral("Argentina");
        release.lead = QStringLiteral("The river ferry adds an evening crossing from Monday.");
        release.body = QStringLiteral("Boats leave every hour until ten at night.");
        QVERIFY(ReleaseRepository(lena).save(release));

        ReleaseEditor editor(lena);
        QVERIFY(editor.load(release.id));
        auto *status = find<QComboBox>(&editor, "statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("in_review")));
        // Cancelled: nothing is saved.
        QStringList offered;
        editor.setReviewerChooser([&offered](const QStringList &candidates) {
            offered = candidates;
            return QStringList {};
        });
        QVERIFY(!editor.save());
        QCOMPARE(offered, (QStringList { QStringLiteral("ada"), QStringLiteral("nina"), QStringLiteral("omar") }));
        QCOMPARE(ReleaseRepository(lena).load(release.id)->status, ReleaseStatus::Draft);

        editor.setReviewerChooser([](const QStringList &) { return QStringList { QStringLiteral("omar") }; });
        QVERIFY(editor.save());
        QCOMPARE(ReleaseRepository(lena).load(release.id)->status, ReleaseStatus::InReview);
        QCOMPARE(TeamRepository(lena).reviewers(release.id), QStringList { QStringLiteral("omar") });

        // Omar's window counts it and lists it (and not his own draft); Ada, not asked, sees no
        // such entry.
        Database omar;
        QVERIFY(omar.open(as(QStringLiteral("omar"))));
        Release own;
        own.headline = QStringLiteral("Ferry fares stay the same next year");
        own.releaseDate = QDate(2026, 10, 5);
        QVERIFY(ReleaseRepository(omar).save(own));
        MainWindow window(omar);
        window.show();
        auto *queue = find<ReviewQueueButton>(&window, "forMyReviewButton");
        QVERIFY(queue->isVisible());
        QCOMPARE(queue->text(), QStringLiteral("For My Review (1)"));
        QTest::mouseClick(queue, Qt::LeftButton);
        auto *list = find<QTableView>(&window, "releasesList");
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 20000);

        Database ada;
        QVERIFY(ada.open(as(QStringLiteral("ada"))));
        ReviewQueueButton adaQueue(ada);
        QCOMPARE(adaQueue.count(), 0);

        // Approved: off Omar's list at the next count.
        QVERIFY(ReleaseRepository(omar).load(release.id));
        Release approved = *ReleaseRepository(omar).load(release.id);
        approved.status = ReleaseStatus::Approved;
        QVERIFY(ReleaseRepository(omar).save(approved));
        queue->recount();
        QCOMPARE(queue->count(), 0);
        QVERIFY(!queue->isVisible());
    }
};

QTEST_MAIN(TestPeopleDialog)
#include "tst_peopledialog.moc"
