#include "commentcommand.h"

#include "commandline.h"
#include "storage/database.h"
#include "storage/releaserepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

const QString usage = QStringLiteral("pressdesk comment release ID --text TEXT [--field FIELD] [--reply-to COMMENT]\n"
                                     "       pressdesk comment resolve|reopen COMMENT");

std::optional<qint64> idFrom(const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

int CommentCommand::run(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments, { QStringLiteral("text"), QStringLiteral("field"), QStringLiteral("reply-to") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    const QStringList positional = line.positional();
    if (positional.size() != 2)
        return context.usageError(QCoreApplication::translate("Cli", "Say what to comment on and its id."), usage);
    const std::optional<qint64> id = idFrom(positional.at(1));
    if (!id)
        return context.usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not an id; ids are positive whole numbers.")
                .arg(positional.at(1)),
            usage);
    const QString action = positional.at(0);
    if (action == QLatin1String("resolve") || action == QLatin1String("reopen")) {
        Database *database = context.openDatabase();
        if (!database)
            return ExitFailure;
        TeamRepository team(*database);
        if (!team.setResolved(*id, action == QLatin1String("resolve")))
            return context.failure(team.errorString());
        context.out << (action == QLatin1String("resolve")
                ? QCoreApplication::translate("Cli", "Comment %1 is resolved.")
                : QCoreApplication::translate("Cli", "Comment %1 is open again."))
                           .arg(*id)
                    << '\n';
        return ExitSuccess;
    }
    if (action != QLatin1String("release"))
        return context.usageError(QCoreApplication::translate("Cli", "Cannot comment on \"%1\".").arg(action), usage);
    const QString text = line.value(QStringLiteral("text")).value_or(QString()).trimmed();
    if (text.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "--text is required."), usage);
    TeamRepository::Comment comment;
    comment.releaseId = *id;
    comment.text = text;
    comment.field = line.value(QStringLiteral("field")).value_or(QString());
    if (!TeamRepository::isValidField(comment.field))
        return context.usageError(
            QCoreApplication::translate("Cli", "--field must be headline, subheadline, lead, body:N or quote:N."),
            usage);
    if (const std::optional<QString> parent = line.value(QStringLiteral("reply-to"))) {
        const std::optional<qint64> parentId = idFrom(*parent);
        if (!parentId)
            return context.usageError(
                QCoreApplication::translate("Cli", "\"%1\" is not an id; ids are positive whole numbers.").arg(*parent),
                usage);
        comment.parentId = *parentId;
    }
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    ReleaseRepository releases(*database);
    if (!releases.load(*id)) {
        if (!releases.errorString().isEmpty())
            return context.failure(releases.errorString());
        return context.failure(QCoreApplication::translate("Cli", "There is no release with id %1.").arg(*id));
    }
    TeamRepository team(*database);
    if (!team.addComment(comment))
        return context.failure(team.errorString());
    context.out << QCoreApplication::translate("Cli", "Comment %1 added to release %2.").arg(comment.id).arg(*id)
                << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
