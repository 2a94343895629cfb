#include "demo/demonewsroom.h"
#include "i18n/translations.h"
#include "lists/highlightdelegate.h"
#include "mainwindow/mainwindow.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "preview/detailpane.h"
#include "search/snippet.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace pressdesk;

// Drives the real main window offscreen, by objectName, as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(QWidget &window, const char *name)
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    static void selectFirstRow(QTableView *table)
    {
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const QModelIndex first = table->model()->index(0, 0);
        table->setCurrentIndex(first);
        table->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    void init()
    {
        // Each test starts from a first run: no remembered searches, filters or layouts.
        QSettings().clear();
    }

    void navigatesEverySection()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        QSignalSpy ready(&window, &MainWindow::ready);
        auto *detail = find<DetailPane>(window, "detailPane");
        // The preview waits for the list's first painted page, then shows the first release.
        QVERIFY(detail->isRenderingHeld());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!detail->isRenderingHeld());
        QTRY_VERIFY(detail->shownId() > 0);
        QTRY_VERIFY2(detail->toPlainText().contains(
                         find<QTableView>(window, "releasesList")->model()->index(0, 0).data().toString()),
            qPrintable(detail->toPlainText()));

        auto *navigation = find<QListWidget>(window, "navigation");
        auto *stack = find<QStackedWidget>(window, "sectionStack");
        auto *count = find<QLabel>(window, "countLabel");
        QCOMPARE(find<QLabel>(window, "databasePathLabel")->text().isEmpty(), false);
        QCOMPARE(navigation->count(), 6);

        const struct
        {
            const char *key;
            const char *countText;
        } sections[] = { { "releases", "8 releases" }, { "speakers", "11 speakers" }, { "events", "3 events" },
            { "organizations", "7 organizations" }, { "trash", "0 items in the trash" } };
        for (int index = 0; index < 5; ++index) {
            // Row 4, Media Contacts, is a page of its own (tst_contactspage).
            const int row = index < 4 ? index : 5;
            const QRect rect = navigation->visualItemRect(navigation->item(row));
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
            const QString key = QString::fromLatin1(sections[index].key);
            QCOMPARE(stack->currentWidget()->objectName(), key + QLatin1String("Section"));
            QTRY_COMPARE_WITH_TIMEOUT(count->text(), QString::fromLatin1(sections[index].countText), 20000);
            auto *table = stack->currentWidget()->findChild<QTableView *>(key + QLatin1String("List"));
            QVERIFY(table);
            if (key == QLatin1String("trash"))
                continue;
            selectFirstRow(table);
            const QString title = table->model()->index(0, 0).data().toString();
            QTRY_VERIFY2(detail->toPlainText().contains(title), qPrintable(detail->toPlainText()));
        }
    }

    // Another person (or process) saves: the list shows it without a reload, through
    // LISTEN/NOTIFY on a server and SQLite's data_version on a file; the title and the status
    // bar say which newsroom is open.
    void otherPeoplesSavesAppearInTheList()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(
            window.windowTitle().contains(fixture.db().location().displayName()), qPrintable(window.windowTitle()));
        QVERIFY(find<QLabel>(window, "databasePathLabel")->text().contains(fixture.db().path()));
        auto *list = find<QTableView>(window, "releasesList");
        QTRY_COMPARE(list->model()->rowCount(), 0);
        window.startBackgroundWork(); // as the application does once the window is up

        Database colleague;
        QVERIFY(colleague.open(fixture.path()));
        Release release = fixture.makeRelease(QStringLiteral("Saved by a colleague at another desk"));
        ReleaseRepository repository(colleague);
        QVERIFY2(repository.save(release), qPrintable(repository.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10'000);
        QCOMPARE(list->model()->index(0, 0).data().toString(), release.headline);
    }

    void keyboardShortcutsSwitchSections()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), Section::Events);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), Section::Contacts);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), Section::Trash);
    }

    void trashAndRestoreFromTheToolbar()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *releases = find<QTableView>(window, "releasesList");
        auto *trashAction = find<QAction>(window, "moveToTrashAction");
        auto *restoreAction = find<QAction>(window, "restoreAction");
        auto *count = find<QLabel>(window, "countLabel");

        // The first release is selected on start, so its details show at once.
        QTRY_VERIFY(releases->selectionModel()->isRowSelected(0, {}));
        QVERIFY(trashAction->isEnabled());
        selectFirstRow(releases);
        const QString headline = releases->model()->index(0, 0).data().toString();
        QVERIFY(trashAction->isEnabled());
        trashAction->trigger();
        QTRY_COMPARE(count->text(), QStringLiteral("7 releases"));
        QCOMPARE(releases->model()->rowCount(), 7);

        window.showSection(Section::Trash);
        auto *trash = find<QTableView>(window, "trashList");
        QTRY_COMPARE(count->text(), QStringLiteral("1 item in the trash"));
        selectFirstRow(trash);
        QCOMPARE(trash->model()->index(0, 0).data().toString(), headline);
        QVERIFY(restoreAction->isEnabled());
        restoreAction->trigger();
        QCOMPARE(trash->model()->rowCount(), 0);
        QVERIFY(!restoreAction->isEnabled());
        window.showSection(Section::Releases);
        QTRY_COMPARE(count->text(), QStringLiteral("8 releases"));
    }

    void typingSearchesAsYouType();
    void filtersNarrowAndClearInOneClick();
    void speakerAndEventListsSearchToo();

    // A passage whose match comes late (a speaker's name after the one before, a headline's
    // words after its first ones) showed only its first words in the list's narrow column.
    void passagesShowTheirMatchInANarrowColumn()
    {
        QFont boldFont = QApplication::font();
        boldFont.setBold(true);
        const QFontMetrics normal(QApplication::font());
        const QFontMetrics bold(boldFont);
        const QString match = Snippet::highlightStart + QStringLiteral("Yuki") + Snippet::highlightEnd;
        const QString marked = QStringLiteral("Vice Minister of Labour and Social Welfare of Costa Rica\nMayor of ")
            + match + QStringLiteral(" Nakamura Regional Director");
        QCOMPARE(HighlightDelegate::inView(marked, 5000, normal, bold), marked);
        const int narrow = normal.horizontalAdvance(QStringLiteral("…Costa Rica Mayor of "))
            + bold.horizontalAdvance(QStringLiteral("Yuki")) + 1;
        const QString shown = HighlightDelegate::inView(marked, narrow, normal, bold);
        QCOMPARE(
            shown, QStringLiteral("…Costa Rica\nMayor of ") + match + QStringLiteral(" Nakamura Regional Director"));
        // No room beside the match: the passage starts with it.
        QCOMPARE(HighlightDelegate::inView(marked, 10, normal, bold),
            QStringLiteral("…") + match + QStringLiteral(" Nakamura Regional Director"));
        // A passage that starts with its match, or has none, is shown as it is.
        QCOMPARE(HighlightDelegate::inView(match + QStringLiteral(" Nakamura"), 10, normal, bold),
            match + QStringLiteral(" Nakamura"));
        QCOMPARE(HighlightDelegate::inView(QStringLiteral("No match here"), 10, normal, bold),
            QStringLiteral("No match here"));
    }

    void statusFilterNarrowsTheList()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *filter = find<QComboBox>(window, "statusFilter");
        auto *releases = find<QTableView>(window, "releasesList");
        filter->setCurrentIndex(filter->findData(QStringLiteral("draft")));
        QTRY_COMPARE(releases->model()->rowCount(), 1);
        QCOMPARE(releases->model()->index(0, 1).data(RawValueRole).toString(), QStringLiteral("draft"));
        QTRY_COMPARE(find<QLabel>(window, "countLabel")->text(), QStringLiteral("1 release"));
    }
};

void TestMainWindow::typingSearchesAsYouType()
{
    test::TestDatabase fixture;
    QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
    {
        MainWindow window(fixture.db());
        window.resize(1280, 800); // the offscreen screen is smaller; the layout is checked at 1280
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto *releases = find<QTableView>(window, "releasesList");
        auto *field = window.findChild<QWidget *>(QStringLiteral("releasesSection"))
                          ->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(field);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("labour inspec"));
        QTRY_VERIFY(releases->model()->rowCount() >= 1 && releases->model()->rowCount() < 8);
        // Ranked: the release with the words in its headline comes first.
        QVERIFY(releases->model()->index(0, 0).data().toString().contains(QLatin1String("labour inspectors")));
        const int found = releases->model()->rowCount();
        QTRY_COMPARE(find<QLabel>(window, "countLabel")->text(),
            found == 1 ? QStringLiteral("1 release") : QStringLiteral("%1 releases").arg(found));
        // The matching passage shows, with the match marked.
        const int match = ReleaseListModel::Match;
        QVERIFY(!releases->isColumnHidden(match));
        // Beside the headline, whole on screen at 1280 pixels with the preview open.
        QCOMPARE(releases->horizontalHeader()->visualIndex(match), 1);
        QVERIFY(
            releases->columnViewportPosition(match) + releases->columnWidth(match) <= releases->viewport()->width());
        QVERIFY(releases->model()->index(0, match).data().toString().contains(QChar(0x02)));
        // Non-ASCII typing, accents ignored.
        field->clear();
        QTRY_COMPARE(releases->model()->rowCount(), 8);
        QVERIFY(releases->isColumnHidden(match));
        QTest::sendKeyEvent(
            QTest::KeyAction::Click, field, Qt::Key_unknown, QStringLiteral("frontière"), Qt::NoModifier);
        QTRY_COMPARE(releases->model()->rowCount(), 1);
        // A malformed query explains itself instead of failing.
        field->setText(QStringLiteral("\"open quote"));
        QTest::keyClick(field, Qt::Key_End);
        QTest::keyClicks(field, QStringLiteral(" x"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("searchMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("quotation")));
        field->setText(QStringLiteral("congress"));
        QTest::keyClicks(field, QStringLiteral(" "));
        QTRY_VERIFY(releases->model()->rowCount() >= 2);
        window.close();
    }
    // The last search comes back with the window.
    MainWindow again(fixture.db());
    auto *field = again.findChild<QWidget *>(QStringLiteral("releasesSection"))
                      ->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QCOMPARE(field->text(), QStringLiteral("congress "));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_VERIFY(find<QTableView>(again, "releasesList")->model()->rowCount() >= 2);
    QVERIFY(find<QTableView>(again, "releasesList")->model()->rowCount() < 8);
}

void TestMainWindow::filtersNarrowAndClearInOneClick()
{
    test::TestDatabase fixture;
    QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
    MainWindow window(fixture.db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *releases = find<QTableView>(window, "releasesList");
    auto *toggle = find<QToolButton>(window, "filtersToggle");
    auto *clear = find<QToolButton>(window, "clearFilters");
    QCOMPARE(toggle->text(), QStringLiteral("Filters"));
    toggle->click();
    auto *language = find<QComboBox>(window, "languageFilter");
    QVERIFY(language->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QTRY_COMPARE(releases->model()->rowCount(), 1);
    auto *tag = find<QLineEdit>(window, "tagFilter");
    tag->setText(QStringLiteral("no-such-tag"));
    QMetaObject::invokeMethod(tag, "editingFinished");
    QTRY_COMPARE(releases->model()->rowCount(), 0);
    QCOMPARE(toggle->text(), QStringLiteral("Filters (2)"));
    QVERIFY(clear->isVisible());
    clear->click();
    QTRY_COMPARE(releases->model()->rowCount(), 8);
    QCOMPARE(toggle->text(), QStringLiteral("Filters"));
}

void TestMainWindow::speakerAndEventListsSearchToo()
{
    test::TestDatabase fixture;
    QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
    MainWindow window(fixture.db());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const auto &[section, name, query] : { std::tuple { Section::Speakers, "speakersSection", "minister " },
             std::tuple { Section::Events, "eventsSection", "congress " } }) {
        window.showSection(section);
        auto *view = window.findChild<QWidget *>(QString::fromLatin1(name));
        auto *field = view->findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *table = view->findChild<QTableView *>();
        const int before = table->model()->rowCount();
        field->setFocus();
        QTest::keyClicks(field, QString::fromLatin1(query));
        QTRY_VERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() < before);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
