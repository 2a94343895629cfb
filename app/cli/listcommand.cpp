#include "listcommand.h"

#include "commandline.h"
#include "contactcommands.h"
#include "domain/domainjson.h"
#include "output.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

const QString usage =
    QStringLiteral("pressdesk list releases|speakers|events|organizations|contacts|lists [--status S] [--limit N] "
                   "[--format table|json|csv]\n"
                   "       pressdesk list releases --for-my-review [--limit N] [--format table|json|csv]");

template<typename Item, typename Summary>
QJsonArray toArray(const QList<Item> &items, Summary summary)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(summary(item));
    return array;
}

} // namespace

int ListCommand::run(CliContext &context, const QStringList &arguments)
{
    const QString what = ContactCommands::firstPositional(arguments,
        { QStringLiteral("status"), QStringLiteral("limit"), QStringLiteral("format"), QStringLiteral("search") });
    if (what == QLatin1String("contacts") || what == QLatin1String("lists"))
        return ContactCommands::list(context, arguments);
    CommandLine line(arguments, { QStringLiteral("status"), QStringLiteral("limit"), QStringLiteral("format") },
        { QStringLiteral("for-my-review") });
    const int limit = line.integer(QStringLiteral("limit"), 0, 100'000'000).value_or(-1);
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (line.positional().size() != 1)
        return context.usageError(QCoreApplication::translate("Cli", "Say what to list."), usage);
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("table")),
        { OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be table, json or csv."), usage);

    if (!QStringList { QStringLiteral("releases"), QStringLiteral("speakers"), QStringLiteral("events"),
            QStringLiteral("organizations") }
             .contains(what))
        return context.usageError(QCoreApplication::translate("Cli", "Cannot list \"%1\".").arg(what), usage);
    const std::optional<QString> statusText = line.value(QStringLiteral("status"));
    if (statusText && what != QLatin1String("releases"))
        return context.usageError(QCoreApplication::translate("Cli", "--status applies to releases only."), usage);
    const bool forMyReview = line.isSet(QStringLiteral("for-my-review"));
    if (forMyReview && (what != QLatin1String("releases") || statusText))
        return context.usageError(
            QCoreApplication::translate("Cli", "--for-my-review lists releases in review; it takes no --status."),
            usage);
    ReleaseFilter filter;
    filter.limit = limit;
    if (statusText) {
        filter.status = statusFromKey(*statusText);
        if (!filter.status)
            return context.usageError(QCoreApplication::translate("Cli",
                                          "Unknown status \"%1\"; use draft, in_review, "
                                          "approved, published or archived.")
                                          .arg(*statusText),
                usage);
    }

    Database *opened = context.openDatabase();
    if (!opened)
        return ExitFailure;
    Database &database = *opened;
    QJsonArray rows;
    QStringList keys;
    QString error;
    if (what == QLatin1String("releases")) {
        ReleaseRepository repository(database);
        if (forMyReview) {
            // The releases in review that this person is asked to review.
            TeamRepository team(database);
            const QList<qint64> mine = team.forMyReview();
            error = team.errorString();
            filter.status = ReleaseStatus::InReview;
            filter.limit = -1;
            QList<Release> releases = repository.summaries(filter);
            releases.removeIf([&mine](const Release &release) { return !mine.contains(release.id); });
            if (limit >= 0 && releases.size() > limit)
                releases.resize(limit);
            rows = toArray(releases, json::releaseSummary);
        } else {
            rows = toArray(repository.summaries(filter), json::releaseSummary);
        }
        if (error.isEmpty())
            error = repository.errorString();
        keys = { QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("language"),
            QStringLiteral("release_date"), QStringLiteral("headline") };
    } else if (what == QLatin1String("speakers")) {
        SpeakerRepository repository(database);
        rows = toArray(repository.list(limit), json::speakerSummary);
        error = repository.errorString();
        keys = { QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("title"),
            QStringLiteral("organization") };
    } else if (what == QLatin1String("events")) {
        EventRepository repository(database);
        rows = toArray(repository.list(limit), json::eventSummary);
        error = repository.errorString();
        keys = { QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("format"),
            QStringLiteral("name") };
    } else {
        OrganizationRepository repository(database);
        rows = toArray(repository.list(limit), json::organizationSummary);
        error = repository.errorString();
        keys = { QStringLiteral("id"), QStringLiteral("short_name"), QStringLiteral("country"),
            QStringLiteral("name") };
    }
    if (!error.isEmpty())
        return context.failure(QCoreApplication::translate("Cli", "Listing %1 failed: %2").arg(what, error));
    // CSV and JSON carry every summary key; the table keeps to what fits a terminal.
    if (*format != OutputFormat::Table && !rows.isEmpty())
        keys = rows.first().toObject().keys();
    Output::write(context.out, *format, keys, rows);
    return ExitSuccess;
}

} // namespace pressdesk
