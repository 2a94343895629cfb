#include "importrecord.h"

namespace pressdesk {

QString ImportRecord::label() const
{
    switch (entity) {
    case Entity::Release:
        return release.headline;
    case Entity::Speaker:
        return speaker.fullName;
    case Entity::Event:
        return event.name;
    case Entity::Organization:
    case Entity::Contact:
    case Entity::MediaList:
        break;
    }
    return organizationName;
}

QString ImportRecord::entityKey() const
{
    return pressdesk::entityKey(entity);
}

} // namespace pressdesk
