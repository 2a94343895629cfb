#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "editor/recordpicker.h"
#include "firstrun/firstrunassistant.h"
#include "import/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentnewsrooms.h"
#include "preferences/preferences.h"
#include "storage/database.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>

using namespace pressdesk;

// What a newcomer tripped over in the first hour, each driven through the real window.
class TestNewcomer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }
    void init() { QSettings().clear(); }

    // Export PDF, Print and Ctrl+E stayed disabled in a new release's editor after saving.
    void exportFollowsTheFirstSave()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        editor->restoreState(QJsonObject { { QStringLiteral("headline"), QStringLiteral("A first release") } });
        auto *pdf = window.findChild<QAction *>(QStringLiteral("exportPDFAction"));
        auto *print = window.findChild<QAction *>(QStringLiteral("printAction"));
        QVERIFY(pdf && print);
        QVERIFY(!pdf->isEnabled()); // nothing saved to export yet
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(editor->recordId() > 0);
        QVERIFY(pdf->isEnabled());
        QVERIFY(print->isEnabled());
    }

    // Ctrl+S put the caret at the start of long fields; the next words landed there.
    void savingKeepsTheCaretWhereItWas()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        auto *headline = editor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
        auto *lead = editor->findChild<QPlainTextEdit *>(QStringLiteral("leadEdit"));
        auto *body = editor->findChild<QTextEdit *>(QStringLiteral("bodyTextEdit"));
        QVERIFY(headline && lead && body);
        headline->setText(QStringLiteral("Ministers agree on a plan"));
        const QString paragraph =
            QStringLiteral("The congress closed with a declaration on decent work. ").repeated(30);
        lead->setPlainText(paragraph);
        body->setPlainText(paragraph);
        for (QWidget *field : { static_cast<QWidget *>(lead), static_cast<QWidget *>(body) }) {
            field->setFocus();
            if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
                QTextCursor cursor = plain->textCursor();
                cursor.setPosition(200);
                plain->setTextCursor(cursor);
            } else if (auto *rich = qobject_cast<QTextEdit *>(field)) {
                QTextCursor cursor = rich->textCursor();
                cursor.setPosition(200);
                rich->setTextCursor(cursor);
            }
            QTest::keyClick(field, Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!editor->isModified());
            QTest::keyClicks(field, QStringLiteral("XYZ"));
            const QString text = qobject_cast<QPlainTextEdit *>(field) ? lead->toPlainText() : body->toPlainText();
            QCOMPARE(text.indexOf(QStringLiteral("XYZ")), 200);
        }
        headline->setFocus();
        headline->setCursorPosition(9);
        QTest::keyClick(headline, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor->isModified());
        QCOMPARE(headline->cursorPosition(), 9);
    }

    // At 1280×800 the first window was taller than the screen: the status bar was lost.
    void firstWindowFitsTheScreen()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() < available.height());
        QVERIFY(available.contains(window.geometry()));
    }

    // A funder could not be added to an event: the picker suggested nothing, Enter did
    // nothing. And Down+Enter in a picker added the person twice.
    void eventPickersAddOrganizationsAndPeopleOnce()
    {
        test::TestDatabase fixture;
        for (const char *name : { "Regional Development Fund", "Ministry of Labour", "Women's Rights Network" }) {
            Organization organization;
            organization.name = QString::fromUtf8(name);
            QVERIFY(OrganizationRepository(fixture.db()).save(organization));
        }
        fixture.addSpeaker(QStringLiteral("Andrés Romero Rodríguez"));
        fixture.addSpeaker(QStringLiteral("Amina Wanjiru"));
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *editor = window.editorArea()->createNew(Entity::Event);
        auto *organizations = editor->findChild<RecordPicker *>(QStringLiteral("organizationPicker"));
        auto *table = editor->findChild<QTableWidget *>(QStringLiteral("organizationsTable"));
        QVERIFY(organizations && table);
        // The participants are on a tab of their own.
        for (QTabWidget *tabs : editor->findChildren<QTabWidget *>())
            for (int tab = 0; tab < tabs->count(); ++tab)
                if (tabs->widget(tab)->isAncestorOf(organizations))
                    tabs->setCurrentIndex(tab);
        QTRY_VERIFY(organizations->isVisible());
        organizations->setFocus();
        QTest::keyClicks(organizations, QStringLiteral("fund"));
        QTRY_VERIFY(organizations->completer()->popup()->isVisible());
        QCOMPARE(organizations->completer()->completionModel()->rowCount(), 1);
        QTest::keyClick(organizations, Qt::Key_Return);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Regional Development Fund"));

        auto *speakers = editor->findChild<RecordPicker *>(QStringLiteral("speakerPicker"));
        auto *speakerTable = editor->findChild<QTableWidget *>(QStringLiteral("speakersTable"));
        QVERIFY(speakers && speakerTable);
        speakers->setFocus();
        QTest::keyClicks(speakers, QStringLiteral("Amina"));
        QTRY_VERIFY(speakers->completer()->popup()->isVisible());
        QTest::keyClick(speakers->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(speakers->completer()->popup(), Qt::Key_Return);
        QTRY_COMPARE(speakerTable->rowCount(), 1);
        QTest::qWait(100);
        QCOMPARE(speakerTable->rowCount(), 1);
        // The role column shows the whole role, not "P".
        for (QTableWidget *roles : { table, speakerTable })
            QVERIFY(roles->columnWidth(1) >= roles->cellWidget(0, 1)->sizeHint().width());
    }

    // An event's end date stayed behind when its start moved.
    void eventEndFollowsItsStart()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        EditorPage *editor = window.editorArea()->createNew(Entity::Event);
        auto *start = editor->findChild<QDateTimeEdit *>(QStringLiteral("startEdit"));
        auto *end = editor->findChild<QDateTimeEdit *>(QStringLiteral("endEdit"));
        auto *hasEnd = editor->findChild<QCheckBox *>(QStringLiteral("hasEndCheck"));
        QVERIFY(start && end && hasEnd);
        hasEnd->setChecked(true);
        start->setDateTime(QDateTime(QDate(2026, 3, 3), QTime(9, 0)));
        end->setDateTime(QDateTime(QDate(2026, 3, 4), QTime(17, 0)));
        start->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
        QCOMPARE(end->dateTime(), QDateTime(QDate(2026, 3, 11), QTime(17, 0)));
        // Typed end before the start: the end is never before the start after a move.
        end->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        start->setDateTime(QDateTime(QDate(2026, 3, 12), QTime(9, 0)));
        QVERIFY(end->dateTime() >= start->dateTime());
    }

    // Editing an approved release: back to in review, and the window says why.
    void editedApprovalGoesBackToReview()
    {
        test::TestDatabase fixture;
        Release release =
            fixture.makeCompleteRelease(QStringLiteral("Ministers adopt a regional plan"), ReleaseStatus::Approved);
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorPage *editor = window.editorArea()->open(Entity::Release, release.id);
        auto *lead = editor->findChild<QPlainTextEdit *>(QStringLiteral("leadEdit"));
        auto *status = editor->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QVERIFY(lead && status);
        lead->setPlainText(QStringLiteral("Ministers adopted a plan today, with a new date."));
        QVERIFY(editor->save());
        QCOMPARE(status->currentData().toString(), statusKey(ReleaseStatus::InReview));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("back in review")),
            qPrintable(window.statusBar()->currentMessage()));
    }

    // Ctrl+Z did not undo Move to Trash, and the Edit menu had two different Undo entries.
    void ctrlZTakesBackMoveToTrash()
    {
        test::TestDatabase fixture;
        for (const char *headline : { "First release", "Second release" }) {
            Release release = fixture.makeRelease(QString::fromUtf8(headline));
            QVERIFY(ReleaseRepository(fixture.db()).save(release));
        }
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTableView *>(QStringLiteral("releasesList"));
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        list->selectionModel()->select(
            list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        window.findChild<QAction *>(QStringLiteral("moveToTrashAction"))->trigger();
        QTRY_COMPARE(list->model()->rowCount(), 1);

        int undoEntries = 0;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&Edit"))
                for (QAction *entry : menu->menu()->actions())
                    undoEntries += entry->text().contains(QStringLiteral("Undo")) ? 1 : 0;
        QCOMPARE(undoEntries, 1);
        list->setFocus();
        QCOMPARE(
            window.findChild<QAction *>(QStringLiteral("undoAction"))->text(), QStringLiteral("&Undo Move to Trash"));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(list->model()->rowCount(), 2);
    }

    // Stale state: the preview said "Draft" after approval until Refresh; after a search the
    // highlighted row could not be moved to the trash until another row was clicked.
    void listAndPreviewFollowChanges()
    {
        test::TestDatabase fixture;
        Release release =
            fixture.makeCompleteRelease(QStringLiteral("Labour inspectors trained"), ReleaseStatus::Draft);
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        Release other = fixture.makeRelease(QStringLiteral("Regional congress announced"));
        QVERIFY(ReleaseRepository(fixture.db()).save(other));
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTableView *>(QStringLiteral("releasesList"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailPane"));
        QTRY_COMPARE(list->model()->rowCount(), 2);

        auto *field = window.findChild<QWidget *>(QStringLiteral("releasesSection"))
                          ->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(field, QStringLiteral("inspectors"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Labour inspectors trained")));
        QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("moveToTrashAction"))->isEnabled());

        release.status = ReleaseStatus::Approved;
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        QTRY_VERIFY2(
            detail->toPlainText().contains(statusLabel(ReleaseStatus::Approved)), qPrintable(detail->toPlainText()));

        window.findChild<QAction *>(QStringLiteral("moveToTrashAction"))->trigger();
        QTRY_COMPARE(list->model()->rowCount(), 0);
    }

    // A release copied from an e-mail or a web page: Edit ▸ Paste as New Release (Ctrl+Shift+V).
    void pasteAsNewRelease()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *importer = window.findChild<ImportController *>();
        QVERIFY(importer);
        importer->setDialogRunner([](QDialog &dialog) {
            dialog.accept();
            return int(QDialog::Accepted);
        });
        QStringList messages;
        importer->setMessageSink([&messages](const QString &message) { messages.append(message); });
        auto *paste = window.findChild<QAction *>(QStringLiteral("pasteAsReleaseAction"));
        QVERIFY(paste);
        QCOMPARE(paste->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+V")));

        QGuiApplication::clipboard()->setText(QString());
        paste->trigger();
        QCOMPARE(messages.size(), 1); // nothing to paste: said, nothing created

        QGuiApplication::clipboard()->setText(QStringLiteral(
            "Coastal towns open a shared flood warning network\n\nMOMBASA, 4 December 2026 – Six coastal towns opened "
            "a shared flood warning network today.\n\n\"Warnings now reach every market,\" said Amina Wanjiru, "
            "Mayor of Kilifi.\n"));
        paste->trigger();
        QTRY_COMPARE(ReleaseRepository(fixture.db()).count(), 1);
        QCOMPARE(ReleaseRepository(fixture.db()).summaries({}).constFirst().headline,
            QStringLiteral("Coastal towns open a shared flood warning network"));
    }

    // Hispanic double surnames sorted as "Rodríguez, Andrés Romero".
    void sortNameKnowsTwoSurnames()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        EditorPage *editor = window.editorArea()->createNew(Entity::Speaker);
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"));
        auto *country = editor->findChild<QLineEdit *>(QStringLiteral("countryEdit"));
        auto *sortName = editor->findChild<QLineEdit *>(QStringLiteral("sortNameEdit"));
        QVERIFY(name && country && sortName);
        name->setText(QStringLiteral("Andrés Romero Rodríguez"));
        QCOMPARE(sortName->text(), QStringLiteral("Rodríguez, Andrés Romero"));
        country->setText(QStringLiteral("Costa Rica"));
        QCOMPARE(sortName->text(), QStringLiteral("Romero Rodríguez, Andrés"));
        // Written by hand, it stays.
        sortName->setText(QStringLiteral("Romero, Andrés"));
        Q_EMIT sortName->textEdited(sortName->text());
        country->setText(QStringLiteral("Spain"));
        QCOMPARE(sortName->text(), QStringLiteral("Romero, Andrés"));
    }

    // The embargo defaulted to today in UTC: it starts on the release date where the dateline is.
    void embargoStartsOnTheReleaseDateInTheDatelineZone()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        editor->findChild<QLineEdit *>(QStringLiteral("datelineCityEdit"))->setText(QStringLiteral("NAIROBI"));
        editor->findChild<QLineEdit *>(QStringLiteral("datelineCountryEdit"))->setText(QStringLiteral("Kenya"));
        editor->findChild<QDateEdit *>(QStringLiteral("releaseDateEdit"))->setDate(QDate(2026, 12, 10));
        editor->findChild<QCheckBox *>(QStringLiteral("embargoCheck"))->setChecked(true);
        QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("embargoTimeZoneCombo"))->currentText(),
            QStringLiteral("Africa/Nairobi"));
        QCOMPARE(editor->findChild<QDateTimeEdit *>(QStringLiteral("embargoDateTimeEdit"))->dateTime(),
            QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    }

    // First start on an empty newsroom: the assistant sets up our organization with its
    // logo and boilerplate, the media contact, the language and the time zone; new
    // releases then start with all of it. It does not come back once done or declined.
    void firstRunAssistantSetsUpTheNewsroom()
    {
        test::TestDatabase fixture;
        QTemporaryDir dir;
        const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
        QImage logo(120, 60, QImage::Format_ARGB32);
        logo.fill(QColor(0x1d, 0x4e, 0x89));
        QVERIFY(logo.save(logoPath));

        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every empty list says how to start.
        auto *hint = window.findChild<QLabel *>(QStringLiteral("releasesEmptyHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QLatin1String("Ctrl+N")));

        QPointer<FirstRunAssistant> assistant = window.offerFirstRun();
        QVERIFY(assistant);
        QTRY_VERIFY(assistant->isVisible());
        assistant->setImageChooser([logoPath] { return logoPath; });
        const auto type = [assistant](const char *name, const QString &text) {
            auto *edit = assistant->findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(edit);
            edit->setFocus();
            QTest::sendKeyEvent(QTest::KeyAction::Click, edit, Qt::Key_unknown, text, Qt::NoModifier);
        };
        // Start without a name says which field is missing and keeps the dialog open.
        assistant->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QVERIFY(assistant->isVisible());
        QVERIFY(assistant->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().startsWith(QLatin1String("Name")));
        type("organizationNameEdit", QStringLiteral("Agencia para las Migraciones — Oficina de Costa Rica"));
        type("organizationCountryEdit", QStringLiteral("Costa Rica"));
        assistant->findChild<QPushButton *>(QStringLiteral("chooseLogoButton"))->click();
        QVERIFY(!assistant->findChild<QLabel *>(QStringLiteral("logoLabel"))->pixmap().isNull());
        assistant->findChild<QPlainTextEdit *>(QStringLiteral("boilerplateEdit"))
            ->setPlainText(QStringLiteral("La Agencia trabaja por una migración segura y ordenada."));
        type("contactNameEdit", QStringLiteral("Lucía Méndez Soto"));
        type("contactEmailEdit", QStringLiteral("prensa@example.org"));
        auto *language = assistant->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        assistant->findChild<QComboBox *>(QStringLiteral("timeZoneCombo"))
            ->setCurrentText(QStringLiteral("America/Costa_Rica"));
        assistant->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QTRY_VERIFY(!assistant);

        const auto ours = OrganizationRepository(fixture.db()).ours();
        QVERIFY(ours);
        QCOMPARE(ours->name, QStringLiteral("Agencia para las Migraciones — Oficina de Costa Rica"));
        QVERIFY(!ours->logo.isEmpty());
        QCOMPARE(ours->boilerplate, QStringLiteral("La Agencia trabaja por una migración segura y ordenada."));
        QCOMPARE(Preferences::defaultLanguage(), QStringLiteral("es"));
        QCOMPARE(Preferences::defaultTimeZone(), QStringLiteral("America/Costa_Rica"));
        const qint64 contactId = FirstRunAssistant::defaultContact(fixture.db());
        const auto contact = SpeakerRepository(fixture.db()).load(contactId);
        QVERIFY(contact);
        QCOMPARE(contact->fullName, QStringLiteral("Lucía Méndez Soto"));
        QCOMPARE(contact->organizationId, ours->id);

        // A new release starts in Spanish, signed by the media contact.
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        QVERIFY(editor);
        editor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"))->setText(QStringLiteral("Primer comunicado"));
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QTRY_VERIFY(editor->recordId() > 0);
        const auto release = ReleaseRepository(fixture.db()).load(editor->recordId());
        QVERIFY(release);
        QCOMPARE(release->language, QStringLiteral("es"));
        QCOMPARE(release->contacts.size(), 1);
        QCOMPARE(release->contacts.first().id, contactId);
        QTRY_VERIFY(!hint->isVisible());
        QVERIFY(!FirstRunAssistant::isWanted(fixture.db()));
        QVERIFY(!window.offerFirstRun());
    }

    void firstRunAssistantCanWait()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FirstRunAssistant *assistant = window.offerFirstRun();
        QVERIFY(assistant);
        assistant->findChild<QPushButton *>(QStringLiteral("laterButton"))->click();
        QVERIFY(!OrganizationRepository(fixture.db()).ours());
        QVERIFY(!FirstRunAssistant::isWanted(fixture.db()));

        // Later, any organization can become ours from its editor.
        EditorPage *editor = window.editorArea()->createNew(Entity::Organization);
        QVERIFY(editor);
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("Regional Office for Central America"));
        auto *use = editor->findChild<QPushButton *>(QStringLiteral("useAsOursButton"));
        QVERIFY(use && use->isVisible());
        use->click();
        QVERIFY(!use->isVisible());
        QVERIFY(editor->isModified());
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(editor->recordId() > 0);
        const auto ours = OrganizationRepository(fixture.db()).ours();
        QVERIFY(ours);
        QCOMPARE(ours->name, QStringLiteral("Regional Office for Central America"));

        // A search that finds nothing says so, not "no releases yet".
        window.findChild<QAction *>(QStringLiteral("releasesSectionAction"))->trigger();
        auto *hint = window.findChild<QLabel *>(QStringLiteral("releasesEmptyHint"));
        auto *section = window.findChild<QWidget *>(QStringLiteral("releasesSection"));
        QVERIFY(section);
        auto *search = section->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(hint->text().startsWith(QLatin1String("Nothing matches")));
    }

    // File ▸ Open Recent lists the other newsroom files, newest first; one opens in a window
    // of its own; a file that has gone is said so and leaves the list.
    void openRecentOpensAnotherNewsroom()
    {
        test::TestDatabase fixture;
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("regional office.sqlite"));
        {
            Database database;
            QVERIFY(database.open(other));
        }
        const QString gone = dir.filePath(QStringLiteral("moved away.sqlite"));
        QSettings().setValue(QStringLiteral("recent/newsrooms"), QStringList { gone, other });
        MainWindow window(fixture.db());
        RecentNewsrooms *recent = window.recentNewsrooms();
        QStringList launched;
        recent->setLauncher([&launched](const QString &path, const QString &) {
            launched.append(path);
            return true;
        });
        // The newsroom in use went to the top; the menu shows the others.
        QCOMPARE(RecentNewsrooms::files().size(), 3);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("openRecentMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        auto *first = menu->findChild<QAction *>(QStringLiteral("recentNewsroom1"));
        auto *second = menu->findChild<QAction *>(QStringLiteral("recentNewsroom2"));
        QVERIFY(first && second);
        QVERIFY(first->text().contains(QLatin1String("moved away.sqlite")));
        QVERIFY(second->text().contains(QLatin1String("regional office.sqlite")));
        second->trigger();
        QCOMPARE(launched, QStringList { QFileInfo(other).canonicalFilePath() });
        QCOMPARE(RecentNewsrooms::files().first(), QFileInfo(other).canonicalFilePath());

        auto *answerer = new QTimer(&window);
        int warnings = 0;
        answerer->setInterval(20);
        connect(answerer, &QTimer::timeout, &window, [&warnings] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++warnings;
                box->accept();
            }
        });
        answerer->start();
        Q_EMIT menu->aboutToShow();
        QAction *goneAction = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString().endsWith(QLatin1String("moved away.sqlite")))
                goneAction = action;
        }
        QVERIFY(goneAction);
        goneAction->trigger();
        QCOMPARE(warnings, 1);
        QCOMPARE(launched.size(), 1);
        QCOMPARE(RecentNewsrooms::files().size(), 2);

        // File ▸ Open Newsroom… takes any file.
        recent->setFileChooser([other] { return other; });
        window.findChild<QAction *>(QStringLiteral("openNewsroomAction"))->trigger();
        QCOMPARE(launched.size(), 2);
    }

    // A list that cannot be read keeps its rows and says so above them.
    void listReadErrorIsShown()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("Still listed"));
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTableView *>(QStringLiteral("releasesList"));
        auto *error = window.findChild<QLabel *>(QStringLiteral("releasesReadError"));
        QVERIFY(list && error);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(error->isHidden());
        fixture.scalar(QStringLiteral("ALTER TABLE releases RENAME TO releases_away"));
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QLatin1String("could not be read")));
        QCOMPARE(list->model()->rowCount(), 1);
        fixture.scalar(QStringLiteral("ALTER TABLE releases_away RENAME TO releases"));
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY(error->isHidden());
    }
};

QTEST_MAIN(TestNewcomer)
#include "tst_newcomer.moc"
