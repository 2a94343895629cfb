#pragma once

#include "listmodel.h"
#include "search/searchquery.h"

namespace pressdesk {

// Speakers not in the trash, by sort name: name, title, organization, country, e-mail.
// A search matches names, titles, organizations and bios, ordered by relevance.
class SpeakerListModel final : public ListModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Organization, Country, Email, Match, Rank };

    explicit SpeakerListModel(Database &database, QObject *parent = nullptr);
    void setSearch(const SearchQuery &query);
};

} // namespace pressdesk
