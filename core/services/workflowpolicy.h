#pragma once

#include "domain/releasestatus.h"

#include <QCoreApplication>
#include <QString>

namespace pressdesk {

// Who may do what with a release: the same rules the server holds (migrations/postgres
// 0009_team.sql), checked first by the application so that a person gets a clear message
// instead of the server's refusal. Roles rank contributor < editor < publisher < admin <
// owner (the newsroom's owner or a superuser); each may do what the ones below it may.
class WorkflowPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowPolicy)

public:
    // role: contributor, editor, publisher, admin or owner; me: the person's login; creator:
    // who created the release.
    WorkflowPolicy(QString role, QString me);

    static int rank(const QString &role);
    // Why this person may not change a release that is in status from and was created by
    // creator; empty when they may.
    QString editRefusal(ReleaseStatus from, const QString &creator) const;
    // Why this person may not move the release from one status to another; empty when
    // they may.
    QString moveRefusal(ReleaseStatus from, ReleaseStatus to, const QString &creator) const;
    // Whether the role may hold a release in status (create it so, or move it there).
    bool mayHold(ReleaseStatus status) const;

private:
    QString m_role;
    QString m_me;
    int m_rank = 0;
};

} // namespace pressdesk
