#include "eventlistmodel.h"

#include "domain/event.h"
#include "search/searchsql.h"

namespace pressdesk {

EventListModel::EventListModel(Database &database, QObject *parent)
    : SqlListModel(database, {Entity::Event, Entity::Organization}, parent)
{
    setIdentity(QStringLiteral("events.id"));
    auto formatText = [](const QVariant &value) -> QVariant {
        const auto format = formatFromKey(value.toString());
        return format ? formatLabel(*format) : value;
    };
    auto momentText = [](const QVariant &value) -> QVariant {
        return value.toString().replace(QLatin1Char('T'), QLatin1Char(' ')).left(16);
    };
    setColumns({
                   {QStringLiteral("name"), tr("Name"), QStringLiteral("name"), QStringLiteral("name COLLATE NOCASE")},
                   {QStringLiteral("edition"), tr("Edition"), QStringLiteral("edition"), QStringLiteral("edition")},
                   {QStringLiteral("start"), tr("Start"), QStringLiteral("start_at"), QStringLiteral("start_at"),
                    momentText},
                   {QStringLiteral("format"), tr("Format"), QStringLiteral("format"), QStringLiteral("format"),
                    formatText},
                   {QStringLiteral("city"), tr("City"), QStringLiteral("city"), QStringLiteral("city")},
                   {QStringLiteral("country"), tr("Country"), QStringLiteral("country"), QStringLiteral("country")},
                   {QStringLiteral("match"), tr("Match"), QStringLiteral("''"),
                    QString(), {}, true},
                   {QStringLiteral("rank"), tr("Relevance"), QStringLiteral("NULL"), QString()},
               },
               Start, Qt::DescendingOrder);
    setSearch({});
}

void EventListModel::setSearch(const SearchQuery &query)
{
    Source source;
    source.from = QStringLiteral("events");
    source.where = QStringLiteral("events.deleted_at IS NULL");
    const QString match = query.matchExpression();
    if (!match.isEmpty()) {
        source.from += SearchSql::hitsJoin(QStringLiteral("events_fts"), QStringLiteral("events.id"));
        source.fromValues = {match};
        source.relevance = QStringLiteral("hits.hit_rank");
        source.selects.insert(Rank, QStringLiteral("hits.hit_rank"));
        source.selects.insert(Match, SearchSql::snippetColumn(QStringLiteral("events_fts")));
        source.lateValues = {match};
    } else if (query.hasExclusions()) {
        source.where += QLatin1String(" AND ") + SearchSql::notMatching(QStringLiteral("events_fts"), QStringLiteral("events.id"));
        source.whereValues = {query.exclusionExpression()};
    }
    setSource(source);
}

} // namespace pressdesk
