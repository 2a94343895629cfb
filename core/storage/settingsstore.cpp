#include "settingsstore.h"

#include "database.h"
#include "query.h"
#include "storageerror.h"

namespace pressdesk {

SettingsStore::SettingsStore(Database &database)
    : m_database(database)
{ }

std::optional<QString> SettingsStore::value(const QString &key) const
{
    try {
        const QVariant found =
            Query(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"))
                .bind(0, key)
                .scalar();
        if (found.isValid())
            return found.toString();
    } catch (const StorageError &) { }
    return std::nullopt;
}

void SettingsStore::setValue(const QString &key, const QString &value)
{
    Query(m_database.connection(),
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(0, key)
        .bind(1, value)
        .exec();
}

} // namespace pressdesk
