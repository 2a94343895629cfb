#pragma once

#include "domain/releasestatus.h"
#include "listmodel.h"
#include "search/searchquery.h"
#include "storage/presencerepository.h"

#include <QHash>

#include <optional>

class QTimer;

namespace pressdesk {

// Releases not in the trash: headline, status, language, release date, dateline, updated,
// and while searching the matching passage. A search (text and filters) narrows the list
// and orders it by relevance until a column is chosen. On a team newsroom the headline also
// says who else is editing a release (PresenceRole and its tooltip), read again when someone
// takes or lets go of a lock and at each presence interval (locks lapse silently).
class ReleaseListModel final : public ListModel
{
    Q_OBJECT

public:
    enum Column { Headline, Status, Language, ReleaseDate, Dateline, Updated, Match, Rank };

    explicit ReleaseListModel(Database &database, QObject *parent = nullptr);
    void setSearch(const SearchQuery &query);
    const SearchQuery &search() const { return m_search; }
    void setStatusFilter(std::optional<ReleaseStatus> status);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // How often the edit locks are read again when nobody announces a change (a lock that
    // lapsed); 0 stops it. 30 s by default on a server.
    void setPresenceInterval(int milliseconds);
    // "Being edited by Anna since 10:42", or '' when nobody else edits the release.
    QString presenceText(qint64 id) const;

public Q_SLOTS:
    void refreshPresence();

private:
    SearchQuery m_search;
    QHash<qint64, PresenceRepository::Lock> m_presence;
    QTimer *m_presenceTimer = nullptr;
};

} // namespace pressdesk
