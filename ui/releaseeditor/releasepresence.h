#pragma once

#include "storage/presencerepository.h"

#include <QObject>

#include <functional>
#include <optional>

class QPushButton;
class QTimer;

namespace pressdesk {

class Database;
class EditorBar;

// The release editor's presence on a team newsroom: it holds the soft edit lock on the open
// release and refreshes it (the heartbeat), and lets go when the editor closes or opens
// another release. When someone else holds the lock, a bar says "Being edited by Anna since
// 10:42": an editor that opens then is read-only until the person chooses Edit Anyway (a save
// that meets theirs offers the conflict dialog); admins may Clear Lock. When the other person
// lets go or their lock lapses, the next heartbeat takes the lock and the form is editable
// again. A file has one person: nothing is held or shown.
class ReleasePresence final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Free, // nobody else holds it (this person may hold it, or may not edit it at all)
        ReadOnly, // someone else held it when the editor opened
        EditingAnyway, // someone else holds it, and this person edits too
    };

    ReleasePresence(Database &database, QWidget *editor, std::function<void(bool readOnly)> setReadOnly);
    ~ReleasePresence() override;

    EditorBar *bar() const { return m_bar; }
    Mode mode() const { return m_mode; }
    // After the editor loads a release or saves a new one: holds (or shows) its lock. The same
    // release again keeps the mode.
    void attach(qint64 releaseId);
    // Lets go of the lock (the editor closes).
    void detach();
    // Milliseconds between heartbeats (45 s by default); the lock lapses on the server after
    // its expiry (3 minutes by default) without one.
    void setHeartbeatInterval(int milliseconds);
    void refresh();

private:
    void show(const std::optional<PresenceRepository::Lock> &lock);
    void clearLock();

    Database &m_database;
    EditorBar *m_bar = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QTimer *m_heartbeat = nullptr;
    std::function<void(bool)> m_setReadOnly;
    qint64 m_releaseId = 0;
    QString m_me;
    bool m_admin = false;
    bool m_opening = false; // the first answer for this release decides read-only
    bool m_holding = false;
    Mode m_mode = Mode::Free;
};

} // namespace pressdesk
