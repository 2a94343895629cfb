#pragma once

#include "clicontext.h"
#include "commandline.h"
#include "distribution/smtpsender.h"

#include <QSet>
#include <QString>

#include <optional>

namespace pressdesk {

// The SMTP options shared by send and outbox: --smtp URL --user USER --password-env VAR
// --ca-file FILE. The password comes from the named environment variable or the system
// keychain, never from an argument.
class SmtpOptions final
{
public:
    static QSet<QString> valueOptions();
    // The account for url and user (the options' values, or the outbox's); nullopt after
    // printing why (exitCode set).
    static std::optional<SmtpAccount> account(CliContext &context, const CommandLine &line, const QString &url,
        const QString &user, const QString &usage, int *exitCode);
};

} // namespace pressdesk
