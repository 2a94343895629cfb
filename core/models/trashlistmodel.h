#pragma once

#include "listmodel.h"

namespace pressdesk {

// Everything in the trash, most recently deleted first. KindRole tells which repository
// restores or purges a row.
class TrashListModel final : public ListModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Deleted };

    explicit TrashListModel(Database &database, QObject *parent = nullptr);
};

} // namespace pressdesk
