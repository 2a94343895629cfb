#pragma once

#include "recipient.h"

#include <QString>

#include <optional>

namespace pressdesk {

// Addresses and header text as people type them, made safe for a message header.
class MailAddress final
{
public:
    // Line breaks, tabs and other control characters become spaces and runs of spaces one:
    // a name or subject can then never start a header of its own.
    static QString headerSafe(const QString &text);
    // A plain addr-spec (local@domain), without spaces, quotes or angle brackets.
    static bool isValidEmail(const QString &email);
    // "Ana Ruiz <ana@example.org>;es,en", "<ana@example.org>" or "ana@example.org": the
    // languages after ';' (ISO 639-1, most preferred first). nullopt with error set when the
    // address or a language code is not valid.
    static std::optional<Recipient> parse(const QString &spec, QString *error);
    // "Ana Ruiz <ana@example.org>", or the bare address when there is no name.
    static QString display(const QString &name, const QString &email);
    // A List-Unsubscribe target: a mailto: address or an https:// URL, with nothing that
    // could end the header.
    static bool isValidUnsubscribe(const QString &target);
};

} // namespace pressdesk
