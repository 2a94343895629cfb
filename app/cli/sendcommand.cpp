#include "sendcommand.h"

#include "commandline.h"
#include "distribution/mailaddress.h"
#include "distribution/mailingdelivery.h"
#include "distribution/mailtexts.h"
#include "distribution/outbox.h"
#include "distribution/outboxrunner.h"
#include "distribution/recipientresolver.h"
#include "distribution/releasemailing.h"
#include "export/releaselabels.h"
#include "output.h"
#include "smtpoptions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace pressdesk {

namespace {

const QString usage = QStringLiteral(
    "pressdesk send release ID [--list NAME]... [--recipient \"NAME <EMAIL>[;LANG,...]\"]... (--eml-dir DIR | --smtp "
    "URL [--user USER] "
    "[--password-env VAR] [--ca-file FILE] [--per-minute N]) [--from \"NAME <EMAIL>\"] [--list-unsubscribe URI] "
    "[--remember-sender] [--no-calendar] [--confirm-embargo] [--test] [--dry-run] [--format-output text|json]");

QJsonObject messageJson(const ReleaseMailing::Assignment &assignment, const Release &version, const QString &subject)
{
    return QJsonObject { { QStringLiteral("name"), assignment.recipient.name },
        { QStringLiteral("email"), assignment.recipient.email }, { QStringLiteral("language"), version.language },
        { QStringLiteral("release_id"), version.id }, { QStringLiteral("revision"), version.version },
        { QStringLiteral("subject"), subject } };
}

struct Plan
{
    QString method; // "draft" or "smtp"
    QList<ReleaseMailing::Assignment> assignments;
    QList<ReleaseMailing::Refusal> refused;
};

void printPlan(CliContext &context, ReleaseMailing &mailing, const Plan &plan, bool json)
{
    MessageComposer &composer = mailing.composer();
    if (json) {
        QJsonArray messages;
        for (const ReleaseMailing::Assignment &assignment : plan.assignments) {
            const Release &version = composer.version(assignment.version);
            messages.append(messageJson(assignment, version, MailTexts::subject(version)));
        }
        QJsonArray refused;
        for (const ReleaseMailing::Refusal &refusal : plan.refused)
            refused.append(QJsonObject { { QStringLiteral("name"), refusal.recipient.name },
                { QStringLiteral("email"), refusal.recipient.email }, { QStringLiteral("reason"), refusal.reason } });
        Output::writeJson(context.out,
            QJsonObject { { QStringLiteral("release_id"), mailing.release().id },
                { QStringLiteral("method"), plan.method }, { QStringLiteral("dry_run"), true },
                { QStringLiteral("messages"), messages }, { QStringLiteral("refused"), refused } });
        return;
    }
    for (const ReleaseMailing::Assignment &assignment : plan.assignments) {
        const Release &version = composer.version(assignment.version);
        context.out << QCoreApplication::translate("Cli", "would send %1 (release %2, %3) to %4")
                           .arg(plan.method, QString::number(version.id), version.language,
                               MailAddress::display(assignment.recipient.name, assignment.recipient.email))
                    << '\n';
    }
    for (const ReleaseMailing::Refusal &refusal : plan.refused)
        context.out << QCoreApplication::translate("Cli", "would not send to %1: %2")
                           .arg(MailAddress::display(refusal.recipient.name, refusal.recipient.email), refusal.reason)
                    << '\n';
}

int writeDrafts(CliContext &context, Database &database, ReleaseMailing &mailing, const Plan &plan,
    const MailSender &sender, const QString &folder, bool json)
{
    MailingDelivery delivery(database, mailing, sender);
    const std::optional<QList<MailingDelivery::DraftFile>> written = delivery.writeDrafts(plan.assignments, folder);
    if (!written)
        return context.failure(delivery.errorString());
    if (delivery.recordFailed())
        context.failure(delivery.errorString());
    QJsonArray files;
    for (const MailingDelivery::DraftFile &file : *written) {
        files.append(QJsonObject { { QStringLiteral("path"), QDir::toNativeSeparators(file.path) },
            { QStringLiteral("language"), file.language }, { QStringLiteral("release_id"), file.releaseId },
            { QStringLiteral("revision"), file.revision },
            { QStringLiteral("bcc"), QJsonArray::fromStringList(file.bcc) } });
        if (!json)
            context.out << QDir::toNativeSeparators(file.path) << '\n';
    }
    if (json)
        Output::writeJson(context.out,
            QJsonObject { { QStringLiteral("method"), QStringLiteral("draft") }, { QStringLiteral("files"), files } });
    return delivery.recordFailed() ? ExitFailure : ExitSuccess;
}

int sendBySmtp(CliContext &context, Database &database, ReleaseMailing &mailing, const Plan &plan,
    const MailSender &sender, const SmtpAccount &account, int perMinute, bool json)
{
    MailingDelivery delivery(database, mailing, sender);
    const std::optional<QString> batch = delivery.enqueue(plan.assignments, account);
    if (!batch)
        return context.failure(delivery.errorString());

    OutboxRunner runner(database, account);
    OutboxRunner::Options options;
    options.batch = *batch;
    options.perMinute = perMinute;
    QJsonArray results;
    const OutboxRunner::Summary summary =
        runner.run(options, [&](const OutboxMessage &message, SmtpSender::Outcome, const QString &reply) {
            const QString state = OutboxMessage::stateKey(message.state);
            results.append(QJsonObject { { QStringLiteral("id"), message.id },
                { QStringLiteral("email"), message.recipientEmail }, { QStringLiteral("language"), message.language },
                { QStringLiteral("state"), state }, { QStringLiteral("reply"), reply } });
            if (!json)
                context.out << state << ' ' << message.recipientEmail
                            << (reply.isEmpty() ? QString() : QStringLiteral(" (") + reply + QLatin1Char(')')) << '\n';
            context.out.flush();
        });
    const int waiting = static_cast<int>(plan.assignments.size()) - summary.sent - summary.failed;
    if (json) {
        Output::writeJson(context.out,
            QJsonObject { { QStringLiteral("method"), QStringLiteral("smtp") }, { QStringLiteral("batch"), *batch },
                { QStringLiteral("sent"), summary.sent }, { QStringLiteral("failed"), summary.failed },
                { QStringLiteral("queued"), waiting }, { QStringLiteral("messages"), results } });
    } else {
        context.out << QCoreApplication::translate("Cli", "Sent %1, failed %2, waiting in the outbox %3.")
                           .arg(summary.sent)
                           .arg(summary.failed)
                           .arg(waiting)
                    << '\n';
    }
    if (!summary.stoppedBecause.isEmpty())
        context.err << QCoreApplication::translate(
            "Cli", "Stopped (%1); the messages wait in the outbox: send them with pressdesk outbox --retry.")
                           .arg(summary.stoppedBecause)
                    << '\n';
    return summary.sent == static_cast<int>(plan.assignments.size()) ? ExitSuccess : ExitFailure;
}

} // namespace

int SendCommand::run(CliContext &context, const QStringList &arguments)
{
    QSet<QString> valueOptions = SmtpOptions::valueOptions();
    valueOptions +=
        { QStringLiteral("list"), QStringLiteral("recipient"), QStringLiteral("eml-dir"), QStringLiteral("per-minute"),
            QStringLiteral("from"), QStringLiteral("list-unsubscribe"), QStringLiteral("format-output") };
    CommandLine line(arguments, valueOptions,
        { QStringLiteral("no-calendar"), QStringLiteral("confirm-embargo"), QStringLiteral("test"),
            QStringLiteral("dry-run"), QStringLiteral("remember-sender") });
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    const QStringList positional = line.positional();
    if (positional.size() != 2 || positional.first() != QLatin1String("release"))
        return context.usageError(
            QCoreApplication::translate("Cli", "Say which release to send: send release ID."), usage);
    bool isNumber = false;
    const qint64 releaseId = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || releaseId <= 0)
        return context.usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not an id; ids are positive whole numbers.")
                .arg(positional.at(1)),
            usage);
    const QString format = line.value(QStringLiteral("format-output")).value_or(QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.usageError(QCoreApplication::translate("Cli", "--format-output must be text or json."), usage);
    const bool json = format == QLatin1String("json");
    const std::optional<QString> emlDir = line.value(QStringLiteral("eml-dir"));
    const std::optional<QString> smtpUrl = line.value(QStringLiteral("smtp"));
    if (emlDir.has_value() == smtpUrl.has_value())
        return context.usageError(
            QCoreApplication::translate("Cli", "Say how to send: --eml-dir DIR (drafts) or --smtp URL, one of them."),
            usage);
    const int perMinute = line.integer(QStringLiteral("per-minute"), 0, 10'000).value_or(30);
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);

    const bool confirmEmbargo = line.isSet(QStringLiteral("confirm-embargo"));
    QList<Recipient> recipients;
    const QStringList specs = line.values(QStringLiteral("recipient"));
    for (const QString &spec : specs) {
        QString error;
        std::optional<Recipient> recipient = MailAddress::parse(spec, &error);
        if (!recipient)
            return context.usageError(error, usage);
        // People named by hand on the command line are vouched for by --confirm-embargo.
        recipient->respectsEmbargoes = confirmEmbargo;
        recipients.append(*recipient);
    }
    const QStringList listNames = line.values(QStringLiteral("list"));
    if (recipients.isEmpty() && listNames.isEmpty())
        return context.usageError(
            QCoreApplication::translate(
                "Cli", "Say who gets it: --list NAME or --recipient \"NAME <EMAIL>\" (both repeatable)."),
            usage);

    std::optional<SmtpAccount> account;
    if (smtpUrl) {
        int exitCode = ExitSuccess;
        account = SmtpOptions::account(
            context, line, *smtpUrl, line.value(QStringLiteral("user")).value_or(QString()), usage, &exitCode);
        if (!account)
            return exitCode;
    }

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    // The members of the media lists: one message per address, without the people marked
    // "do not contact", bounced or without an address (reported as not sent, with why).
    QList<RecipientResolver::Exclusion> excluded;
    if (!listNames.isEmpty()) {
        QString listError;
        const std::optional<QList<Recipient>> members =
            RecipientResolver(*database).resolve(listNames, {}, &excluded, &listError);
        if (!members)
            return context.failure(listError);
        recipients += *members;
    }
    Outbox settings(*database);
    const QString fromText = line.value(QStringLiteral("from")).value_or(settings.setting(Outbox::fromKey()));
    if (fromText.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli",
                                      "Say who sends it: --from \"NAME <EMAIL>\" (kept with --remember-sender)."),
            usage);
    QString error;
    const std::optional<Recipient> from = MailAddress::parse(fromText, &error);
    if (!from)
        return context.usageError(error, usage);
    MailSender sender { from->name, from->email,
        line.value(QStringLiteral("list-unsubscribe")).value_or(settings.setting(Outbox::listUnsubscribeKey())) };
    if (!sender.listUnsubscribe.isEmpty() && !MailAddress::isValidUnsubscribe(sender.listUnsubscribe))
        return context.usageError(
            QCoreApplication::translate("Cli", "--list-unsubscribe must be a mailto: address or an https:// address."),
            usage);
    if (line.isSet(QStringLiteral("remember-sender"))
        && (!settings.setSetting(Outbox::fromKey(), MailAddress::display(sender.name, sender.email))
            || !settings.setSetting(Outbox::listUnsubscribeKey(), sender.listUnsubscribe)))
        return context.failure(settings.errorString());

    ReleaseMailing mailing(*database, sender);
    const bool testSend = line.isSet(QStringLiteral("test"));
    if (!mailing.load(releaseId, testSend))
        return context.failure(mailing.errorString());
    mailing.composer().setAttachCalendar(!line.isSet(QStringLiteral("no-calendar")));
    if (mailing.isUnderEmbargo() && !testSend && !confirmEmbargo) {
        const Release &release = mailing.release();
        const ReleaseLabels english = ReleaseLabels::forLanguage(QStringLiteral("en"));
        return context.failure(
            QCoreApplication::translate("Cli",
                "Release %1 is under embargo until %2 (%3 UTC). Only people who respect embargoes may get it; if "
                "everyone named with --recipient does, repeat with --confirm-embargo.")
                .arg(QString::number(releaseId),
                    english.embargoedUntil(release.embargoUntil, release.embargoTimeZone).section(QLatin1Char(' '), 2),
                    release.embargoUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }

    Plan plan;
    plan.method = emlDir ? QStringLiteral("draft") : QStringLiteral("smtp");
    plan.assignments = mailing.assign(recipients, &plan.refused);
    for (const RecipientResolver::Exclusion &exclusion : std::as_const(excluded)) {
        Recipient left;
        left.contactId = exclusion.contactId;
        left.name = exclusion.name;
        left.email = exclusion.email;
        plan.refused.append({ left, exclusion.reasonText() });
    }
    if (line.isSet(QStringLiteral("dry-run"))) {
        printPlan(context, mailing, plan, json);
        return ExitSuccess;
    }
    for (const ReleaseMailing::Refusal &refusal : std::as_const(plan.refused))
        context.err << QCoreApplication::translate("Cli", "Not sent to %1: %2")
                           .arg(MailAddress::display(refusal.recipient.name, refusal.recipient.email), refusal.reason)
                    << '\n';
    if (plan.assignments.isEmpty())
        return context.failure(QCoreApplication::translate("Cli", "Nobody may receive this release."));
    if (emlDir)
        return writeDrafts(context, *database, mailing, plan, sender, *emlDir, json);
    return sendBySmtp(context, *database, mailing, plan, sender, *account, perMinute, json);
}

} // namespace pressdesk
