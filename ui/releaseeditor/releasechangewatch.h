#pragma once

#include <QObject>

namespace pressdesk {

class Database;
class EditorBar;

// Notices that the release open in an editor was saved elsewhere (another person through
// LISTEN/NOTIFY, another Pressdesk on the same file, another window) and says so in a bar:
// "Changed by Anna at 10:47", with Reload and Compare, which the editor carries out.
class ReleaseChangeWatch final : public QObject
{
    Q_OBJECT

public:
    ReleaseChangeWatch(Database &database, QWidget *editor);

    // Reload over unsaved changes: discard them, compare, or keep them (the editor's
    // question, replaceable by tests through ReleaseEditor::setReloadChooser).
    enum class ReloadChoice { Reload, Compare, Cancel };
    static ReloadChoice askReload(QWidget *editor);

    EditorBar *bar() const { return m_bar; }
    // The release and version the editor shows now (after a load or a save); hides the bar.
    void track(qint64 releaseId, int version);

Q_SIGNALS:
    void reloadRequested();
    void compareRequested();

private:
    void schedule();
    void check();

    Database &m_database;
    EditorBar *m_bar = nullptr;
    qint64 m_releaseId = 0;
    int m_version = 0;
    bool m_scheduled = false;
};

} // namespace pressdesk
