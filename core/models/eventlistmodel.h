#pragma once

#include "listmodel.h"
#include "search/searchquery.h"

namespace pressdesk {

// Events not in the trash, newest first: name, edition, start, format, city, country.
// A search matches names, descriptions, venues and organizations, by relevance.
class EventListModel final : public ListModel
{
    Q_OBJECT

public:
    enum Column { Name, Edition, Start, Format, City, Country, Match, Rank };

    explicit EventListModel(Database &database, QObject *parent = nullptr);
    void setSearch(const SearchQuery &query);
};

} // namespace pressdesk
