#pragma once

#include <QString>

#include <optional>

namespace pressdesk {

// The kinds of record the store keeps; used by change notifications and the trash.
enum class Entity { Release, Speaker, Event, Organization, Contact, MediaList };

QString entityKey(Entity entity); // "release", "speaker", ...
std::optional<Entity> entityFromKey(const QString &key); // the reverse; nullopt for others

} // namespace pressdesk
