#pragma once

#include "domain/releasestatus.h"
#include "sqllistmodel.h"

#include <optional>

namespace pressdesk {

// Releases not in the trash: headline, status, language, release date, dateline, updated.
class ReleaseListModel final : public SqlListModel
{
    Q_OBJECT

public:
    enum Column { Headline, Status, Language, ReleaseDate, Dateline, Updated };

    explicit ReleaseListModel(Database &database, QObject *parent = nullptr);
    void setStatusFilter(std::optional<ReleaseStatus> status);
};

} // namespace pressdesk
