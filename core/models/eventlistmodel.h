#pragma once

#include "sqllistmodel.h"

namespace pressdesk {

// Events not in the trash, newest first: name, edition, start, format, city, country.
class EventListModel final : public SqlListModel
{
    Q_OBJECT

public:
    enum Column { Name, Edition, Start, Format, City, Country };

    explicit EventListModel(Database &database, QObject *parent = nullptr);
};

} // namespace pressdesk
