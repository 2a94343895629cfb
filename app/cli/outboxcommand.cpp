#include "outboxcommand.h"

#include "commandline.h"
#include "distribution/outbox.h"
#include "distribution/outboxrunner.h"
#include "output.h"
#include "smtpoptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pressdesk {

namespace {

const QString outboxUsage =
    QStringLiteral("pressdesk outbox [--retry] [--resend-uncertain] [--smtp URL] [--user USER] [--password-env VAR] "
                   "[--ca-file FILE] [--per-minute N] [--mark-delivered ID[,ID…]] [--format table|json]");
const QString sentUsage = QStringLiteral("pressdesk sent release ID [--format table|json|csv]");

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject rowJson(const OutboxMessage &message)
{
    return QJsonObject { { QStringLiteral("id"), message.id },
        { QStringLiteral("state"), OutboxMessage::stateKey(message.state) },
        { QStringLiteral("method"), message.method }, { QStringLiteral("release_id"), message.releaseId },
        { QStringLiteral("revision"), message.revision }, { QStringLiteral("language"), message.language },
        { QStringLiteral("recipient_name"), message.recipientName },
        { QStringLiteral("recipient_email"), message.recipientEmail }, { QStringLiteral("subject"), message.subject },
        { QStringLiteral("message_id"), message.messageId }, { QStringLiteral("server"), message.smtpServer },
        { QStringLiteral("attempts"), message.attempts }, { QStringLiteral("last_error"), message.lastError },
        { QStringLiteral("queued_at"), iso(message.queuedAt) }, { QStringLiteral("sent_at"), iso(message.sentAt) } };
}

// The ids of --mark-delivered ("12,14"); nullopt when one is not a positive whole number.
std::optional<QList<qint64>> idsOf(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const qint64 id = part.trimmed().toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return std::nullopt;
        ids.append(id);
    }
    if (ids.isEmpty())
        return std::nullopt;
    return ids;
}

} // namespace

int OutboxCommand::run(CliContext &context, const QStringList &arguments)
{
    QSet<QString> valueOptions = SmtpOptions::valueOptions();
    valueOptions += { QStringLiteral("format"), QStringLiteral("per-minute"), QStringLiteral("mark-delivered") };
    CommandLine line(arguments, valueOptions, { QStringLiteral("retry"), QStringLiteral("resend-uncertain") });
    if (!line.isValid())
        return context.usageError(line.errorString(), outboxUsage);
    if (!line.positional().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "outbox takes no arguments besides its options."), outboxUsage);
    const std::optional<OutputFormat> format =
        parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("table")),
            { OutputFormat::Table, OutputFormat::Json });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be table or json."), outboxUsage);
    const int perMinute = line.integer(QStringLiteral("per-minute"), 0, 10'000).value_or(30);
    if (!line.isValid())
        return context.usageError(line.errorString(), outboxUsage);
    const bool resendUncertain = line.isSet(QStringLiteral("resend-uncertain"));
    const bool send = line.isSet(QStringLiteral("retry")) || resendUncertain;
    const std::optional<QString> delivered = line.value(QStringLiteral("mark-delivered"));
    std::optional<QList<qint64>> deliveredIds;
    if (delivered) {
        deliveredIds = idsOf(*delivered);
        if (!deliveredIds)
            return context.usageError(QCoreApplication::translate("Cli",
                                          "--mark-delivered takes message ids separated by commas (the outbox's id "
                                          "column), not \"%1\".")
                                          .arg(*delivered),
                outboxUsage);
        if (send)
            return context.usageError(
                QCoreApplication::translate(
                    "Cli", "--mark-delivered records by hand; it does not go with --retry or --resend-uncertain."),
                outboxUsage);
    }

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    Outbox outbox(*database);
    int exitCode = ExitSuccess;
    if (deliveredIds) {
        // Only uncertain messages: one the server may have taken when Pressdesk stopped, which
        // the officer knows arrived. Never sent again.
        const std::optional<int> marked = outbox.markUncertainSent(*deliveredIds);
        if (!marked)
            return context.failure(outbox.errorString());
        if (*marked < deliveredIds->size()) {
            context.err << QCoreApplication::translate("Cli",
                "%1 of the %2 messages were not uncertain and are left as they were (only an uncertain message "
                "can be marked as delivered).")
                               .arg(deliveredIds->size() - *marked)
                               .arg(deliveredIds->size())
                        << '\n';
            exitCode = ExitFailure;
        }
    }
    if (send) {
        std::optional<QList<OutboxMessage>> all = outbox.messages();
        if (!all)
            return context.failure(outbox.errorString());
        // Each message goes through the server it was queued for, as the user it was queued
        // by, unless --smtp names another server for all of them.
        const std::optional<QString> url = line.value(QStringLiteral("smtp"));
        QList<std::pair<QString, QString>> servers;
        for (const OutboxMessage &message : std::as_const(*all)) {
            const bool waiting = message.state == OutboxMessage::State::Queued
                || (resendUncertain && message.state == OutboxMessage::State::Uncertain);
            const std::pair<QString, QString> server { url.value_or(message.smtpServer),
                line.value(QStringLiteral("user")).value_or(message.smtpUser) };
            if (waiting && message.method == QLatin1String("smtp") && !servers.contains(server))
                servers.append(server);
        }
        for (const auto &[server, user] : std::as_const(servers)) {
            const std::optional<SmtpAccount> account =
                SmtpOptions::account(context, line, server, user, outboxUsage, &exitCode);
            if (!account)
                return exitCode;
            OutboxRunner runner(*database, *account);
            OutboxRunner::Options options;
            options.ignoreBackoff = true;
            options.includeUncertain = resendUncertain;
            options.perMinute = perMinute;
            if (!url)
                options.server = server;
            const OutboxRunner::Summary summary = runner.run(options);
            if (summary.uncertainFound > 0)
                context.err << QCoreApplication::translate("Cli",
                    "%1 message(s) were being sent when Pressdesk stopped; they are uncertain and "
                    "go again only with --resend-uncertain.")
                                   .arg(summary.uncertainFound)
                            << '\n';
            if (!summary.stoppedBecause.isEmpty()) {
                context.err
                    << QCoreApplication::translate("Cli", "%1: stopped (%2)").arg(server, summary.stoppedBecause)
                    << '\n';
                exitCode = ExitFailure;
            }
        }
    }
    const std::optional<QList<OutboxMessage>> rows = outbox.messages();
    if (!rows)
        return context.failure(outbox.errorString());
    QJsonArray out;
    for (const OutboxMessage &message : *rows) {
        if (message.method == QLatin1String("smtp"))
            out.append(rowJson(message));
    }
    Output::write(context.out, *format,
        { QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("release_id"), QStringLiteral("language"),
            QStringLiteral("recipient_email"), QStringLiteral("attempts"), QStringLiteral("last_error") },
        out);
    return exitCode;
}

int OutboxCommand::runSent(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments, { QStringLiteral("format") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), sentUsage);
    const QStringList positional = line.positional();
    if (positional.size() != 2 || positional.first() != QLatin1String("release"))
        return context.usageError(QCoreApplication::translate("Cli", "Say which release: sent release ID."), sentUsage);
    bool isNumber = false;
    const qint64 releaseId = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || releaseId <= 0)
        return context.usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not an id; ids are positive whole numbers.")
                .arg(positional.at(1)),
            sentUsage);
    const std::optional<OutputFormat> format =
        parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("table")),
            { OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv });
    if (!format)
        return context.usageError(
            QCoreApplication::translate("Cli", "--format must be table, json or csv."), sentUsage);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    Outbox outbox(*database);
    const std::optional<QList<qint64>> group = outbox.translationGroupOf(releaseId);
    if (!group)
        return context.failure(outbox.errorString().isEmpty()
                ? QCoreApplication::translate("Cli", "There is no release with id %1.").arg(releaseId)
                : outbox.errorString());
    const std::optional<QList<OutboxMessage>> rows = outbox.messages(*group, true);
    if (!rows)
        return context.failure(outbox.errorString());
    QJsonArray out;
    for (const OutboxMessage &message : *rows)
        out.append(rowJson(message));
    Output::write(context.out, *format,
        { QStringLiteral("release_id"), QStringLiteral("revision"), QStringLiteral("language"),
            QStringLiteral("recipient_name"), QStringLiteral("recipient_email"), QStringLiteral("method"),
            QStringLiteral("sent_at"), QStringLiteral("message_id") },
        out);
    return ExitSuccess;
}

} // namespace pressdesk
