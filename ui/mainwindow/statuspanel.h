#pragma once

#include "section.h"

#include <QObject>

#include <functional>

class QLabel;
class QMainWindow;

namespace pressdesk {

class Database;

// The main window's status bar: the current list's count, the editor's own status (words,
// reading time), and which newsroom is open (the file, or the team's server). It also says
// when writing stopped (the file was pulled from under Pressdesk) and when the server is
// unreachable and back, keeping every editor's text in its recovery copy first (autosave).
class StatusPanel final : public QObject
{
    Q_OBJECT

public:
    StatusPanel(Database &database, QMainWindow *window, QWidget *undoButton, std::function<void()> autosave);

    QLabel *editorStatusLabel() const { return m_editorStatus; }
    // "%n release(s)" and the like for a section's list; a server's search counts its
    // matches only so far (capped).
    void showCount(Section section, int count, bool capped, int cap);

private:
    void writesHalted(const QString &reason);
    void reachabilityChanged(bool reachable, const QString &reason);

    Database &m_database;
    QMainWindow *m_window = nullptr;
    std::function<void()> m_autosave;
    QLabel *m_count = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_editorStatus = nullptr;
};

} // namespace pressdesk
