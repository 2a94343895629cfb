#include "searchcommand.h"

#include "commandline.h"
#include "models/eventlistmodel.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "models/speakerlistmodel.h"
#include "output.h"
#include "search/snippet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace pressdesk {

namespace {

const QString usage =
    QStringLiteral("pressdesk search QUERY [--in releases|speakers|events] [--limit N] [--format table|json]");

// Matched words in **bold**, the way Markdown (and most readers of plain text) show emphasis.
QString markedSnippet(const QString &snippet)
{
    QString text = Snippet::readable(snippet);
    text.replace(Snippet::highlightStart, QLatin1String("**"));
    text.replace(Snippet::highlightEnd, QLatin1String("**"));
    return text.simplified();
}

QJsonValue number(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toDouble());
}

} // namespace

int SearchCommand::run(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments, { QStringLiteral("in"), QStringLiteral("limit"), QStringLiteral("format") }, {});
    const int limit = line.integer(QStringLiteral("limit"), 1, 100'000).value_or(20);
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (line.positional().size() != 1)
        return context.usageError(
            QCoreApplication::translate("Cli", "Give one query; quote it when it has spaces."), usage);
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("table")),
        { OutputFormat::Table, OutputFormat::Json });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be table or json."), usage);
    const QString in = line.value(QStringLiteral("in")).value_or(QStringLiteral("releases"));
    if (!QStringList { QStringLiteral("releases"), QStringLiteral("speakers"), QStringLiteral("events") }.contains(in))
        return context.usageError(
            QCoreApplication::translate("Cli", "--in must be releases, speakers or events, not \"%1\".").arg(in),
            usage);

    const SearchQuery query = SearchQuery::parse(line.positional().constFirst());
    for (const QString &note : query.notesFor(in == QLatin1String("releases")))
        context.err << QCoreApplication::translate("Cli", "note: %1").arg(note) << '\n';

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;

    // The lists' own models: the same SQL, ranking and snippets as the search fields (the
    // newest matches ranked first, as the window's lists do).
    std::unique_ptr<ListModel> model;
    int titleColumn = 0;
    QString titleKey;
    QList<QPair<QString, int>> extraColumns;
    int rankColumn = 0;
    int matchColumn = 0;
    if (in == QLatin1String("releases")) {
        auto releases = std::make_unique<ReleaseListModel>(*database);
        releases->setPageSize(limit);
        releases->setRankingCandidates(ListModel::interactiveRankingCandidates);
        releases->setSearch(query);
        titleKey = QStringLiteral("headline");
        titleColumn = ReleaseListModel::Headline;
        extraColumns = { { QStringLiteral("status"), ReleaseListModel::Status },
            { QStringLiteral("language"), ReleaseListModel::Language },
            { QStringLiteral("release_date"), ReleaseListModel::ReleaseDate } };
        rankColumn = ReleaseListModel::Rank;
        matchColumn = ReleaseListModel::Match;
        model = std::move(releases);
    } else if (in == QLatin1String("speakers")) {
        auto speakers = std::make_unique<SpeakerListModel>(*database);
        speakers->setPageSize(limit);
        speakers->setRankingCandidates(ListModel::interactiveRankingCandidates);
        speakers->setSearch(query);
        titleKey = QStringLiteral("full_name");
        titleColumn = SpeakerListModel::Name;
        extraColumns = { { QStringLiteral("title"), SpeakerListModel::Title },
            { QStringLiteral("organization"), SpeakerListModel::Organization } };
        rankColumn = SpeakerListModel::Rank;
        matchColumn = SpeakerListModel::Match;
        model = std::move(speakers);
    } else {
        auto events = std::make_unique<EventListModel>(*database);
        events->setPageSize(limit);
        events->setRankingCandidates(ListModel::interactiveRankingCandidates);
        events->setSearch(query);
        titleKey = QStringLiteral("name");
        titleColumn = EventListModel::Name;
        extraColumns = { { QStringLiteral("start"), EventListModel::Start } };
        rankColumn = EventListModel::Rank;
        matchColumn = EventListModel::Match;
        model = std::move(events);
    }
    while (model->rowCount() < limit && model->canFetchMore({}))
        model->fetchMore({});
    if (!model->lastError().isEmpty())
        return context.failure(QCoreApplication::translate("Cli", "The search failed: %1").arg(model->lastError()));

    QJsonArray rows;
    const int count = std::min(limit, model->rowCount());
    for (int row = 0; row < count; ++row) {
        auto raw = [&](int column) {
            return model->index(row, column).data(RawValueRole);
        };
        QJsonObject object { { QStringLiteral("id"), model->idAt(row) }, { titleKey, raw(titleColumn).toString() },
            { QStringLiteral("rank"), number(raw(rankColumn)) },
            { QStringLiteral("snippet"), markedSnippet(raw(matchColumn).toString()) } };
        for (const auto &[key, column] : std::as_const(extraColumns))
            object.insert(key, raw(column).toString());
        rows.append(object);
    }
    Output::write(context.out, *format,
        { QStringLiteral("id"), QStringLiteral("rank"), titleKey, QStringLiteral("snippet") }, rows);
    return ExitSuccess;
}

} // namespace pressdesk
