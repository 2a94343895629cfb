#pragma once

#include "listmodel.h"

namespace pressdesk {

// Organizations not in the trash, by name: name, short name, country, website, ours.
class OrganizationListModel final : public ListModel
{
    Q_OBJECT

public:
    enum Column { Name, ShortName, Country, Website, Ours };

    explicit OrganizationListModel(Database &database, QObject *parent = nullptr);
};

} // namespace pressdesk
