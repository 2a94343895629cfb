#include "presencerepository.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/storageerror.h"
#include "storage/teamrepository.h"
#include "storage/transaction.h"

#include <QLocale>

namespace pressdesk {

namespace {

QDateTime instant(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// A person's name as others know it: the full name when there is one.
const QString personName =
    QStringLiteral("coalesce((SELECT nullif(p.full_name, '') FROM people p WHERE p.name = %1), %1)");

QString clockTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // Minutes are enough to say since when (the C locale's short format has seconds).
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss"));
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), time);
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), time);
}

} // namespace

QString PresenceRepository::describe(const Lock &lock)
{
    return tr("Being edited by %1 since %2").arg(lock.holderName, clockTime(lock.since));
}

QString PresenceRepository::describe(const Change &change)
{
    if (change.actorName.isEmpty())
        return tr("Changed elsewhere at %1").arg(clockTime(change.at));
    return tr("Changed by %1 at %2").arg(change.actorName, clockTime(change.at));
}

PresenceRepository::PresenceRepository(Database &database)
    : m_database(database)
{ }

bool PresenceRepository::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool PresenceRepository::isShared() const
{
    return m_database.isServer() && m_database.isOpen();
}

std::optional<PresenceRepository::Lock> PresenceRepository::hold(qint64 releaseId)
{
    // Not inside another write: the heartbeat would wait for it and commit with it.
    if (!isShared() || releaseId <= 0 || m_database.transactionDepth() > 0)
        return std::nullopt;
    try {
        Query hold(m_database.connection(),
            QStringLiteral("SELECT lock_holder, lock_since, %1 FROM pressdesk_hold_edit_lock(?)")
                .arg(personName.arg(QStringLiteral("lock_holder"))));
        Transaction transaction(m_database);
        hold.bind(0, releaseId).exec();
        std::optional<Lock> lock;
        if (hold.next())
            lock = Lock { releaseId, hold.value(0).toString(), hold.value(2).toString(), instant(hold.value(1)) };
        hold.finish();
        transaction.commit();
        return lock;
    } catch (const StorageError &error) {
        fail(TeamRepository::reason(error.message()));
        return std::nullopt;
    }
}

bool PresenceRepository::release(qint64 releaseId)
{
    if (!isShared() || releaseId <= 0)
        return false;
    try {
        Query release(m_database.connection(), QStringLiteral("SELECT pressdesk_release_edit_lock(?)"));
        Transaction transaction(m_database);
        const bool released = release.bind(0, releaseId).scalar().toBool();
        release.finish();
        transaction.commit();
        return released;
    } catch (const StorageError &error) {
        return fail(TeamRepository::reason(error.message()));
    }
}

bool PresenceRepository::clear(qint64 releaseId)
{
    if (!isShared())
        return fail(tr("A Pressdesk file has one person: nobody else holds its releases."));
    try {
        Query clear(m_database.connection(), QStringLiteral("SELECT pressdesk_clear_edit_lock(?)"));
        Transaction transaction(m_database);
        clear.bind(0, releaseId).exec();
        clear.finish();
        transaction.commit();
    } catch (const StorageError &error) {
        return fail(TeamRepository::reason(error.message()));
    }
    return true;
}

QList<PresenceRepository::Lock> PresenceRepository::locks(bool exceptMine)
{
    QList<Lock> result;
    if (!isShared())
        return result;
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT l.release_id, l.holder, l.since, %1 FROM edit_locks l "
                           "WHERE pressdesk_edit_lock_live(l.heartbeat_at) AND (NOT ? OR l.holder <> session_user) "
                           "ORDER BY l.release_id")
                .arg(personName.arg(QStringLiteral("l.holder"))));
        query.bind(0, exceptMine).exec();
        while (query.next())
            result.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(3).toString(),
                instant(query.value(2)) });
    } catch (const StorageError &error) {
        fail(TeamRepository::reason(error.message()));
    }
    return result;
}

std::optional<PresenceRepository::Change> PresenceRepository::latestChange(qint64 releaseId)
{
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT r.version, coalesce(a.actor, ''), coalesce(a.created_at, r.updated_at), "
                           "CASE WHEN a.actor IS NULL THEN '' ELSE %1 END "
                           "FROM releases r LEFT JOIN activity a ON a.id = (SELECT max(b.id) FROM activity b "
                           "WHERE b.release_id = r.id AND b.action IN ('created', 'edited', 'status', 'trashed', "
                           "'restored')) WHERE r.id = ?")
                .arg(personName.arg(QStringLiteral("a.actor"))));
        query.bind(0, releaseId).exec();
        if (!query.next())
            return std::nullopt;
        return Change { query.value(0).toInt(), query.value(1).toString(), query.value(3).toString(),
            instant(query.value(2)) };
    } catch (const StorageError &error) {
        fail(TeamRepository::reason(error.message()));
        return std::nullopt;
    }
}

} // namespace pressdesk
