#include "editor/editorbar.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "releaseeditor/releaseeditor.h"
#include "releaseeditor/releasepresence.h"
#include "storage/database.h"
#include "storage/presencerepository.h"
#include "storage/query.h"
#include "storage/releaserepository.h"
#include "storage/storageerror.h"
#include "storage/teamrepository.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <string_view>

using namespace pressdesk;

// The release editor on a team newsroom: its status control offers only the moves the
// person's role allows, and says why the others are unavailable; two people working on one
// release through it (review, approval, an edit after approval, publishing), the edit lock
// shown to the second person, lapsing and cleared by an admin, and the changed-elsewhere bar.
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

    // A person's window on the newsroom: their own connection, hearing the others' commits.
    std::unique_ptr<Database> person(const QString &login) const
    {
        auto database = std::make_unique<Database>();
        if (!database->open(as(login)))
            qFatal("%s cannot connect: %s", qPrintable(login), qPrintable(database->errorString()));
        database->watchOtherWriters(60'000);
        return database;
    }

    // An editor as a person opens it, its heartbeat as often as the test asks.
    static std::unique_ptr<ReleaseEditor> open(Database &database, qint64 id, int heartbeatMs = 60'000)
    {
        auto editor = std::make_unique<ReleaseEditor>(database);
        editor->presence()->setHeartbeatInterval(heartbeatMs);
        // No message box in a test: reloading an editor with unsaved changes is asked by the
        // tests that mean it.
        editor->setReloadChooser([] {
            qWarning("unexpected question before reloading");
            return ReleaseEditor::ReloadChoice::Cancel;
        });
        if (!editor->load(id))
            qFatal("cannot load release %lld", id);
        return editor;
    }

    template<typename T>
    static T *find(QWidget *editor, const char *name)
    {
        auto *widget = editor->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    static EditorBar *bar(QWidget *editor, const char *name) { return find<EditorBar>(editor, name); }

    static void setStatus(ReleaseEditor &editor, const char *status)
    {
        auto *combo = find<QComboBox>(&editor, "statusCombo");
        combo->setCurrentIndex(combo->findData(QLatin1String(status)));
    }

    static qint64 draft(Database &database, const QString &headline)
    {
        Release release = test::TestDatabase::makeCompleteRelease(headline, ReleaseStatus::Draft);
        if (!ReleaseRepository(database).save(release))
            qFatal("cannot save a draft");
        return release.id;
    }

    static ReleaseStatus stored(Database &database, qint64 id) { return ReleaseRepository(database).load(id)->status; }

private Q_SLOTS:
    void initTestCase()
    {
        m_owner = test::newPostgresNewsroom();
        Database owner;
        QVERIFY(owner.open(m_owner));
        TeamRepository team(owner);
        for (const auto &[name, role] : { std::pair { "lena", "contributor" }, std::pair { "omar", "editor" },
                 std::pair { "rita", "publisher" }, std::pair { "anna", "admin" } }) {
            TeamRepository::Person person;
            person.name = QLatin1String(name);
            person.role = QLatin1String(role);
            person.fullName = name == std::string_view("omar") ? QStringLiteral("Omar Haddad") : QString();
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

    // A release this person's role may not change opens for reading: a bar says why, the form
    // is read-only, and a save says so instead of sending what the server refuses (which
    // showed the server's SQL and CONTEXT lines under the form).
    void aReleaseThisRoleMayNotChangeOpensForReading()
    {
        const auto omar = person(QStringLiteral("omar"));
        const auto lena = person(QStringLiteral("lena"));
        const qint64 id = draft(*omar, QStringLiteral("Ferry fares stay the same"));
        const auto theirs = open(*lena, id);
        QVERIFY(theirs->isReadOnly());
        EditorBar *rights = bar(theirs.get(), "rightsBar");
        QVERIFY(!rights->isHidden());
        QVERIFY2(rights->text().contains(QLatin1String("only their own releases")), qPrintable(rights->text()));
        QVERIFY(!find<QPushButton>(theirs.get(), "saveButton")->isEnabled());
        QVERIFY(!find<QLineEdit>(theirs.get(), "headlineEdit")->isEnabled());
        // The bar's text shows whole inside the bar (given while the editor was hidden and
        // narrow, it was laid out for a taller bar and drawn outside it: an empty strip).
        theirs->resize(1100, 700);
        theirs->show();
        QVERIFY(QTest::qWaitForWindowExposed(theirs.get()));
        auto *rightsText = find<QLabel>(theirs.get(), "rightsBarText");
        QTRY_VERIFY(rightsText->height() >= rightsText->heightForWidth(rightsText->width()));
        QVERIFY2(rightsText->geometry().bottom() < rights->height(),
            qPrintable(QStringLiteral("text %1-%2, bar %3")
                           .arg(rightsText->y())
                           .arg(rightsText->geometry().bottom())
                           .arg(rights->height())));
        QSignalSpy notices(theirs.get(), &EditorPage::notice);
        QVERIFY(!theirs->save());
        QCOMPARE(notices.count(), 1);
        QVERIFY2(notices.constFirst().constFirst().toString().contains(QLatin1String("only their own releases")),
            qPrintable(notices.constFirst().constFirst().toString()));

        // Her own draft opens for writing, without the bar.
        const qint64 mine = draft(*lena, QStringLiteral("Ferry timetable for the holidays"));
        const auto own = open(*lena, mine);
        QVERIFY(!own->isReadOnly());
        QVERIFY(bar(own.get(), "rightsBar")->isHidden());

        // A save the server refuses all the same reads as its rule, not as SQL.
        std::optional<Release> changed = ReleaseRepository(*lena).load(id);
        QVERIFY(changed);
        changed->headline += QStringLiteral(" (changed)");
        ReleaseRepository repository(*lena);
        QVERIFY(!repository.save(*changed));
        const QString refused = repository.errorString();
        QVERIFY2(refused.startsWith(QLatin1String("Not allowed on this team newsroom: "))
                && refused.contains(QLatin1String("lena")) && !refused.contains(QLatin1String("CONTEXT"))
                && !refused.contains(QLatin1String("failed")),
            qPrintable(refused));
    }

    void reviewApprovalAndPublishingBetweenTwoPeople()
    {
        const auto lena = person(QStringLiteral("lena"));
        const auto omar = person(QStringLiteral("omar"));
        const qint64 id = draft(*lena, QStringLiteral("Ferry crosses the harbour at night"));

        // Lena opens her draft: she holds it. Omar sees who, in the list and in his editor.
        const auto mine = open(*lena, id);
        QVERIFY(!mine->isReadOnly());
        QVERIFY(bar(mine.get(), "presenceBar")->isHidden());
        ReleaseListModel list(*omar);
        while (list.canFetchMore({}))
            list.fetchMore({});
        list.refreshPresence();
        const QModelIndex headline = list.index(list.rowOfId(id), ReleaseListModel::Headline);
        QVERIFY2(QRegularExpression(QStringLiteral("^Being edited by lena since [0-9]{1,2}:[0-9]{2}( [AP]M)?$"))
                     .match(headline.data(PresenceRole).toString())
                     .hasMatch(),
            qPrintable(headline.data(PresenceRole).toString()));
        QVERIFY2(headline.data(Qt::ToolTipRole).toString().contains(QLatin1String("Being edited by lena since")),
            qPrintable(headline.data(Qt::ToolTipRole).toString()));
        const auto theirs = open(*omar, id);
        QVERIFY(theirs->isReadOnly());
        QVERIFY(!find<QPushButton>(theirs.get(), "saveButton")->isEnabled());
        QVERIFY(!theirs->save());
        QVERIFY(!bar(theirs.get(), "presenceBar")->isHidden());
        QVERIFY2(bar(theirs.get(), "presenceBar")->text().startsWith(QLatin1String("Being edited by lena since")),
            qPrintable(bar(theirs.get(), "presenceBar")->text()));
        // Only admins clear someone's lock.
        QVERIFY(find<QPushButton>(theirs.get(), "presenceClearButton")->isHidden());

        // Omar edits anyway while Lena types; his save reaches her as the changed-elsewhere bar.
        find<QPushButton>(theirs.get(), "presenceEditButton")->click();
        QVERIFY(!theirs->isReadOnly());
        find<QPlainTextEdit>(theirs.get(), "leadEdit")->setPlainText(QStringLiteral("Night boats start in May."));
        QVERIFY(theirs->save());
        find<QLineEdit>(mine.get(), "headlineEdit")->setText(QStringLiteral("Night ferry: Lena's headline"));
        QTRY_VERIFY(!bar(mine.get(), "changedBar")->isHidden());
        QVERIFY2(bar(mine.get(), "changedBar")->text().startsWith(QLatin1String("Changed by Omar Haddad at")),
            qPrintable(bar(mine.get(), "changedBar")->text()));
        // Reload with unsaved changes asks first; cancelling keeps them.
        int asked = 0;
        mine->setReloadChooser([&asked] {
            ++asked;
            return asked == 1 ? ReleaseEditor::ReloadChoice::Cancel : ReleaseEditor::ReloadChoice::Reload;
        });
        find<QPushButton>(mine.get(), "changedReloadButton")->click();
        QCOMPARE(asked, 1);
        QVERIFY(mine->isModified());
        QCOMPARE(find<QLineEdit>(mine.get(), "headlineEdit")->text(), QStringLiteral("Night ferry: Lena's headline"));
        find<QPushButton>(mine.get(), "changedReloadButton")->click();
        QCOMPARE(asked, 2);
        QVERIFY(!mine->isModified());
        QVERIFY(bar(mine.get(), "changedBar")->isHidden());
        QCOMPARE(
            find<QPlainTextEdit>(mine.get(), "leadEdit")->toPlainText(), QStringLiteral("Night boats start in May."));

        // Lena asks Omar to review; he approves.
        mine->setReviewerChooser([](const QStringList &candidates) {
            return candidates.contains(QLatin1String("omar")) ? QStringList { QStringLiteral("omar") } : QStringList();
        });
        setStatus(*mine, "in_review");
        QVERIFY(mine->save());
        QCOMPARE(TeamRepository(*omar).forMyReview(), QList<qint64> { id });
        QTRY_VERIFY(!bar(theirs.get(), "changedBar")->isHidden());
        find<QPushButton>(theirs.get(), "changedReloadButton")->click();
        setStatus(*theirs, "approved");
        QVERIFY(theirs->save());
        QCOMPARE(stored(*lena, id), ReleaseStatus::Approved);
        QCOMPARE(TeamRepository(*lena).approvals(id).size(), 1);

        // An edit after approval sends it back to review, and the editor says so.
        QSignalSpy notices(theirs.get(), &EditorPage::notice);
        find<QLineEdit>(theirs.get(), "headlineEdit")->setText(QStringLiteral("Night ferry across the harbour"));
        QVERIFY(theirs->save());
        QCOMPARE(stored(*lena, id), ReleaseStatus::InReview);
        QCOMPARE(find<QComboBox>(theirs.get(), "statusCombo")->currentData().toString(), QStringLiteral("in_review"));
        QVERIFY(!notices.isEmpty());
        QVERIFY2(notices.constLast().at(0).toString().contains(QLatin1String("back in review")),
            qPrintable(notices.constLast().at(0).toString()));
        setStatus(*theirs, "approved");
        QVERIFY(theirs->save());

        // Rita publishes; Lena's editor shows the new state after a reload.
        const auto rita = person(QStringLiteral("rita"));
        const auto publisher = open(*rita, id);
        QVERIFY(publisher->isReadOnly());
        find<QPushButton>(publisher.get(), "presenceEditButton")->click();
        setStatus(*publisher, "published");
        QVERIFY(publisher->save());
        QCOMPARE(stored(*omar, id), ReleaseStatus::Published);
        QTRY_VERIFY(!bar(mine.get(), "changedBar")->isHidden());
        find<QPushButton>(mine.get(), "changedReloadButton")->click();
        QCOMPARE(find<QComboBox>(mine.get(), "statusCombo")->currentData().toString(), QStringLiteral("published"));
        QCOMPARE(TeamRepository(*lena).approvals(id).size(), 2);
    }

    void presenceLapsesAndAdminsClearIt()
    {
        const auto lena = person(QStringLiteral("lena"));
        const auto omar = person(QStringLiteral("omar"));
        const auto anna = person(QStringLiteral("anna"));
        const qint64 id = draft(*lena, QStringLiteral("Harbour lights switched to LED"));

        // Lena's window stops answering with the release open: no more heartbeats.
        auto mine = open(*lena, id, 3'600'000);
        const auto theirs = open(*omar, id, 20);
        QVERIFY(theirs->isReadOnly());
        ReleaseListModel list(*omar);
        while (list.canFetchMore({}))
            list.fetchMore({});
        list.refreshPresence();
        QCOMPARE(list.presenceText(id).isEmpty(), false);

        // The server's clock moves past the expiry (three minutes, none of which the test waits).
        Database owner;
        QVERIFY(owner.open(m_owner));
        Query(owner.connection(),
            QStringLiteral("UPDATE edit_locks SET heartbeat_at = '2026-01-01T00:00:00.000Z' WHERE release_id = ?"))
            .bind(0, id)
            .exec();
        list.refreshPresence();
        QCOMPARE(list.presenceText(id), QString());
        // Omar's next heartbeat finds the lock lapsed and takes it: his form is editable.
        QTRY_VERIFY(!theirs->isReadOnly());
        QVERIFY(bar(theirs.get(), "presenceBar")->isHidden());
        const QList<PresenceRepository::Lock> held = PresenceRepository(owner).locks(false);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.constFirst().holder, QStringLiteral("omar"));
        // Lena's window, back, keeps her text but says who holds the release now.
        mine->presence()->refresh();
        QVERIFY(!mine->isReadOnly());
        QCOMPARE(mine->presence()->mode(), ReleasePresence::Mode::EditingAnyway);
        QVERIFY(bar(mine.get(), "presenceBar")->text().startsWith(QLatin1String("Being edited by Omar Haddad")));

        // The server holds the rules: nobody writes the locks directly, nobody but the holder
        // lets go of one, and only admins clear someone else's.
        QVERIFY_THROWS_EXCEPTION(StorageError,
            Query(lena->connection(), QStringLiteral("DELETE FROM edit_locks WHERE release_id = ?"))
                .bind(0, id)
                .exec());
        QVERIFY(!PresenceRepository(*lena).release(id));
        PresenceRepository lenaPresence(*lena);
        QVERIFY(!lenaPresence.clear(id));
        QVERIFY2(lenaPresence.errorString().contains(QLatin1String("permission denied")),
            qPrintable(lenaPresence.errorString()));
        QCOMPARE(PresenceRepository(owner).locks(false).size(), 1);

        // Anna, an admin, clears Omar's lock from the bar and takes the release.
        auto admin = open(*anna, id);
        QVERIFY(admin->isReadOnly());
        QPushButton *clear = find<QPushButton>(admin.get(), "presenceClearButton");
        QVERIFY(!clear->isHidden());
        clear->click();
        QVERIFY(!admin->isReadOnly());
        QCOMPARE(PresenceRepository(owner).locks(false).constFirst().holder, QStringLiteral("anna"));
        QTRY_VERIFY(!bar(theirs.get(), "presenceBar")->isHidden());
        QVERIFY(!theirs->isReadOnly());

        // Closing the editor lets go.
        mine.reset();
        const auto before = PresenceRepository(owner).locks(false);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.constFirst().holder, QStringLiteral("anna"));
        admin.reset();
        QVERIFY(PresenceRepository(owner).locks(false).isEmpty());
    }

    void compareKeepsWhatIsChosenOnTopOfTheirs()
    {
        const auto lena = person(QStringLiteral("lena"));
        const auto omar = person(QStringLiteral("omar"));
        const qint64 id = draft(*lena, QStringLiteral("Ferry timetable for the winter"));
        const auto mine = open(*lena, id);
        const auto theirs = open(*omar, id);
        find<QPushButton>(theirs.get(), "presenceEditButton")->click();
        find<QPlainTextEdit>(theirs.get(), "leadEdit")->setPlainText(QStringLiteral("Omar's lead."));
        find<QLineEdit>(theirs.get(), "headlineEdit")->setText(QStringLiteral("Omar's headline"));
        QVERIFY(theirs->save());

        find<QLineEdit>(mine.get(), "headlineEdit")->setText(QStringLiteral("Lena's headline"));
        QTRY_VERIFY(!bar(mine.get(), "changedBar")->isHidden());
        // Compare: her headline, his lead; saved on top of his version, no conflict left.
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("conflictDialog"));
            dialog->findChild<QRadioButton *>(QStringLiteral("leadTheirs"))->setChecked(true);
            dialog->findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
        });
        find<QPushButton>(mine.get(), "changedCompareButton")->click();
        QVERIFY(bar(mine.get(), "changedBar")->isHidden());
        QVERIFY(mine->isModified());
        QCOMPARE(find<QPlainTextEdit>(mine.get(), "leadEdit")->toPlainText(), QStringLiteral("Omar's lead."));
        QVERIFY(mine->save());
        const Release saved = *ReleaseRepository(*omar).load(id);
        QCOMPARE(saved.headline, QStringLiteral("Lena's headline"));
        QCOMPARE(saved.lead, QStringLiteral("Omar's lead."));
        // His version stays in the history.
        QVERIFY(ReleaseRepository(*omar).revisions(id).size() >= 3);
    }

    void aFileShowsNoPresence()
    {
        test::TestDatabase file;
        QVERIFY(!file.db().isServer());
        const qint64 id = draft(file.db(), QStringLiteral("One person, one file"));
        const auto first = open(file.db(), id);
        const auto second = open(file.db(), id);
        QVERIFY(!second->isReadOnly());
        QVERIFY(bar(second.get(), "presenceBar")->isHidden());
        QVERIFY(!PresenceRepository(file.db()).hold(id));
        QVERIFY(PresenceRepository(file.db()).locks(false).isEmpty());
    }
};

QTEST_MAIN(TestTeamReleaseEditor)
#include "tst_teamreleaseeditor.moc"
