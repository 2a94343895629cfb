#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "help/aboutdialog.h"
#include "help/shortcutcatalog.h"
#include "help/shortcutsdialog.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <functional>

using namespace pressdesk;

// Help ▸ About Pressdesk and Help ▸ Keyboard Shortcuts, opened from the keyboard.
class TestHelp : public QObject
{
    Q_OBJECT

private:
    // Runs body on the next modal dialog that opens, then closes it.
    static void onModal(std::function<void(QWidget *)> body)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, qApp, [timer, body = std::move(body)] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                body(modal);
                modal->close();
            }
        });
        timer->start();
    }

    // "Save" -> "Ctrl+S" as the shortcut dialog shows it, empty when not listed.
    static QString listedKeys(QTreeWidget *tree, const QString &group, const QString &name)
    {
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *groupItem = tree->topLevelItem(g);
            if (groupItem->text(0) != group)
                continue;
            for (int i = 0; i < groupItem->childCount(); ++i) {
                if (groupItem->child(i)->text(0) == name)
                    return groupItem->child(i)->text(1);
            }
        }
        return {};
    }

    static int visibleRows(QTreeWidget *tree)
    {
        int rows = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                rows += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
        }
        return rows;
    }

    struct Window
    {
        explicit Window(Database &db)
            : window(db)
        {
            window.resize(1280, 800);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        MainWindow window;
    };

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    void init() { QSettings().clear(); }

    void aboutFromTheHelpMenuShowsVersionLicenceAndDatabase()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        const QString path = QDir::toNativeSeparators(fixture.db().path());
        bool shown = false;
        onModal([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("aboutDialog"));
            auto *title = modal->findChild<QLabel *>(QStringLiteral("aboutTitle"));
            QVERIFY(title);
            QCOMPARE(title->text(), QStringLiteral("Pressdesk " PRESSDESK_VERSION));
            QVERIFY(modal->findChild<QLabel *>(QStringLiteral("aboutLicence"))->text().contains(QLatin1String("MIT")));
            QVERIFY(modal->findChild<QLabel *>(QStringLiteral("aboutQtVersion"))
                        ->text()
                        .contains(QString::fromLatin1(qVersion())));
            auto *database = modal->findChild<QLabel *>(QStringLiteral("aboutDatabasePath"));
            QCOMPARE(database->text(), path);
            QVERIFY(database->textInteractionFlags() & Qt::TextSelectableByKeyboard);
            QGuiApplication::clipboard()->clear();
            QTest::keyClick(modal->windowHandle(), Qt::Key_C, Qt::AltModifier); // &Copy Path
            QTRY_COMPARE(QGuiApplication::clipboard()->text(), path); // the button flashes, then clicks
            if (const QString dir = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
                modal->grab().save(dir + QLatin1String("/about.png"));
            shown = true;
        });
        // Alt+H opens the Help menu, A chooses About Pressdesk.
        QTest::keyClick(&w.window, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_A);
        QTRY_VERIFY(shown);
    }

    void aboutOpensTheDatabaseFolder()
    {
        AboutDialog dialog(QStringLiteral("/tmp/newsroom/pressdesk.sqlite"));
        QUrl opened;
        dialog.setFolderOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        dialog.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->click();
        QCOMPARE(opened, QUrl::fromLocalFile(QStringLiteral("/tmp/newsroom")));
    }

    void shortcutsDialogOpensWithF1AndListsTheActions()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        bool shown = false;
        onModal([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("shortcutsDialog"));
            auto *tree = modal->findChild<QTreeWidget *>(QStringLiteral("shortcutTree"));
            QVERIFY(tree);
            const QString ctrlS = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
            QCOMPARE(listedKeys(tree, QStringLiteral("File"), QStringLiteral("Save")), ctrlS);
            QCOMPARE(listedKeys(tree, QStringLiteral("Edit"), QStringLiteral("Find")),
                QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
            QCOMPARE(listedKeys(tree, QStringLiteral("Help"), QStringLiteral("Keyboard Shortcuts")),
                QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
            QCOMPARE(listedKeys(tree, QStringLiteral("Release body text"), QStringLiteral("Bold")),
                QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText));
            // Every formatting action of the body has a key: its toolbar takes no focus.
            for (const char *format : { "• List", "1. List", "Quote", "Clear", "Link", "Heading", "Italic" })
                QVERIFY2(!listedKeys(tree, QStringLiteral("Release body text"), QString::fromUtf8(format)).isEmpty(),
                    format);
            // The filter field has the focus: typing filters by name or key.
            auto *filter = modal->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
            QTRY_COMPARE(QApplication::focusWidget(), filter);
            const int all = visibleRows(tree);
            if (const QString dir = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
                modal->grab().save(dir + QLatin1String("/shortcuts.png"));
            QTest::keyClicks(filter, QStringLiteral("save"));
            QVERIFY(visibleRows(tree) >= 1);
            QVERIFY(visibleRows(tree) < all);
            QCOMPARE(listedKeys(tree, QStringLiteral("File"), QStringLiteral("Save")), ctrlS);
            filter->clear();
            QTest::keyClicks(filter, ctrlS);
            QVERIFY(visibleRows(tree) >= 1);
            QVERIFY(visibleRows(tree) < all);
            shown = true;
        });
        QTest::keySequence(&w.window, QKeySequence::HelpContents);
        QTRY_VERIFY(shown);
    }

    // The list is built from the actions: every live shortcut of the window is in it.
    void everyActionShortcutIsListed()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        w.window.editorArea()->createNew(Entity::Release);
        QStringList listed;
        const QList<ShortcutCatalog::Entry> entries = ShortcutCatalog::forMainWindow(&w.window);
        for (const ShortcutCatalog::Entry &entry : entries) {
            for (const QKeySequence &key : entry.keys)
                listed.append(key.toString(QKeySequence::PortableText));
        }
        QStringList missing;
        const QList<QAction *> actions = w.window.findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->associatedObjects().isEmpty())
                continue;
            const QList<QKeySequence> keys = action->shortcuts();
            for (const QKeySequence &key : keys) {
                if (!listed.contains(key.toString(QKeySequence::PortableText)))
                    missing.append(action->objectName() + QLatin1Char(' ') + key.toString());
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }

    // Quit and Preferences have keys everywhere, even where the platform defines none.
    void quitAndPreferencesHaveKeys()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        for (const char *name : { "quitAction", "preferencesAction" }) {
            auto *action = w.window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcuts().isEmpty(), name);
        }
    }

    // Two enabled actions of one window never answer the same keys.
    void noShortcutIsTakenTwice()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        Window w(fixture.db());
        QStringList conflicts = ShortcutCatalog::conflicts(&w.window);
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QLatin1Char('\n'))));
        // With editors open (two release editors: their formatting keys stay apart).
        for (Entity entity : { Entity::Release, Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization })
            w.window.editorArea()->createNew(entity);
        w.window.editorArea()->setCurrentIndex(1);
        conflicts = ShortcutCatalog::conflicts(&w.window);
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QLatin1Char('\n'))));

        // The check sees a clash when there is one.
        auto *clash = new QAction(QStringLiteral("Clash"), &w.window);
        clash->setObjectName(QStringLiteral("clashAction"));
        clash->setShortcut(QKeySequence::Save);
        w.window.addAction(clash);
        conflicts = ShortcutCatalog::conflicts(&w.window);
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts.first().contains(QLatin1String("clashAction"))
                && conflicts.first().contains(QLatin1String("saveAction")),
            qPrintable(conflicts.first()));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
