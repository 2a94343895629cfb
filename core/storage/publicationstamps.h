#pragma once

#include "repository.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pressdesk {

// What the press room checks the pages it kept from its last publish against, without
// reading the records themselves: a stamp per public release row, and one digest of the
// organizations, events and speakers around them.
class PublicationStamps final : public Repository
{
public:
    explicit PublicationStamps(Database &database);

    // The published and archived releases out of the trash: id → a stamp that changes
    // whenever the row does (its last change, which every save sets; compared for equality,
    // so clocks that disagree do not matter).
    QHash<qint64, QString> releases();
    // A digest of every organization's, event's and speaker's id, version, last change and
    // trash state (trashed ones included): it changes whenever one of them does. Empty when
    // the store cannot be read.
    QByteArray surroundings();
};

} // namespace pressdesk
