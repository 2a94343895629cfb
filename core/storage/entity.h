#pragma once

#include <QString>

namespace pressdesk {

// The kinds of record the store keeps; used by change notifications and the trash.
enum class Entity { Release, Speaker, Event, Organization };

QString entityKey(Entity entity); // "release", "speaker", ...

} // namespace pressdesk
