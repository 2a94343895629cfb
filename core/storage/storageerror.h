#pragma once

#include <QString>

#include <stdexcept>

namespace pressdesk {

// Thrown inside core/storage when a statement fails; repositories catch it at their public
// boundary, roll back, and report the message through errorString(). Never escapes core.
class StorageError final : public std::runtime_error
{
public:
    explicit StorageError(const QString &message, const QString &code = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(code)
    { }

    const QString &message() const { return m_message; }
    // The driver's own code for the failure (a server's SQLSTATE, "42501" for a refusal by
    // its rules); empty where Pressdesk itself refused.
    const QString &code() const { return m_code; }

private:
    QString m_message;
    QString m_code;
};

} // namespace pressdesk
