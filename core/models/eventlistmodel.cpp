#include "eventlistmodel.h"

#include "domain/event.h"
#include "i18n/localeformat.h"
#include "search/searchsql.h"
#include "storage/database.h"

namespace pressdesk {

EventListModel::EventListModel(Database &database, QObject *parent)
    : SqlListModel(database, { Entity::Event, Entity::Organization }, parent)
{
    setIdentity(QStringLiteral("events.id"));
    auto formatText = [](const QVariant &value) -> QVariant {
        const auto format = formatFromKey(value.toString());
        return format ? formatLabel(*format) : value;
    };
    auto momentText = [](const QVariant &value) -> QVariant {
        return LocaleFormat::isoText(value.toString());
    };
    setColumns(
        {
            { QStringLiteral("name"), tr("Name"), QStringLiteral("events.name"),
                QStringLiteral("events.name COLLATE %1").arg(database.nameCollation()) },
            { QStringLiteral("edition"), tr("Edition"), QStringLiteral("events.edition"),
                QStringLiteral("events.edition") },
            { QStringLiteral("start"), tr("Start"), QStringLiteral("events.start_at"),
                QStringLiteral("events.start_at"), momentText },
            { QStringLiteral("format"), tr("Format"), QStringLiteral("events.format"), QStringLiteral("events.format"),
                formatText },
            { QStringLiteral("city"), tr("City"), QStringLiteral("events.city"), QStringLiteral("events.city") },
            { QStringLiteral("country"), tr("Country"), QStringLiteral("events.country"),
                QStringLiteral("events.country") },
            { QStringLiteral("match"), tr("Match"), QStringLiteral("''"), QString(),
                [](const QVariant &value) -> QVariant {
                    return SearchSql::readableSnippet(value.toString());
                } },
            { QStringLiteral("rank"), tr("Relevance"), QStringLiteral("NULL"), QString() },
        },
        Start, Qt::DescendingOrder);
    setSearch({});
}

void EventListModel::setSearch(const SearchQuery &query)
{
    const SearchTarget target { QStringLiteral("events_fts"), QStringLiteral("events"), QStringLiteral("events.id"), {},
        QStringLiteral("events.deleted_at IS NULL"), Rank, Match };
    setSource(searchSource(target, query, query.matchExpression()));
}

} // namespace pressdesk
