#include "releaseaccess.h"

#include "editor/editorbar.h"
#include "releasechangewatch.h"
#include "releasepresence.h"
#include "services/workflowpolicy.h"
#include "storage/database.h"
#include "storage/teamrepository.h"

#include <QVBoxLayout>

#include <utility>

namespace pressdesk {

ReleaseAccess::ReleaseAccess(
    Database &database, QWidget *editor, QVBoxLayout *layout, std::function<void(bool)> setReadOnly)
    : QObject(editor)
    , m_database(database)
    , m_rights(new EditorBar(QStringLiteral("rightsBar"), editor))
    , m_setReadOnly(std::move(setReadOnly))
{
    m_presence = new ReleasePresence(database, editor, [this](bool lockedByOther) {
        m_lockedByOther = lockedByOther;
        apply();
    });
    m_changes = new ReleaseChangeWatch(database, editor);
    layout->insertWidget(0, m_changes->bar());
    layout->insertWidget(0, m_presence->bar());
    layout->insertWidget(0, m_rights);
}

ReleaseAccess::~ReleaseAccess()
{
    detach();
}

void ReleaseAccess::attach(const Release &release)
{
    m_refusal.clear();
    if (m_database.isServer() && release.id > 0) {
        TeamRepository team(m_database);
        if (m_role.isEmpty()) {
            m_person = team.currentUser();
            m_role = team.currentRole();
        }
        m_refusal = WorkflowPolicy(m_role, m_person).editRefusal(release.status, team.createdBy(release.id));
    }
    if (m_refusal.isEmpty()) {
        m_rights->hide();
    } else {
        m_rights->setText(tr("You can read this release and comment on it, but not change it: %1").arg(m_refusal));
        m_rights->show();
    }
    m_changes->track(release.id, release.version);
    m_presence->attach(release.id);
    apply();
}

void ReleaseAccess::detach()
{
    m_presence->detach();
}

QString ReleaseAccess::readOnlyReason() const
{
    if (!m_refusal.isEmpty())
        return tr("Not saved: %1").arg(m_refusal);
    return tr("This release is open for reading while someone else edits it; choose Edit Anyway to change it.");
}

void ReleaseAccess::apply()
{
    m_setReadOnly(isReadOnly());
}

} // namespace pressdesk
