#include "accessibilityaudit.h"
#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "editor/recordpicker.h"
#include "help/aboutdialog.h"
#include "help/shortcutcatalog.h"
#include "help/shortcutsdialog.h"
#include "history/historydialog.h"
#include "i18n/translations.h"
#include "import/csvimporter.h"
#include "import/csvmappingdialog.h"
#include "import/csvreader.h"
#include "import/importreviewdialog.h"
#include "lists/sectionview.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "releaseeditor/conflictdialog.h"
#include "releaseeditor/newspeakerdialog.h"
#include "releaseeditor/releaseeditor.h"
#include "storage/eventrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

#include <functional>

using namespace pressdesk;
using namespace accessibilityaudit;

// Every screen, as a user sees it, read the way a screen reader and a keyboard user do.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    // Keys as the window system delivers them: to the active window, then to the focus
    // widget or the open popup, through the shortcut map. No widget is addressed directly.
    static void press(QWidget &window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.windowHandle(), key, modifiers);
        QCoreApplication::processEvents();
    }

    static void type(QWidget &window, const char *text)
    {
        for (const char *c = text; *c; ++c)
            QTest::keyClick(window.windowHandle(), *c);
        QCoreApplication::processEvents();
    }

    static QString focusName()
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus->objectName() : QStringLiteral("(none)");
    }

    using Check = std::function<QStringList(QWidget *)>;

    // Runs the check on every screen: the main window in each section and with each editor
    // on each of its pages, and every dialog. Returns "screen: problem" lines.
    static QStringList onEveryScreen(const Check &check)
    {
        QStringList problems;
        auto run = [&](QWidget *window, const QString &screen) {
            QCoreApplication::processEvents();
            const QStringList found = check(window);
            for (const QString &problem : found)
                problems.append(screen + QLatin1String(": ") + problem);
        };

        test::TestDatabase fixture;
        if (DemoNewsroom(fixture.db()).install() != DemoNewsroom::Result::Added)
            return { QStringLiteral("demo newsroom not installed") };
        MainWindow window(fixture.db());
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return { QStringLiteral("window not exposed") };

        for (Section section : allSections) {
            window.showSection(section);
            run(&window, sectionKey(section));
        }
        window.showSection(Section::Releases);
        if (auto *filters = window.findChild<QToolButton *>(QStringLiteral("filtersToggle"))) {
            filters->setChecked(true);
            run(&window, QStringLiteral("releases with filters"));
            filters->setChecked(false);
        }

        const struct
        {
            Section section;
            const char *name;
        } editors[] = { { Section::Releases, "release editor" }, { Section::Speakers, "speaker editor" },
            { Section::Events, "event editor" }, { Section::Organizations, "organization editor" } };
        for (const auto &editor : editors) {
            window.editorArea()->showBrowser();
            window.showSection(editor.section);
            window.newRecord();
            EditorPage *page = window.editorArea()->currentEditor();
            if (!page)
                return { QStringLiteral("no editor opened") };
            auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("pagesTabs"));
            const int count = tabs ? tabs->count() : 1;
            for (int i = 0; i < count; ++i) {
                if (tabs)
                    tabs->setCurrentIndex(i);
                const QString screen = QString::fromLatin1(editor.name)
                    + (tabs ? QLatin1String(" / ") + tabs->tabText(i).remove(QLatin1Char('&')) : QString());
                run(&window, screen);
                // Fields that show only for some records: an event's online link.
                if (auto *format = page->findChild<QComboBox *>(QStringLiteral("formatCombo"));
                    format && format->isVisible()) {
                    const int before = format->currentIndex();
                    format->setCurrentIndex(format->findData(QStringLiteral("hybrid")));
                    run(&window, screen + QLatin1String(" (hybrid)"));
                    format->setCurrentIndex(before);
                }
            }
        }

        const qint64 releaseId = ReleaseRepository(fixture.db()).summaries({}).value(0).id;
        auto dialog = [&](QDialog &d, const char *name) {
            d.show();
            if (QTest::qWaitForWindowExposed(&d))
                run(&d, QString::fromLatin1(name));
            d.close();
        };
        {
            PreferencesDialog d(fixture.db(), &window);
            dialog(d, "preferences");
        }
        {
            HistoryDialog d(fixture.db(), releaseId, &window);
            dialog(d, "history");
        }
        {
            NewSpeakerDialog d(fixture.db(), &window);
            dialog(d, "new speaker");
        }
        {
            ImportRecord record;
            record.release.headline = QStringLiteral("Imported headline");
            record.release.body = QStringLiteral("Body");
            ProposedQuote quote;
            quote.text = QStringLiteral("We agree");
            quote.speaker.fullName = QStringLiteral("Ana Ruiz");
            record.quotes.append(quote);
            record.originalText = QStringLiteral("Imported headline\n\nBody");
            ImportReviewDialog d(record, SpeakerRepository(fixture.db()).list(), &window);
            dialog(d, "import review");
        }
        {
            const CsvReader::Result csv = CsvReader::parse(QStringLiteral("name,title\nAna Ruiz,Minister\n"));
            CsvMappingDialog d(
                csv, CsvImporter::guessMapping({ QStringLiteral("name"), QStringLiteral("title") }), &window);
            dialog(d, "CSV mapping");
        }
        {
            Release mine;
            mine.headline = QStringLiteral("Mine");
            mine.version = 1;
            Release theirs = mine;
            theirs.headline = QStringLiteral("Theirs");
            theirs.version = 2;
            ConflictDialog d(mine, theirs, &window);
            dialog(d, "conflict");
        }
        {
            AboutDialog d(fixture.db().path(), &window);
            dialog(d, "about");
        }
        {
            ShortcutsDialog d(ShortcutCatalog::forMainWindow(&window), &window);
            dialog(d, "keyboard shortcuts");
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    // Each test starts in English, whatever the one before installed.
    void init()
    {
        QSettings().clear();
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void cleanupTestCase() { Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    // A screen reader names every control a user can reach, in every interface language.
    void everyControlHasAnAccessibleName_data() { mnemonicsAreUniquePerScreen_data(); }

    void everyControlHasAnAccessibleName()
    {
        QFETCH(QLocale, locale);
        Translations::install(*QCoreApplication::instance(), locale);
        const QStringList problems = onEveryScreen(&unnamedControls);
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String("\n") + problems.join(QLatin1Char('\n'))));
    }

    // Alt+letter reaches one control per screen, and every label's letter leads somewhere,
    // in every interface language: a translation chooses its own letters.
    void mnemonicsAreUniquePerScreen_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain);
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
    }

    void mnemonicsAreUniquePerScreen()
    {
        QFETCH(QLocale, locale);
        Translations::install(*QCoreApplication::instance(), locale);
        const QStringList problems = onEveryScreen(&mnemonicProblems);
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String("\n") + problems.join(QLatin1Char('\n'))));
    }

    // Within an open menu each item has its own letter, in every interface language: in the
    // File menu T went to both Connect to Team Newsroom and Restore From Backup, and N to New
    // and Open Recent, so the letter only moved between them.
    void menuItemsHaveTheirOwnLetters_data() { mnemonicsAreUniquePerScreen_data(); }

    void menuItemsHaveTheirOwnLetters()
    {
        QFETCH(QLocale, locale);
        Translations::install(*QCoreApplication::instance(), locale);
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        QStringList problems;
        int menus = 0;
        const QList<QAction *> bar = window.menuBar()->actions();
        for (const QAction *entry : bar) {
            if (const QMenu *menu = entry->menu()) {
                ++menus;
                problems += menuMnemonicProblems(menu);
            }
        }
        QVERIFY(menus >= 5);
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1String("\n") + problems.join(QLatin1Char('\n'))));
    }

    // A whole release from the keyboard alone: new, headline, language, lead, body, a
    // quote from an existing speaker through the picker, an event, save, close.
    void completeAReleaseWithTheKeyboardOnly()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        press(window, Qt::Key_N, Qt::ControlModifier);
        auto *editor = qobject_cast<ReleaseEditor *>(window.editorArea()->currentEditor());
        QVERIFY(editor);
        QCOMPARE(focusName(), QStringLiteral("headlineEdit")); // a new editor starts at its first field
        type(window, "Inspectors trained by keyboard");

        press(window, Qt::Key_G, Qt::AltModifier); // Lan&guage
        QCOMPARE(focusName(), QStringLiteral("languageCombo"));
        auto *language = editor->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const QString before = language->currentData().toString();
        press(window, Qt::Key_Down);
        const QString chosenLanguage = language->currentData().toString();
        QVERIFY(chosenLanguage != before);

        auto *pages = editor->findChild<QTabWidget *>(QStringLiteral("pagesTabs"));
        press(window, Qt::Key_Tab, Qt::ControlModifier); // the Text page
        QCOMPARE(pages->currentIndex(), 1);
        press(window, Qt::Key_L, Qt::AltModifier); // &Lead paragraph
        QCOMPARE(focusName(), QStringLiteral("leadEdit"));
        type(window, "Forty inspectors finished the course.");
        press(window, Qt::Key_Tab); // the lead hands Tab on instead of typing it
        QCOMPARE(focusName(), QStringLiteral("bodyTextEdit"));
        press(window, Qt::Key_B, Qt::AltModifier); // &Body, the same place by its label
        QCOMPARE(focusName(), QStringLiteral("bodyTextEdit"));
        type(window, "They will visit farms and factories.");
        press(window, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier); // a bulleted list

        press(window, Qt::Key_Tab, Qt::ControlModifier); // the Quotes page
        QCOMPARE(pages->currentIndex(), 2);
        press(window, Qt::Key_A, Qt::AltModifier); // &Add a quote
        QTRY_COMPARE(focusName(), QStringLiteral("speakerPicker")); // a button's mnemonic clicks it after a flash
        type(window, "Diego");
        auto *picker = editor->findChild<RecordPicker *>(QStringLiteral("speakerPicker"));
        QTRY_VERIFY(picker->completer()->popup()->isVisible());
        press(window, Qt::Key_Down);
        press(window, Qt::Key_Return);
        QTRY_VERIFY(picker->pickedId() > 0);
        press(window, Qt::Key_Q, Qt::AltModifier); // &Quote
        QCOMPARE(focusName(), QStringLiteral("quoteTextEdit"));
        type(window, "Every workplace will be visited.");

        press(window, Qt::Key_Tab, Qt::ControlModifier); // the Links page
        QCOMPARE(pages->currentIndex(), 3);
        press(window, Qt::Key_K, Qt::AltModifier); // Lin&ked events
        QCOMPARE(focusName(), QStringLiteral("eventsList"));
        press(window, Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("eventPicker"));
        type(window, "Regional");
        auto *eventPicker = editor->findChild<RecordPicker *>(QStringLiteral("eventPicker"));
        QTRY_VERIFY(eventPicker->completer()->popup()->isVisible());
        press(window, Qt::Key_Down);
        press(window, Qt::Key_Return);
        QTRY_COMPARE(editor->findChild<QListWidget *>(QStringLiteral("eventsList"))->count(), 1);

        press(window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(editor->recordId() > 0);
        QVERIFY(!editor->isModified());
        const qint64 id = editor->recordId();
        press(window, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(window.editorArea()->currentEditor(), nullptr);

        const auto saved = ReleaseRepository(fixture.db()).load(id);
        QVERIFY(saved);
        QCOMPARE(saved->headline, QStringLiteral("Inspectors trained by keyboard"));
        QCOMPARE(saved->language, chosenLanguage);
        QCOMPARE(saved->lead, QStringLiteral("Forty inspectors finished the course."));
        QVERIFY2(saved->body.contains(QLatin1String("They will visit farms and factories.")), qPrintable(saved->body));
        QVERIFY2(saved->body.trimmed().startsWith(QLatin1String("- "))
                || saved->body.trimmed().startsWith(QLatin1String("* ")),
            qPrintable(saved->body));
        QCOMPARE(saved->quotes.size(), 1);
        QVERIFY(saved->quotes.first().speakerName.startsWith(QLatin1String("Diego")));
        QVERIFY(saved->quotes.first().speakerId > 0);
        QCOMPARE(saved->quotes.first().text, QStringLiteral("Every workplace will be visited."));
        QCOMPARE(saved->events.size(), 1);
        QVERIFY(saved->events.first().name.startsWith(QLatin1String("Regional Congress")));
    }

    // Tab from the first field visits every control of each editor page and of the lists,
    // and comes back: nothing is out of the keyboard's reach, nothing traps it.
    void tabReachesEveryControl()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QStringList problems;
        auto walkIn = [&](QWidget &window, const QString &screen) {
            QSet<QWidget *> visited;
            QWidget *start = QApplication::focusWidget();
            QStringList order;
            for (int presses = 0; presses < 400; ++presses) {
                press(window, Qt::Key_Tab);
                QWidget *focus = QApplication::focusWidget();
                if (!focus)
                    break;
                visited.insert(focus);
                order.append(focus->objectName());
                if (focus == start)
                    break;
            }
            if (QApplication::focusWidget() != start)
                problems.append(screen + QLatin1String(": Tab never comes back to ") + describe(start)
                    + QLatin1String(" (") + order.mid(0, 40).join(QLatin1Char(' ')) + QLatin1Char(')'));
            // What Tab stops at on this platform: every control, or (macOS) text fields and lists.
            const Qt::FocusPolicy tabStop = QGuiApplication::styleHints()->tabFocusBehavior() == Qt::TabFocusAllControls
                ? Qt::TabFocus
                : Qt::StrongFocus;
            const QList<QWidget *> widgets = window.findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!widget->isVisible() || !widget->isEnabled() || (widget->focusPolicy() & tabStop) != tabStop
                    || widget->focusProxy() || widget->window() != &window)
                    continue;
                QWidget *parent = widget->parentWidget();
                if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
                    continue;
                if (!visited.contains(widget))
                    problems.append(screen + QLatin1String(": Tab never reaches ") + describe(widget));
            }
        };
        auto walk = [&](const QString &screen) {
            walkIn(window, screen);
        };
        window.sectionView(Section::Releases)->table()->setFocus();
        walk(QStringLiteral("releases"));
        for (Entity entity : { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization }) {
            EditorPage *editor = window.editorArea()->createNew(entity);
            auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("pagesTabs"));
            for (int page = 0; page < (tabs ? tabs->count() : 1); ++page) {
                if (tabs)
                    tabs->setCurrentIndex(page);
                QCoreApplication::processEvents();
                // Start on the page's first control that Tab can stop at.
                QWidget *first = tabs ? tabs->widget(page) : editor;
                do
                    first = first->nextInFocusChain();
                while (!(first->focusPolicy() & Qt::TabFocus) || !first->isVisible() || !first->isEnabled()
                    || first->focusProxy());
                first->setFocus(Qt::TabFocusReason);
                walk(editor->objectName() + QLatin1Char(' ') + QString::number(page));
            }
            window.editorArea()->discardEditor(editor);
        }

        // The dialogs, from their first control.
        auto dialog = [&](QDialog &d, const char *name) {
            d.show();
            d.activateWindow();
            if (!QTest::qWaitForWindowActive(&d)) {
                problems.append(QString::fromLatin1(name) + QLatin1String(": not active"));
                return;
            }
            if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != &d)
                press(d, Qt::Key_Tab);
            walkIn(d, QString::fromLatin1(name));
            d.close();
        };
        const qint64 releaseId = ReleaseRepository(fixture.db()).summaries({}).value(0).id;
        {
            PreferencesDialog d(fixture.db(), &window);
            dialog(d, "preferences");
        }
        {
            HistoryDialog d(fixture.db(), releaseId, &window);
            dialog(d, "history");
        }
        {
            NewSpeakerDialog d(fixture.db(), &window);
            dialog(d, "new speaker");
        }
        {
            AboutDialog d(fixture.db().path(), &window);
            dialog(d, "about");
        }
        {
            ShortcutsDialog d(ShortcutCatalog::forMainWindow(&window), &window);
            dialog(d, "keyboard shortcuts");
        }
        {
            ImportRecord record;
            record.release.headline = QStringLiteral("Imported headline");
            ProposedQuote quote;
            quote.text = QStringLiteral("We agree");
            quote.speaker.fullName = QStringLiteral("Ana Ruiz");
            record.quotes.append(quote);
            ImportReviewDialog d(record, SpeakerRepository(fixture.db()).list(), &window);
            dialog(d, "import review");
        }
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Ctrl+1 … Ctrl+6 leave an editor for that section's list; the editor stays open.
    void sectionShortcutsLeaveTheEditor()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        press(window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(window.editorArea()->currentEditor());
        press(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.editorArea()->currentEditor(), nullptr);
        QCOMPARE(window.currentSection(), Section::Speakers);
        QCOMPARE(window.editorArea()->editors().size(), 1);
    }

    // The audit itself catches what it is meant to catch.
    void auditFindsUnnamedControlsAndClashes()
    {
        QWidget form;
        form.setObjectName(QStringLiteral("form"));
        auto *unnamed = new QLineEdit(&form);
        unnamed->setObjectName(QStringLiteral("unnamedEdit"));
        auto *named = new QLineEdit(&form);
        named->setObjectName(QStringLiteral("labelledEdit"));
        auto *label = new QLabel(QStringLiteral("&Name:"), &form);
        label->setBuddy(named);
        auto *button = new QPushButton(QStringLiteral("&New"), &form);
        button->setObjectName(QStringLiteral("newButton"));
        auto *layout = new QVBoxLayout(&form);
        layout->addWidget(label);
        layout->addWidget(named);
        layout->addWidget(unnamed);
        layout->addWidget(button);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(unnamedControls(&form), QStringList { QStringLiteral("QLineEdit unnamedEdit") });
        const QStringList clashes = mnemonicProblems(&form);
        QCOMPARE(clashes.size(), 1);
        QVERIFY2(clashes.first().contains(QLatin1String("newButton")), qPrintable(clashes.first()));

        // A field's letter that a menu of the window already takes.
        QMainWindow main;
        main.menuBar()->addMenu(QStringLiteral("&Edit"));
        auto *central = new QWidget(&main);
        auto *embargo = new QLineEdit(central);
        auto *embargoLabel = new QLabel(QStringLiteral("&Embargo:"), central);
        embargoLabel->setObjectName(QStringLiteral("embargoLabel"));
        embargoLabel->setBuddy(embargo);
        auto *mainLayout = new QVBoxLayout(central);
        mainLayout->addWidget(embargoLabel);
        mainLayout->addWidget(embargo);
        main.setCentralWidget(central);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        const QStringList menuClash = mnemonicProblems(&main);
        QCOMPARE(menuClash.size(), 1);
        QVERIFY2(menuClash.first().contains(QLatin1String("menu &Edit"))
                && menuClash.first().contains(QLatin1String("embargoLabel")),
            qPrintable(menuClash.first()));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
