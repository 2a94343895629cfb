#pragma once

#include "section.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace pressdesk {

class Database;
class DetailPane;
class BackupController;
class EditorArea;
class EditorPage;
class ExportController;
class FirstRunAssistant;
class RecentNewsrooms;
class ImportController;
class PublishController;
class SendController;
class TrashController;
class NavigationList;
class NotificationBell;
class PeopleController;
class ReviewQueueButton;
class SectionBrowser;
class StatusPanel;
class SectionView;
class MainActions;

// The shell: navigation on the left, the current section's list in the middle, details on
// the right, menus, toolbar and status bar. Screens do the work; this only wires them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void showSection(Section section);
    SectionView *sectionView(Section section);
    // Work that waits until the window is up: today's automatic backup.
    void startBackgroundWork();
    ExportController *exportController() const { return m_export; }
    ImportController *importController() const { return m_import; }
    EditorArea *editorArea() const { return m_editors; }
    NotificationBell *notificationBell() const { return m_bell; }
    // After the window is shown: offers to restore drafts a crash left behind.
    void offerRecovery();
    // On an empty newsroom, opens the first-run assistant (window-modal, not blocking) and
    // returns it; nullptr when it is not wanted.
    FirstRunAssistant *offerFirstRun();
    RecentNewsrooms *recentNewsrooms() const { return m_recent; }
    // Ctrl+N: a new record of the current section's kind.
    void newRecord();
    // Opens the selected record of the current list in an editor.
    void openSelection();

Q_SIGNALS:
    // The release list has painted its first page: the window is usable.
    void ready();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Before the release in the editor in front is exported, printed or copied: its unsaved
    // changes are saved (or, if the user prefers, the saved version is used). False cancels.
    bool saveReleaseBeforeOutput();
    void fitFirstWindow();
    void connectActions();
    void updateStatus();
    void updateActions();
    void showAbout();
    void showPreferences();
    void updateEditorActions();
    void undoOrRedo(bool redo);
    void updateUndoText();
    QWidget *currentFocus() const;
    void withReleaseEditor(const std::function<void(class ReleaseEditor *)> &action);
    QList<QPair<QString, qint64>> selectedRecords() const;

    RecentNewsrooms *m_recent = nullptr;
    Database &m_database;
    NavigationList *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    StatusPanel *m_status = nullptr;
    SectionBrowser *m_sections = nullptr;
    ExportController *m_export = nullptr;
    BackupController *m_backup = nullptr;
    ImportController *m_import = nullptr;
    PublishController *m_publish = nullptr;
    SendController *m_send = nullptr;
    TrashController *m_trash = nullptr;
    MainActions *m_actions = nullptr;
    PeopleController *m_people = nullptr;
    ReviewQueueButton *m_reviewQueue = nullptr;
    NotificationBell *m_bell = nullptr;
    EditorArea *m_editors = nullptr;
    bool m_started = false;
};

} // namespace pressdesk
