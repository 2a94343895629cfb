#include "recoverystore.h"

#include "database.h"
#include "query.h"
#include "storageerror.h"

namespace pressdesk {

RecoveryStore::RecoveryStore(Database &database)
    : m_database(database)
{ }

bool RecoveryStore::save(const RecoveryDraft &draft)
{
    try {
        const QDateTime when = draft.savedAt.isValid() ? draft.savedAt : QDateTime::currentDateTimeUtc();
        Query(m_database.connection(),
            QStringLiteral("INSERT INTO recovery_drafts (draft_key, kind, record_id, title, payload, saved_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (draft_key) DO UPDATE SET "
                           "kind = excluded.kind, record_id = excluded.record_id, title = excluded.title, "
                           "payload = excluded.payload, saved_at = excluded.saved_at"))
            .bind(0, draft.key)
            .bind(1, draft.kind)
            .bind(2, draft.recordId)
            .bind(3, text(draft.title))
            .bind(4, QString::fromUtf8(draft.payload))
            .bind(5, when.toUTC().toString(Qt::ISODateWithMs))
            .exec();
        return true;
    } catch (const StorageError &error) {
        m_error = error.message();
        return false;
    }
}

bool RecoveryStore::remove(const QString &key)
{
    try {
        Query(m_database.connection(), QStringLiteral("DELETE FROM recovery_drafts WHERE draft_key = ?"))
            .bind(0, key)
            .exec();
        return true;
    } catch (const StorageError &error) {
        m_error = error.message();
        return false;
    }
}

QList<RecoveryDraft> RecoveryStore::drafts() const
{
    QList<RecoveryDraft> result;
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT draft_key, kind, record_id, title, payload, saved_at "
                           "FROM recovery_drafts ORDER BY saved_at"));
        query.exec();
        while (query.next()) {
            result.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                query.value(3).toString(), query.value(4).toString().toUtf8(),
                QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs) });
        }
    } catch (const StorageError &error) {
        m_error = error.message();
    }
    return result;
}

} // namespace pressdesk
