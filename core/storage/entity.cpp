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
    case Entity::Contact:
        return QStringLiteral("contact");
    case Entity::MediaList:
        return QStringLiteral("media_list");
    }
    return {};
}

std::optional<Entity> entityFromKey(const QString &key)
{
    for (Entity entity :
        { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization, Entity::Contact, Entity::MediaList }) {
        if (entityKey(entity) == key)
            return entity;
    }
    return std::nullopt;
}

} // namespace pressdesk
