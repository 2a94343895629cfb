#pragma once

#include <QString>

#include <optional>

namespace pressdesk {

class StoreLocation;

// Passwords of team newsrooms in the system's keychain (QtKeychain: the Secret Service on
// Linux, the Keychain on macOS, the Credential Manager on Windows), one per server, database
// and user. Never in QSettings (no insecure fallback), a log, an argument or a message.
// The calls wait for the keychain (it may ask the person to unlock it).
class ServerPasswords final
{
public:
    // The remembered password; nullopt when there is none or the keychain cannot be reached
    // (error, when given, says which).
    static std::optional<QString> read(const StoreLocation &location, QString *error = nullptr);
    static bool store(const StoreLocation &location, const QString &password, QString *error = nullptr);
    static bool forget(const StoreLocation &location, QString *error = nullptr);
    // The keychain entry's name: user@host:port/database (never the password).
    static QString keyOf(const StoreLocation &location);
};

} // namespace pressdesk
