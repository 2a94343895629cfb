#include "entity.h"

namespace pressdesk {

QString entityKey(Entity entity)
{
    switch (entity) {
    case Entity::Release:
        return QStringLiteral("release");
    case Entity::Speaker:
        return QStringLiteral("speaker");
    case Entity::Event:
        return QStringLiteral("event");
    case Entity::Organization:
        return QStringLiteral("organization");
    }
    return {};
}

std::optional<Entity> entityFromKey(const QString &key)
{
    for (Entity entity : { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization }) {
        if (entityKey(entity) == key)
            return entity;
    }
    return std::nullopt;
}

} // namespace pressdesk
