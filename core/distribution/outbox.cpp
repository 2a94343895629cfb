#include "outbox.h"

#include "storage/releaserepository.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QUuid>

namespace pressdesk {

Outbox::Outbox(Database &database)
    : m_database(database)
{ }

QString Outbox::newBatch()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Outbox::enqueue(int count, const std::function<OutboxMessage(int index)> &make)
{
    try {
        OutboxStore(m_database).enqueue(count, make);
        return true;
    } catch (const StorageError &error) {
        m_error = error.message();
        return false;
    }
}

std::optional<QList<OutboxMessage>> Outbox::messages(const QList<qint64> &releaseIds, bool sentOnly)
{
    try {
        return OutboxStore(m_database).list(releaseIds, sentOnly);
    } catch (const StorageError &error) {
        m_error = error.message();
        return std::nullopt;
    }
}

std::optional<int> Outbox::markUncertainSent(const QList<qint64> &ids)
{
    try {
        Transaction transaction(m_database);
        OutboxStore store(m_database);
        int marked = 0;
        for (const qint64 id : ids)
            marked += store.markUncertainSent(id) ? 1 : 0;
        transaction.commit();
        return marked;
    } catch (const StorageError &error) {
        m_error = error.message();
        return std::nullopt;
    }
}

std::optional<int> Outbox::queuedCount()
{
    try {
        return OutboxStore(m_database).countInState(OutboxMessage::State::Queued);
    } catch (const StorageError &error) {
        m_error = error.message();
        return std::nullopt;
    }
}

std::optional<QList<qint64>> Outbox::translationGroupOf(qint64 releaseId)
{
    ReleaseRepository repository(m_database);
    const std::optional<Release> release = repository.load(releaseId);
    if (!release) {
        m_error = repository.errorString();
        return std::nullopt;
    }
    QList<qint64> ids { release->id };
    const QList<Release> group = repository.translations(release->translationGroup);
    for (const Release &member : group) {
        if (!ids.contains(member.id))
            ids.append(member.id);
    }
    return ids;
}

QString Outbox::setting(const QString &key) const
{
    return SettingsStore(m_database).value(key).value_or(QString());
}

bool Outbox::setSetting(const QString &key, const QString &value)
{
    try {
        Transaction transaction(m_database);
        SettingsStore(m_database).setValue(key, value);
        transaction.commit();
        return true;
    } catch (const StorageError &error) {
        m_error = error.message();
        return false;
    }
}

} // namespace pressdesk
