#include "smtpoptions.h"

#include "distribution/smtppasswords.h"

#include <QCoreApplication>

namespace pressdesk {

QSet<QString> SmtpOptions::valueOptions()
{
    return { QStringLiteral("smtp"), QStringLiteral("user"), QStringLiteral("password-env"),
        QStringLiteral("ca-file") };
}

std::optional<SmtpAccount> SmtpOptions::account(CliContext &context, const CommandLine &line, const QString &url,
    const QString &user, const QString &usage, int *exitCode)
{
    SmtpAccount account;
    account.url = url;
    account.user = user;
    account.caFile = line.value(QStringLiteral("ca-file")).value_or(QString());
    if (const QString problem = account.problem(); !problem.isEmpty()) {
        *exitCode = context.usageError(problem, usage);
        return std::nullopt;
    }
    if (account.user.isEmpty()) {
        // A password for a server used without a login is an error when that server was
        // named on this command line (it was meant for it), not for the outbox's others.
        if (line.isSet(QStringLiteral("password-env")) && line.value(QStringLiteral("smtp")) == url) {
            *exitCode = context.usageError(
                QCoreApplication::translate("Cli", "A password needs a user name (--user USER)."), usage);
            return std::nullopt;
        }
        return account;
    }
    if (const std::optional<QString> variable = line.value(QStringLiteral("password-env"))) {
        if (!qEnvironmentVariableIsSet(variable->toLocal8Bit().constData())) {
            *exitCode = context.failure(
                QCoreApplication::translate("Cli", "The environment variable %1 is not set.").arg(*variable));
            return std::nullopt;
        }
        account.password = qEnvironmentVariable(variable->toLocal8Bit().constData());
        return account;
    }
    QString error;
    const std::optional<QString> stored = SmtpPasswords::read(account.user, account.server(), &error);
    if (!stored) {
        *exitCode = context.failure(QCoreApplication::translate("Cli",
            "No password for %1 on %2 in the keychain (%3); give the name of an environment variable that holds "
            "it with --password-env VAR.")
                                        .arg(account.user, account.server(), error));
        return std::nullopt;
    }
    account.password = *stored;
    return account;
}

} // namespace pressdesk
