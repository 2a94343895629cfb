#pragma once

#include "sqllistmodel.h"

namespace pressdesk {

// Speakers not in the trash, by sort name: name, title, organization, country, e-mail.
class SpeakerListModel final : public SqlListModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Organization, Country, Email };

    explicit SpeakerListModel(Database &database, QObject *parent = nullptr);
};

} // namespace pressdesk
