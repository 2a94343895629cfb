#pragma once

#include <QString>

#include <optional>

namespace pressdesk {

// SMTP passwords in the system's keychain (QtKeychain), one per user and server, like the
// team newsrooms' (ui/connect/ServerPasswords). Never in settings, a log or an argument.
class SmtpPasswords final
{
public:
    static std::optional<QString> read(const QString &user, const QString &server, QString *error = nullptr);
    static bool store(const QString &user, const QString &server, const QString &password, QString *error = nullptr);
    static bool forget(const QString &user, const QString &server, QString *error = nullptr);
};

} // namespace pressdesk
