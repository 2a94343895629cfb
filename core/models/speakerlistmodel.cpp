#include "speakerlistmodel.h"

#include "search/searchsql.h"
#include "storage/database.h"

namespace pressdesk {

SpeakerListModel::SpeakerListModel(Database &database, QObject *parent)
    : SqlListModel(database, { Entity::Speaker, Entity::Organization }, parent)
{
    setIdentity(QStringLiteral("s.id"));
    setColumns(
        {
            { QStringLiteral("full_name"), tr("Name"), QStringLiteral("s.full_name"),
                QStringLiteral("s.sort_name COLLATE %1").arg(database.nameCollation()) },
            { QStringLiteral("title"), tr("Title"), QStringLiteral("s.title"),
                QStringLiteral("s.title COLLATE NOCASE") },
            { QStringLiteral("organization"), tr("Organization"), QStringLiteral("coalesce(o.name, '')"),
                QStringLiteral("o.name COLLATE %1").arg(database.nameCollation()) },
            { QStringLiteral("country"), tr("Country"), QStringLiteral("s.country"), QStringLiteral("s.country") },
            { QStringLiteral("email"), tr("E-mail"), QStringLiteral("s.email"), QStringLiteral("s.email") },
            { QStringLiteral("match"), tr("Match"), QStringLiteral("''"), QString(),
                [](const QVariant &value) -> QVariant {
                    return SearchSql::readableSnippet(value.toString());
                } },
            { QStringLiteral("rank"), tr("Relevance"), QStringLiteral("NULL"), QString() },
        },
        Name, Qt::AscendingOrder);
    setSearch({});
}

void SpeakerListModel::setSearch(const SearchQuery &query)
{
    const SearchTarget target { QStringLiteral("speakers_fts"), QStringLiteral("speakers s"), QStringLiteral("s.id"),
        QStringLiteral("LEFT JOIN organizations o ON o.id = s.organization_id"), QStringLiteral("s.deleted_at IS NULL"),
        Rank, Match };
    setSource(searchSource(target, query, query.matchExpression()));
}

} // namespace pressdesk
