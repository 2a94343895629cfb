#include "repository.h"

#include "storageerror.h"
#include "teamrepository.h"

#include <QCoreApplication>

namespace pressdesk {

Repository::Repository(Database &database, Entity entity)
    : m_database(database)
    , m_entity(entity)
{ }

Repository::~Repository() = default;

QString Repository::table() const
{
    switch (m_entity) {
    case Entity::Release:
        return QStringLiteral("releases");
    case Entity::Speaker:
        return QStringLiteral("speakers");
    case Entity::Event:
        return QStringLiteral("events");
    case Entity::Organization:
        return QStringLiteral("organizations");
    case Entity::Contact:
        return QStringLiteral("media_contacts");
    case Entity::MediaList:
        return QStringLiteral("media_lists");
    }
    return {};
}

Query &Repository::prepared(const QString &sql)
{
    // Statements prepared on a session that ended (a server lost and reached again) are gone.
    if (m_session != m_database.session()) {
        m_statements.clear();
        m_session = m_database.session();
    }
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.insert(sql, std::make_shared<Query>(connection(), sql));
    return **found;
}

void Repository::updateIndex(const QString &sql, qint64 id)
{
    if (!sql.isEmpty())
        prepared(sql).bind(0, id).exec();
}

bool Repository::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString Repository::refusalOrMessage(const StorageError &error)
{
    if (error.code() != QLatin1String("42501"))
        return error.message();
    QString reason = TeamRepository::reason(error.message());
    if (reason.startsWith(QLatin1String("permission denied: ")))
        reason = reason.mid(int(qstrlen("permission denied: ")));
    return QCoreApplication::translate("Repository", "Not allowed on this team newsroom: %1").arg(reason);
}

void Repository::throwNotSavedBecause(qint64 id, int loadedVersion, const QString &what)
{
    const QVariant current =
        prepared(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table())).bind(0, id).scalar();
    if (!current.isValid())
        throw StorageError(QCoreApplication::translate("Repository", "There is no %1 with id %2.").arg(what).arg(id));
    throw StorageError(QCoreApplication::translate("Repository",
        "The %1 was changed elsewhere since it was opened (version %2 "
        "was opened, version %3 is saved). Nothing was overwritten; "
        "reopen it to see the other changes.")
                           .arg(what)
                           .arg(loadedVersion)
                           .arg(current.toInt()));
}

QString Repository::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime Repository::parseTimestamp(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(text, Qt::ISODate);
    return moment.toUTC();
}

bool Repository::exists(qint64 id, bool includeTrash)
{
    bool found = false;
    read([&] {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?%2")
                                .arg(table(), includeTrash ? QString() : QStringLiteral(" AND deleted_at IS NULL"));
        found = prepared(sql).bind(0, id).scalar().toInt() > 0;
    });
    return found;
}

int Repository::count(bool includeTrash)
{
    int total = 0;
    read([&] {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1%2")
                                .arg(table(), includeTrash ? QString() : QStringLiteral(" WHERE deleted_at IS NULL"));
        total = prepared(sql).scalar().toInt();
    });
    return total;
}

bool Repository::moveToTrash(qint64 id)
{
    return setDeleted(id, true);
}

bool Repository::restore(qint64 id)
{
    return setDeleted(id, false);
}

bool Repository::setDeleted(qint64 id, bool deleted)
{
    if (!exists(id, true))
        return fail(
            QCoreApplication::translate("Repository", "There is no %1 with id %2.").arg(entityKey(m_entity)).arg(id));
    return write(id, [&] {
        beforeLifecycleChange(id);
        const QString sql = QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ?").arg(table());
        prepared(sql).bind(0, deleted ? QVariant(now()) : QVariant(QMetaType(QMetaType::QString))).bind(1, id).exec();
        afterLifecycleChange(id);
    });
}

bool Repository::purge(qint64 id)
{
    QString blocker;
    if (!read([&] { blocker = usedBy(id); }))
        return false;
    if (!blocker.isEmpty())
        return fail(blocker);
    return write(id, [&] {
        beforeLifecycleChange(id);
        const QString sql = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table());
        prepared(sql).bind(0, id).exec();
        afterLifecycleChange(id);
    });
}

QString Repository::usedBy(qint64)
{
    return {};
}

void Repository::beforeLifecycleChange(qint64)
{ }

void Repository::afterLifecycleChange(qint64)
{ }

} // namespace pressdesk
