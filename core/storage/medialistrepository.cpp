#include "medialistrepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace pressdesk {

namespace {

const QString selectList =
    QStringLiteral("SELECT id, uuid, name, description, filter, created_at, updated_at, version FROM media_lists ");

} // namespace

MediaListRepository::MediaListRepository(Database &database)
    : Repository(database, Entity::MediaList)
{ }

MediaList MediaListRepository::fromRow(const Query &query) const
{
    MediaList list;
    list.id = query.value(0).toLongLong();
    list.uuid = query.value(1).toString();
    list.name = query.value(2).toString();
    list.description = query.value(3).toString();
    list.filter = query.value(4).toString();
    list.createdAt = parseTimestamp(query.value(5));
    list.updatedAt = parseTimestamp(query.value(6));
    list.version = query.value(7).toInt();
    return list;
}

QList<qint64> MediaListRepository::membersOf(qint64 listId)
{
    QList<qint64> ids;
    Query &query = prepared(
        QStringLiteral("SELECT m.contact_id FROM media_list_members m JOIN media_contacts c ON c.id = m.contact_id "
                       "WHERE m.list_id = ? AND c.deleted_at IS NULL ORDER BY m.added_at, m.contact_id"));
    query.bind(0, listId).exec();
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    return ids;
}

std::optional<MediaList> MediaListRepository::load(qint64 id)
{
    std::optional<MediaList> result;
    read([&] {
        Query &query = prepared(selectList + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"));
        query.bind(0, id).exec();
        if (query.next())
            result = fromRow(query);
        query.finish();
        if (result)
            result->memberIds = membersOf(result->id);
    });
    return result;
}

std::optional<MediaList> MediaListRepository::loadByName(const QString &name)
{
    qint64 id = 0;
    if (!read([&] {
            id = prepared(QStringLiteral("SELECT id FROM media_lists WHERE lower(name) = ? AND deleted_at IS NULL"))
                     .bind(0, name.trimmed().toLower())
                     .scalar()
                     .toLongLong();
        }))
        return std::nullopt;
    if (id == 0) {
        // lower() folds only ASCII on SQLite: compare the others here.
        for (const MediaList &list : this->list()) {
            if (list.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return list;
        }
        return std::nullopt;
    }
    return load(id);
}

QList<MediaList> MediaListRepository::list()
{
    QList<MediaList> result;
    read([&] {
        Query &query = prepared(selectList
            + QStringLiteral("WHERE deleted_at IS NULL ORDER BY %1, id")
                  .arg(database().dialect().caseless(QStringLiteral("name"))));
        query.exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
        for (MediaList &list : result)
            list.memberIds = membersOf(list.id);
    });
    return result;
}

void MediaListRepository::addMembersInTransaction(qint64 listId, const QList<qint64> &contactIds)
{
    const QString timestamp = now();
    for (qint64 contactId : contactIds) {
        const bool present =
            prepared(QStringLiteral("SELECT count(*) FROM media_list_members WHERE list_id = ? AND contact_id = ?"))
                .bind(0, listId)
                .bind(1, contactId)
                .scalar()
                .toInt()
            > 0;
        if (!present)
            prepared(QStringLiteral("INSERT INTO media_list_members (list_id, contact_id, added_at) VALUES (?, ?, ?)"))
                .bind(0, listId)
                .bind(1, contactId)
                .bind(2, timestamp)
                .exec();
    }
}

bool MediaListRepository::addMembers(qint64 listId, const QList<qint64> &contactIds)
{
    return write(listId, [&] { addMembersInTransaction(listId, contactIds); });
}

bool MediaListRepository::save(MediaList &list)
{
    const ValidationIssues issues = list.validate();
    if (!issues.isEmpty())
        return fail(describeIssues(issues));
    for (const MediaList &other : this->list()) {
        if (other.id != list.id && other.name.compare(list.name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(
                QCoreApplication::translate("Repository", "There is already a list named \"%1\".").arg(other.name));
    }
    MediaList saved = list;
    if (saved.uuid.isEmpty())
        saved.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = now();
    qint64 id = list.id;
    const bool ok = write(id, [&] {
        const bool inserting = id == 0;
        Query &query = prepared(inserting
                ? QStringLiteral("INSERT INTO media_lists (uuid, name, description, filter, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                : QStringLiteral("UPDATE media_lists SET uuid = ?, name = ?, description = ?, filter = ?, "
                                 "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
        query.bind(0, saved.uuid)
            .bind(1, saved.name.trimmed())
            .bind(2, text(saved.description))
            .bind(3, text(saved.filter.trimmed()));
        if (inserting)
            query.bind(4, timestamp).bind(5, timestamp);
        else
            query.bind(4, timestamp).bind(5, id).bind(6, saved.version);
        query.exec();
        if (inserting)
            id = query.returnedId();
        else if (query.numRowsAffected() == 0)
            throwNotSavedBecause(id, saved.version, QCoreApplication::translate("Repository", "media list"));
        // Members: those no longer listed leave, the new ones join at the end.
        const QList<qint64> before = inserting ? QList<qint64>() : membersOf(id);
        for (qint64 contactId : before) {
            if (!saved.memberIds.contains(contactId))
                prepared(QStringLiteral("DELETE FROM media_list_members WHERE list_id = ? AND contact_id = ?"))
                    .bind(0, id)
                    .bind(1, contactId)
                    .exec();
        }
        addMembersInTransaction(id, saved.memberIds);
    });
    if (ok) {
        if (list.id == 0)
            saved.createdAt = parseTimestamp(timestamp);
        saved.id = id;
        saved.version = saved.version > 0 ? saved.version + 1 : 1;
        saved.updatedAt = parseTimestamp(timestamp);
        saved.name = saved.name.trimmed();
        list = saved;
    }
    return ok;
}

} // namespace pressdesk
