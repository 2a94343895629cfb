#pragma once

#include "domain/releasestatus.h"
#include "listmodel.h"
#include "search/searchquery.h"

#include <optional>

namespace pressdesk {

// Releases not in the trash: headline, status, language, release date, dateline, updated,
// and while searching the matching passage. A search (text and filters) narrows the list
// and orders it by relevance until a column is chosen.
class ReleaseListModel final : public ListModel
{
    Q_OBJECT

public:
    enum Column { Headline, Status, Language, ReleaseDate, Dateline, Updated, Match, Rank };

    explicit ReleaseListModel(Database &database, QObject *parent = nullptr);
    void setSearch(const SearchQuery &query);
    const SearchQuery &search() const { return m_search; }
    void setStatusFilter(std::optional<ReleaseStatus> status);

private:
    SearchQuery m_search;
};

} // namespace pressdesk
