#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QAction;
class QMainWindow;
class QPushButton;

namespace pressdesk {

class Database;
class EditorArea;
class ListModel;

// Moving records to the trash and back, and emptying it, for the main window: the
// questions, the status bar messages and the short-lived "Undo" offer (a button in the status
// bar and Edit ▸ Undo Move to Trash). Records are (kind, id): "release", "speaker", "event"
// or "organization".
class TrashController final : public QObject
{
    Q_OBJECT

public:
    using Records = QList<QPair<QString, qint64>>;

    TrashController(Database &database, EditorArea *editors, QMainWindow *window);

    QPushButton *undoButton() const { return m_undoButton; }
    QAction *undoAction() const { return m_undoAction; }

    // Editors of trashed records close, since they have nothing left to save to.
    void moveToTrash(const Records &records);
    void undoMoveToTrash();
    void restore(const Records &records);
    // Asks, then deletes every record the trash lists for good (those still in use stay).
    void emptyTrash(ListModel &trash);

private:
    Database &m_database;
    EditorArea *m_editors;
    QMainWindow *m_window;
    QPushButton *m_undoButton;
    QAction *m_undoAction;
    Records m_lastTrashed;
};

} // namespace pressdesk
