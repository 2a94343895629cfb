#pragma once

#include <QString>

#include <optional>

namespace pressdesk {

class Database;

// Facts kept inside the database file (the settings table), as opposed to per-user
// preferences in QSettings: whether the demo newsroom was added, for example.
class SettingsStore final
{
public:
    explicit SettingsStore(Database &database);

    std::optional<QString> value(const QString &key) const;
    // Throws StorageError; meant to run inside a caller's transaction.
    void setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};

} // namespace pressdesk
