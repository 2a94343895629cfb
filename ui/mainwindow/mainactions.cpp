#include "mainactions.h"

#include "backup/backupcontroller.h"
#include "export/exportcontroller.h"
#include "import/importcontroller.h"
#include "publish/publishcontroller.h"
#include "recentnewsrooms.h"
#include "section.h"
#include "send/sendcontroller.h"
#include "widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace pressdesk {

namespace {

QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> standard = QKeySequence::keyBindings(key);
    return standard.isEmpty() ? QList<QKeySequence> { fallback } : standard;
}

QAction *action(QMainWindow *window, const QIcon &icon, const QString &text, const char *name)
{
    auto *created = new QAction(icon, text, window);
    created->setObjectName(QLatin1String(name));
    return created;
}

} // namespace

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    trash = action(window, Icons::themed(QStringLiteral("user-trash"), QStringLiteral("trash")), tr("Move to &Trash"),
        "moveToTrashAction");
    trash->setShortcut(QKeySequence::Delete);
    trash->setStatusTip(tr("Move the selected items to the trash"));
    restore = action(
        window, Icons::themed(QStringLiteral("edit-undo"), QStringLiteral("restore")), tr("Re&store"), "restoreAction");
    restore->setStatusTip(tr("Restore the selected items from the trash"));
    emptyTrash =
        action(window, QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Empty Trash…"), "emptyTrashAction");
    refresh = action(window, Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("Re&fresh"),
        "refreshAction");
    refresh->setShortcut(QKeySequence::Refresh);
    find = action(window, QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), "findAction");
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the current list"));

    quit = action(window, QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), "quitAction");
    // Windows and some desktops have no standard key for these two; Ctrl+Q and Ctrl+, are
    // what users of other applications try.
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    about = action(window, QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Pressdesk"), "aboutAction");
    about->setMenuRole(QAction::AboutRole);
    shortcuts = action(window, QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")), tr("&Keyboard Shortcuts"),
        "shortcutsAction");
    shortcuts->setShortcut(QKeySequence::HelpContents);

    newRecord =
        action(window, Icons::themed(QStringLiteral("document-new"), QStringLiteral("new")), tr("&New"), "newAction");
    newRecord->setShortcut(QKeySequence::New);
    newRecord->setStatusTip(tr("Create a new record in the current section"));
    open = action(window, QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open"), "openAction");
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    open->setStatusTip(tr("Edit the selected record"));
    save = action(
        window, Icons::themed(QStringLiteral("document-save"), QStringLiteral("save")), tr("&Save"), "saveAction");
    save->setShortcut(QKeySequence::Save);
    closeEditor =
        action(window, QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close Editor"), "closeEditorAction");
    closeEditor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));

    undo = action(window, QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), "undoAction");
    undo->setShortcut(QKeySequence::Undo);
    redo = action(window, QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), "redoAction");
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });

    history =
        action(window, QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History…"), "historyAction");
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    duplicate = action(window, QIcon(), tr("D&uplicate"), "duplicateAction");
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    translate = action(window, QIcon(), tr("Create &Translation…"), "translateAction");

    preferences = action(
        window, QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), "preferencesAction");
    preferences->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);

    for (Section section : allSections) {
        auto *view = new QAction(sectionTitle(section), window);
        view->setObjectName(sectionKey(section) + QLatin1String("SectionAction"));
        view->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(section))));
        view->setCheckable(true);
        sections.append(view);
    }
}

void MainActions::buildMenus(QMainWindow *window, RecentNewsrooms *recent, ImportController *import,
    BackupController *backup, ExportController *exporter, PublishController *publisher, SendController *sender)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newRecord);
    file->addAction(open);
    file->addAction(save);
    file->addAction(closeEditor);
    file->addSeparator();
    file->addAction(recent->openAction());
    file->addAction(recent->connectAction());
    file->addMenu(recent->menu());
    file->addSeparator();
    file->addAction(import->importAction());
    file->addAction(publisher->publishAction());
    file->addAction(sender->sendAction());
    file->addSeparator();
    file->addAction(backup->backupAction());
    file->addAction(backup->restoreAction());
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(import->pasteAction());
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(trash);
    edit->addAction(restore);
    edit->addSeparator();
    edit->addAction(emptyTrash);

    QMenu *release = bar->addMenu(tr("&Release"));
    release->setObjectName(QStringLiteral("releaseMenu"));
    release->addAction(history);
    release->addAction(duplicate);
    release->addAction(translate);

    QMenu *view = bar->addMenu(tr("&View"));
    auto *group = new QActionGroup(window);
    for (QAction *section : std::as_const(sections)) {
        group->addAction(section);
        view->addAction(section);
    }
    view->addSeparator();
    view->addAction(refresh);

    bar->addMenu(exporter->createMenu(window));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);

    QToolBar *toolbar = window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newRecord);
    toolbar->addAction(save);
    toolbar->addSeparator();
    toolbar->addAction(trash);
    toolbar->addAction(restore);
    toolbar->addAction(refresh);
    toolbar->addSeparator();
    toolbar->addActions(exporter->toolBarActions());
}

} // namespace pressdesk
