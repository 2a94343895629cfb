#include "notificationrepository.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/storageerror.h"
#include "storage/teamrepository.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace pressdesk {

NotificationRepository::NotificationRepository(Database &database)
    : m_database(database)
{ }

QList<NotificationRepository::Notification> NotificationRepository::all(const QString &person)
{
    QList<Notification> result;
    const auto headlineOf = [](const QVariant &value) {
        return value.toString();
    };
    // Reviews asked of this person by someone else, while the release waits in review.
    Query reviews(m_database.connection(),
        QStringLiteral("SELECT q.release_id, q.requested_by, q.requested_at, r.headline FROM review_requests q "
                       "JOIN releases r ON r.id = q.release_id WHERE q.reviewer = ? AND q.requested_by <> ? "
                       "AND r.status = 'in_review' AND r.deleted_at IS NULL"));
    reviews.bind(0, person).bind(1, person).exec();
    while (reviews.next()) {
        Notification item;
        item.kind = Kind::ReviewRequested;
        item.releaseId = reviews.value(0).toLongLong();
        item.actor = reviews.value(1).toString();
        item.createdAt = reviews.value(2).toString();
        item.headline = headlineOf(reviews.value(3));
        item.key = QStringLiteral("review:%1:%2").arg(item.releaseId).arg(item.createdAt);
        result.append(item);
    }
    // Their releases approved or sent back to draft by someone else.
    Query moves(m_database.connection(),
        QStringLiteral("SELECT a.id, a.release_id, a.actor, a.created_at, a.detail, r.headline FROM activity a "
                       "JOIN releases r ON r.id = a.release_id WHERE a.action = 'status' AND r.created_by = ? "
                       "AND a.actor <> ? AND r.deleted_at IS NULL AND (a.detail LIKE ? OR a.detail IN (?, ?))"));
    moves.bind(0, person)
        .bind(1, person)
        .bind(2, QStringLiteral("% -> approved"))
        .bind(3, QStringLiteral("in_review -> draft"))
        .bind(4, QStringLiteral("approved -> draft"))
        .exec();
    while (moves.next()) {
        Notification item;
        item.key = QStringLiteral("activity:%1").arg(moves.value(0).toLongLong());
        item.releaseId = moves.value(1).toLongLong();
        item.actor = moves.value(2).toString();
        item.createdAt = moves.value(3).toString();
        item.kind = moves.value(4).toString().endsWith(QLatin1String("approved")) ? Kind::Approved : Kind::SentBack;
        item.headline = headlineOf(moves.value(5));
        result.append(item);
    }
    // Comments by others on their releases, and replies to their comments elsewhere.
    Query comments(m_database.connection(),
        QStringLiteral("SELECT c.id, c.release_id, c.author, c.created_at, c.field, r.headline, r.created_by "
                       "FROM comments c JOIN releases r ON r.id = c.release_id WHERE c.author <> ? "
                       "AND r.deleted_at IS NULL AND (r.created_by = ? OR c.parent_id IN "
                       "(SELECT p.id FROM comments p WHERE p.author = ?))"));
    comments.bind(0, person).bind(1, person).bind(2, person).exec();
    while (comments.next()) {
        Notification item;
        item.key = QStringLiteral("comment:%1").arg(comments.value(0).toLongLong());
        item.releaseId = comments.value(1).toLongLong();
        item.actor = comments.value(2).toString();
        item.createdAt = comments.value(3).toString();
        item.field = comments.value(4).toString();
        item.headline = headlineOf(comments.value(5));
        item.kind = comments.value(6).toString() == person ? Kind::Comment : Kind::Reply;
        result.append(item);
    }
    return result;
}

QList<NotificationRepository::Notification> NotificationRepository::notifications(int limit)
{
    m_error.clear();
    QList<Notification> result;
    try {
        const QString person = TeamRepository(m_database).currentUser();
        result = all(person);
        QSet<QString> read;
        Query reads(m_database.connection(), QStringLiteral("SELECT item FROM notification_reads WHERE person = ?"));
        reads.bind(0, person).exec();
        while (reads.next())
            read.insert(reads.value(0).toString());
        for (Notification &item : result)
            item.read = read.contains(item.key);
    } catch (const StorageError &error) {
        m_error = TeamRepository::reason(error.message());
        return {};
    }
    std::sort(result.begin(), result.end(), [](const Notification &a, const Notification &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.key > b.key;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

int NotificationRepository::unreadCount()
{
    const QList<Notification> items = notifications();
    return int(std::count_if(items.cbegin(), items.cend(), [](const Notification &item) { return !item.read; }));
}

bool NotificationRepository::markRead(const QStringList &keys)
{
    m_error.clear();
    if (keys.isEmpty())
        return true;
    try {
        const QString person = TeamRepository(m_database).currentUser();
        Query insert(m_database.connection(),
            QStringLiteral("INSERT INTO notification_reads (person, item, read_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (person, item) DO NOTHING"));
        Transaction transaction(m_database);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const QString &key : keys)
            insert.bind(0, person).bind(1, key).bind(2, now).exec();
        transaction.commit();
    } catch (const StorageError &error) {
        m_error = TeamRepository::reason(error.message());
        return false;
    }
    return true;
}

bool NotificationRepository::markAllRead()
{
    QStringList keys;
    for (const Notification &item : notifications()) {
        if (!item.read)
            keys.append(item.key);
    }
    return markRead(keys);
}

} // namespace pressdesk
