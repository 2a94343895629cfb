#pragma once

#include "sqllistmodel.h"

namespace pressdesk {

// Organizations not in the trash, by name: name, short name, country, website, ours.
class OrganizationListModel final : public SqlListModel
{
    Q_OBJECT

public:
    enum Column { Name, ShortName, Country, Website, Ours };

    explicit OrganizationListModel(Database &database, QObject *parent = nullptr);
};

} // namespace pressdesk
