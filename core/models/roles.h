#pragma once

#include <Qt>

namespace pressdesk {

// Item data roles shared by every read model, so views and delegates never guess.
enum ModelRole {
    IdRole = Qt::UserRole + 1, // qint64 primary key of the row's record
    KindRole, // entity key ("release", "speaker", ...), for mixed lists
    RawValueRole, // the stored value of a cell before formatting
    PresenceRole, // releases: "Being edited by Anna since 10:42" ("" when nobody else edits it)
};

} // namespace pressdesk
