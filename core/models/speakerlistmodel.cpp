#include "speakerlistmodel.h"

#include "search/snippet.h"

namespace pressdesk {

SpeakerListModel::SpeakerListModel(Database &database, QObject *parent)
    : ListModel(database, ListKind::Speakers, { Entity::Speaker, Entity::Organization }, parent)
{
    setColumns(
        {
            { QStringLiteral("full_name"), tr("Name") },
            { QStringLiteral("title"), tr("Title") },
            { QStringLiteral("organization"), tr("Organization") },
            { QStringLiteral("country"), tr("Country") },
            { QStringLiteral("email"), tr("E-mail") },
            { QStringLiteral("match"), tr("Match"),
                [](const QVariant &value) -> QVariant {
                    return Snippet::readable(value.toString());
                } },
            { QStringLiteral("rank"), tr("Relevance") },
        },
        Name, Qt::AscendingOrder);
    setSearch({});
}

void SpeakerListModel::setSearch(const SearchQuery &query)
{
    setListSearch(query);
}

} // namespace pressdesk
