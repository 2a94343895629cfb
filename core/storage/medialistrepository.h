#pragma once

#include "domain/medialist.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace pressdesk {

// Media lists with their hand-added members. Who a list reaches now (members plus the
// saved filter's matches) is RecipientResolver's business.
class MediaListRepository final : public Repository
{
public:
    explicit MediaListRepository(Database &database);

    std::optional<MediaList> load(qint64 id);
    // By name, compared without case.
    std::optional<MediaList> loadByName(const QString &name);
    // Every list sorted by name, with its members.
    QList<MediaList> list();
    // Inserts when id is 0, updates otherwise, members included; a name another list has
    // is refused.
    bool save(MediaList &list);
    // Adds contacts by hand (those already on the list stay where they are).
    bool addMembers(qint64 listId, const QList<qint64> &contactIds);
    bool remove(qint64 id) { return purge(id); }

    // For writers that already hold a transaction (the importer); throws StorageError.
    void addMembersInTransaction(qint64 listId, const QList<qint64> &contactIds);

private:
    MediaList fromRow(const Query &query) const;
    QList<qint64> membersOf(qint64 listId);
};

} // namespace pressdesk
