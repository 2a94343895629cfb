#include "releaselistmodel.h"

#include "i18n/languagenames.h"
#include "i18n/localeformat.h"
#include "search/snippet.h"

#include <QDateTime>

namespace pressdesk {

ReleaseListModel::ReleaseListModel(Database &database, QObject *parent)
    : ListModel(database, ListKind::Releases, { Entity::Release, Entity::Speaker }, parent)
{
    auto statusText = [](const QVariant &value) -> QVariant {
        const auto status = statusFromKey(value.toString());
        return status ? statusLabel(*status) : value;
    };
    auto localTime = [](const QVariant &value) -> QVariant {
        return LocaleFormat::isoText(value.toString());
    };
    setColumns(
        {
            { QStringLiteral("headline"), tr("Headline") },
            { QStringLiteral("status"), tr("Status"), statusText },
            { QStringLiteral("language"), tr("Language"),
                [](const QVariant &value) -> QVariant {
                    // The name, as the editor's picker shows it; the tag stays the data.
                    const QString tag = value.toString();
                    return tag.isEmpty() ? QString() : LanguageNames::name(tag);
                } },
            { QStringLiteral("release_date"), tr("Release date"), localTime },
            { QStringLiteral("dateline"), tr("Dateline") },
            { QStringLiteral("updated_at"), tr("Updated"), localTime },
            { QStringLiteral("match"), tr("Match"),
                [](const QVariant &value) -> QVariant {
                    return Snippet::readable(value.toString());
                } },
            { QStringLiteral("rank"), tr("Relevance") },
        },
        ReleaseDate, Qt::DescendingOrder);
    setSearch({});
}

void ReleaseListModel::setStatusFilter(std::optional<ReleaseStatus> status)
{
    SearchQuery query = m_search;
    query.filters().status = status;
    setSearch(query);
}

void ReleaseListModel::setSearch(const SearchQuery &query)
{
    m_search = query;
    setListSearch(query);
}

} // namespace pressdesk
