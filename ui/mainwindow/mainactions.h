#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace pressdesk {

class BackupController;
class ExportController;
class ImportController;
class PublishController;
class RecentNewsrooms;
class SendController;

// The main window's own commands as QActions (text, icon, shortcut, objectName, status tip),
// parented to the window so that menus, the shortcut list and tests find them, and the
// menus and toolbar they sit in. What each action does is wired by MainWindow.
class MainActions final : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow *window);

    // The File, Edit, Release, View, Export (from the controller) and Help menus and the
    // toolbar, with the actions the screens own placed among ours.
    void buildMenus(QMainWindow *window, RecentNewsrooms *recent, ImportController *import, BackupController *backup,
        ExportController *exporter, PublishController *publisher, SendController *sender);

    QAction *newRecord = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *closeEditor = nullptr;
    QAction *preferences = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *find = nullptr;
    QAction *trash = nullptr;
    QAction *restore = nullptr;
    QAction *emptyTrash = nullptr;
    QAction *history = nullptr;
    QAction *duplicate = nullptr;
    QAction *translate = nullptr;
    QAction *refresh = nullptr;
    QList<QAction *> sections; // View ▸ one per section, Ctrl+1 …
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
};

} // namespace pressdesk
