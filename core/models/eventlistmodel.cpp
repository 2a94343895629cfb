#include "eventlistmodel.h"

#include "domain/event.h"
#include "i18n/localeformat.h"
#include "search/snippet.h"

namespace pressdesk {

EventListModel::EventListModel(Database &database, QObject *parent)
    : ListModel(database, ListKind::Events, { Entity::Event, Entity::Organization }, parent)
{
    auto formatText = [](const QVariant &value) -> QVariant {
        const auto format = formatFromKey(value.toString());
        return format ? formatLabel(*format) : value;
    };
    auto momentText = [](const QVariant &value) -> QVariant {
        return LocaleFormat::isoText(value.toString());
    };
    setColumns(
        {
            { QStringLiteral("name"), tr("Name") },
            { QStringLiteral("edition"), tr("Edition") },
            { QStringLiteral("start"), tr("Start"), momentText },
            { QStringLiteral("format"), tr("Format"), formatText },
            { QStringLiteral("city"), tr("City") },
            { QStringLiteral("country"), tr("Country") },
            { QStringLiteral("match"), tr("Match"),
                [](const QVariant &value) -> QVariant {
                    return Snippet::readable(value.toString());
                } },
            { QStringLiteral("rank"), tr("Relevance") },
        },
        Start, Qt::DescendingOrder);
    setSearch({});
}

void EventListModel::setSearch(const SearchQuery &query)
{
    setListSearch(query);
}

} // namespace pressdesk
