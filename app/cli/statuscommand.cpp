#include "statuscommand.h"

#include "commandline.h"
#include "services/releaseservice.h"
#include "services/workflowpolicy.h"
#include "storage/database.h"
#include "storage/releaserepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

const QString usage =
    QStringLiteral("pressdesk status release ID draft|in_review|approved|published|archived [--comment TEXT]\n"
                   "       pressdesk status release ID in_review --reviewer NAME [NAME…] [--comment TEXT]");

} // namespace

int StatusCommand::run(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments, { QStringLiteral("comment"), QStringLiteral("reviewer") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    QStringList positional = line.positional();
    // --reviewer omar rita, --reviewer omar --reviewer rita and --reviewer omar,rita alike.
    QStringList reviewers;
    if (line.isSet(QStringLiteral("reviewer"))) {
        QStringList given = line.values(QStringLiteral("reviewer"));
        if (given.isEmpty())
            given.append(line.value(QStringLiteral("reviewer")).value_or(QString()));
        given.append(positional.mid(3));
        positional = positional.mid(0, 3);
        for (const QString &names : std::as_const(given)) {
            for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!reviewers.contains(name.trimmed()))
                    reviewers.append(name.trimmed());
            }
        }
        if (reviewers.isEmpty())
            return context.usageError(QCoreApplication::translate("Cli", "--reviewer needs a login name."), usage);
    }
    if (positional.size() != 3 || positional.first() != QLatin1String("release"))
        return context.usageError(
            QCoreApplication::translate("Cli", "Say which release and the status to move it to."), usage);
    bool isNumber = false;
    const qint64 id = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not an id; ids are positive whole numbers.")
                .arg(positional.at(1)),
            usage);
    const std::optional<ReleaseStatus> target = statusFromKey(positional.at(2));
    if (!target)
        return context.usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not a status.").arg(positional.at(2)), usage);

    if (!reviewers.isEmpty() && *target != ReleaseStatus::InReview)
        return context.usageError(QCoreApplication::translate("Cli",
                                      "--reviewer goes with in_review: reviewers are asked when a release "
                                      "goes to review."),
            usage);

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    ReleaseRepository releases(*database);
    std::optional<Release> release = releases.load(id);
    if (!release) {
        if (!releases.errorString().isEmpty())
            return context.failure(releases.errorString());
        return context.failure(QCoreApplication::translate("Cli", "There is no release with id %1.").arg(id));
    }
    const QString key = statusKey(*target);
    TeamRepository team(*database);
    if (release->status == *target && !reviewers.isEmpty()) {
        if (!team.requestReview(id, reviewers))
            return context.failure(QCoreApplication::translate("Cli", "Review of release %1 was not requested: %2")
                                       .arg(id)
                                       .arg(team.errorString()));
        context.out << QCoreApplication::translate("Cli", "Release %1 is in review by %2.")
                           .arg(id)
                           .arg(reviewers.join(QLatin1String(", ")))
                    << '\n';
        return ExitSuccess;
    }
    if (release->status == *target) {
        context.out << QCoreApplication::translate("Cli", "Release %1 is already %2.").arg(id).arg(key) << '\n';
        return ExitSuccess;
    }

    // The release's own readiness first (the rules the editor applies), then the role.
    const ValidationIssues issues = release->validateFor(*target);
    if (!issues.isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "Release %1 cannot be %2 yet:").arg(id).arg(key) << '\n';
        for (const ValidationIssue &issue : issues)
            context.err << "  " << issue.field << ": " << issue.message << '\n';
        return ExitFailure;
    }
    const QString me = team.currentUser();
    const QString role = team.currentRole();
    const WorkflowPolicy policy(role, me);
    const QString refusal = policy.moveRefusal(release->status, *target, team.createdBy(id));
    if (!refusal.isEmpty())
        return context.failure(QCoreApplication::translate("Cli", "Not allowed for your role (%1): %2")
                                   .arg(role.isEmpty() ? QStringLiteral("none") : role, refusal));

    // The reviewers first (the server checks that each may review): a refusal leaves the
    // release where it was.
    if (!reviewers.isEmpty() && !team.requestReview(id, reviewers))
        return context.failure(QCoreApplication::translate("Cli", "Release %1 was not moved to %2: %3")
                                   .arg(id)
                                   .arg(key, team.errorString()));

    const ReleaseStatus from = release->status;
    release->status = *target;
    ReleaseService service(*database);
    const ReleaseService::Result result = service.save(*release, me);
    if (!result.ok) {
        // The server holds the same rules: what it refused is said in its words.
        const QString reason = !result.error.isEmpty() ? TeamRepository::reason(result.error)
            : result.issues.isEmpty()                  ? QString()
                                                       : result.issues.first().message;
        return context.failure(
            QCoreApplication::translate("Cli", "Release %1 was not moved to %2: %3").arg(id).arg(key, reason));
    }
    if (const std::optional<QString> text = line.value(QStringLiteral("comment"))) {
        TeamRepository::Comment comment;
        comment.releaseId = id;
        comment.text = *text;
        if (!team.addComment(comment))
            return context.failure(
                QCoreApplication::translate("Cli", "Release %1 is now %2, but the comment was not saved: %3")
                    .arg(id)
                    .arg(key, team.errorString()));
    }
    context.out << QCoreApplication::translate("Cli", "Release %1: %2 -> %3.").arg(id).arg(statusKey(from), key)
                << '\n';
    if (!reviewers.isEmpty())
        context.out
            << QCoreApplication::translate("Cli", "Asked to review: %1.").arg(reviewers.join(QLatin1String(", ")))
            << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
