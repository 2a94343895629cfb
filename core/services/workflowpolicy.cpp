#include "workflowpolicy.h"

#include <utility>

namespace pressdesk {

WorkflowPolicy::WorkflowPolicy(QString role, QString me)
    : m_role(std::move(role))
    , m_me(std::move(me))
    , m_rank(rank(m_role))
{ }

int WorkflowPolicy::rank(const QString &role)
{
    static const QStringList order { QStringLiteral("contributor"), QStringLiteral("editor"),
        QStringLiteral("publisher"), QStringLiteral("admin"), QStringLiteral("owner") };
    return int(order.indexOf(role)) + 1;
}

bool WorkflowPolicy::mayHold(ReleaseStatus status) const
{
    if (m_rank >= 3)
        return true;
    if (m_rank == 2)
        return status == ReleaseStatus::Draft || status == ReleaseStatus::InReview || status == ReleaseStatus::Approved;
    if (m_rank == 1)
        return status == ReleaseStatus::Draft || status == ReleaseStatus::InReview;
    return false;
}

QString WorkflowPolicy::editRefusal(ReleaseStatus from, const QString &creator) const
{
    if (m_rank >= 3)
        return {};
    if (m_rank == 0)
        return tr("%1 is not a person of this newsroom; ask an admin to add them.").arg(m_me);
    if (m_rank == 2) {
        if (from == ReleaseStatus::Published || from == ReleaseStatus::Archived)
            return tr("An editor cannot change a release that is %1; a publisher can.")
                .arg(statusLabel(from).toLower());
        return {};
    }
    if (creator != m_me)
        return tr("A contributor can change only their own releases; this one is %1's.")
            .arg(creator.isEmpty() ? tr("nobody") : creator);
    if (from != ReleaseStatus::Draft && from != ReleaseStatus::InReview)
        return tr("A contributor can change a release only while it is a draft or in review; this one is %1.")
            .arg(statusLabel(from).toLower());
    return {};
}

QString WorkflowPolicy::moveRefusal(ReleaseStatus from, ReleaseStatus to, const QString &creator) const
{
    const QString edit = editRefusal(from, creator);
    if (!edit.isEmpty())
        return edit;
    if (from != to && !mayHold(to)) {
        if (m_rank == 1)
            return tr("A contributor can ask for review but cannot set a release to %1; an editor approves and a "
                      "publisher publishes.")
                .arg(statusLabel(to).toLower());
        return tr("An editor cannot set a release to %1; a publisher can.").arg(statusLabel(to).toLower());
    }
    return {};
}

} // namespace pressdesk
