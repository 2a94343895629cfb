#pragma once

#include "domain/mediacontact.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace pressdesk {

// Media contacts. Searches run the query language through ContactFilter over the live
// contacts (a newsroom keeps hundreds or a few thousand; the same code on both backends).
class ContactRepository final : public Repository
{
public:
    explicit ContactRepository(Database &database);

    std::optional<MediaContact> load(qint64 id);
    // Live contacts sorted by name.
    QList<MediaContact> list(int limit = -1);
    // The contacts the query finds (all of them for an empty query), sorted by name.
    QList<MediaContact> search(const QString &query);
    // The live contact with this address, compared without case; 0 when none.
    qint64 findByEmail(const QString &email);
    // Inserts when id is 0, updates otherwise; refuses invalid values and an address
    // another contact already has.
    bool save(MediaContact &contact);
    // Records a bounce (invalid moment: the address works again).
    bool markBounced(qint64 id, const QDateTime &at, const QString &reply);
    // Deletes the contact and its list memberships for good.
    bool remove(qint64 id) { return purge(id); }

    // For writers that already hold a transaction (the importer): these throw StorageError.
    void insertOrUpdate(MediaContact &contact);

private:
    MediaContact fromRow(const Query &query) const;
    QList<MediaContact> readAll(int limit);
};

} // namespace pressdesk
