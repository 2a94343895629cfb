#pragma once

#include "domain/release.h"

#include <QObject>

#include <functional>

class QVBoxLayout;
class QWidget;

namespace pressdesk {

class Database;
class EditorBar;
class ReleaseChangeWatch;
class ReleasePresence;

// Who may change the release open in an editor, on a team newsroom, and the bars that say so
// above the form: the person's role (a contributor reads someone else's release, an editor a
// published one: "You can read this release but not change it: …"), someone else's edit lock
// (ReleasePresence) and a save made elsewhere (ReleaseChangeWatch). The form is read-only
// while the role or the lock says so. A file has one person, who may change everything.
class ReleaseAccess final : public QObject
{
    Q_OBJECT

public:
    ReleaseAccess(Database &database, QWidget *editor, QVBoxLayout *layout, std::function<void(bool)> setReadOnly);
    ~ReleaseAccess() override;

    ReleasePresence *presence() const { return m_presence; }
    ReleaseChangeWatch *changes() const { return m_changes; }
    EditorBar *rightsBar() const { return m_rights; }
    // After the editor loads a release or saves one: its lock, its version and this person's
    // rights to it.
    void attach(const Release &release);
    // The editor closes: the lock goes.
    void detach();
    bool isReadOnly() const { return !m_refusal.isEmpty() || m_lockedByOther; }
    // Why a save is not made now, for the status bar.
    QString readOnlyReason() const;

private:
    void apply();

    Database &m_database;
    ReleasePresence *m_presence = nullptr;
    ReleaseChangeWatch *m_changes = nullptr;
    EditorBar *m_rights = nullptr;
    std::function<void(bool)> m_setReadOnly;
    QString m_person; // who this connection is and their role, asked once
    QString m_role;
    QString m_refusal; // why this person's role may not change the release, or empty
    bool m_lockedByOther = false;
};

} // namespace pressdesk
