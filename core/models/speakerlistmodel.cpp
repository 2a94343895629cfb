#include "speakerlistmodel.h"

#include "search/searchsql.h"

namespace pressdesk {

SpeakerListModel::SpeakerListModel(Database &database, QObject *parent)
    : SqlListModel(database, {Entity::Speaker, Entity::Organization}, parent)
{
    setIdentity(QStringLiteral("s.id"));
    setColumns({
                   {QStringLiteral("full_name"), tr("Name"), QStringLiteral("s.full_name"),
                    QStringLiteral("s.sort_name COLLATE NOCASE")},
                   {QStringLiteral("title"), tr("Title"), QStringLiteral("s.title"),
                    QStringLiteral("s.title COLLATE NOCASE")},
                   {QStringLiteral("organization"), tr("Organization"), QStringLiteral("coalesce(o.name, '')"),
                    QStringLiteral("o.name COLLATE NOCASE")},
                   {QStringLiteral("country"), tr("Country"), QStringLiteral("s.country"),
                    QStringLiteral("s.country")},
                   {QStringLiteral("email"), tr("E-mail"), QStringLiteral("s.email"), QStringLiteral("s.email")},
                   {QStringLiteral("match"), tr("Match"), QStringLiteral("''"), QString()},
                   {QStringLiteral("rank"), tr("Relevance"), QStringLiteral("NULL"), QString()},
               },
               Name, Qt::AscendingOrder);
    setSearch({});
}

void SpeakerListModel::setSearch(const SearchQuery &query)
{
    Source source;
    const QString organizations = QStringLiteral("LEFT JOIN organizations o ON o.id = s.organization_id");
    source.from = QStringLiteral("speakers s ") + organizations;
    source.where = QStringLiteral("s.deleted_at IS NULL");
    const QString match = query.matchExpression();
    if (!match.isEmpty()) {
        const QString index = QStringLiteral("speakers_fts");
        source.from = SearchSql::matchedFrom(index, QStringLiteral("speakers s"), QStringLiteral("s.id"), organizations);
        source.where += QLatin1String(" AND ") + SearchSql::matchCondition(index);
        source.whereValues = {match};
        source.relevance = QStringLiteral("rank");
        source.selects.insert(Rank, QStringLiteral("rank"));
        source.selects.insert(Match, SearchSql::snippetColumn(index));
    } else if (query.hasExclusions()) {
        source.where += QLatin1String(" AND ") + SearchSql::notMatching(QStringLiteral("speakers_fts"), QStringLiteral("s.id"));
        source.whereValues = {query.exclusionExpression()};
    }
    setSource(source);
}

} // namespace pressdesk
