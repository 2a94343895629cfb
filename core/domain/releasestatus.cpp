#include "releasestatus.h"

#include <QCoreApplication>

namespace pressdesk {

QString statusKey(ReleaseStatus status)
{
    switch (status) {
    case ReleaseStatus::Draft:
        return QStringLiteral("draft");
    case ReleaseStatus::InReview:
        return QStringLiteral("in_review");
    case ReleaseStatus::Approved:
        return QStringLiteral("approved");
    case ReleaseStatus::Published:
        return QStringLiteral("published");
    case ReleaseStatus::Archived:
        return QStringLiteral("archived");
    }
    return QStringLiteral("draft");
}

std::optional<ReleaseStatus> statusFromKey(const QString &key)
{
    for (ReleaseStatus status : allStatuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString statusLabel(ReleaseStatus status)
{
    switch (status) {
    case ReleaseStatus::Draft:
        return QCoreApplication::translate("ReleaseStatus", "Draft");
    case ReleaseStatus::InReview:
        return QCoreApplication::translate("ReleaseStatus", "In review");
    case ReleaseStatus::Approved:
        return QCoreApplication::translate("ReleaseStatus", "Approved");
    case ReleaseStatus::Published:
        return QCoreApplication::translate("ReleaseStatus", "Published");
    case ReleaseStatus::Archived:
        return QCoreApplication::translate("ReleaseStatus", "Archived");
    }
    return {};
}

QList<ReleaseStatus> allStatuses()
{
    return { ReleaseStatus::Draft, ReleaseStatus::InReview, ReleaseStatus::Approved, ReleaseStatus::Published,
        ReleaseStatus::Archived };
}

} // namespace pressdesk
