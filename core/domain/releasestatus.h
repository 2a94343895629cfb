#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

// The editorial workflow, in order. Stored and printed as the lower_snake_case keys.
enum class ReleaseStatus { Draft, InReview, Approved, Published, Archived };

QString statusKey(ReleaseStatus status);
std::optional<ReleaseStatus> statusFromKey(const QString &key);
QString statusLabel(ReleaseStatus status);
QList<ReleaseStatus> allStatuses();

} // namespace pressdesk
