#pragma once

#include <QString>

#include <stdexcept>

namespace pressdesk {

// Thrown inside core/storage when a statement fails; repositories catch it at their public
// boundary, roll back, and report the message through errorString(). Never escapes core.
class StorageError final : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }

    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace pressdesk
