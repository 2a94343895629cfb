#include "releaselistmodel.h"

#include "i18n/languagenames.h"
#include "i18n/localeformat.h"
#include "import/textfolding.h"
#include "search/searchsql.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/storageerror.h"

#include <QDateTime>

namespace pressdesk {

ReleaseListModel::ReleaseListModel(Database &database, QObject *parent)
    : SqlListModel(database, { Entity::Release, Entity::Speaker }, parent)
{
    setIdentity(QStringLiteral("releases.id"));
    auto statusText = [](const QVariant &value) -> QVariant {
        const auto status = statusFromKey(value.toString());
        return status ? statusLabel(*status) : value;
    };
    auto localTime = [](const QVariant &value) -> QVariant {
        return LocaleFormat::isoText(value.toString());
    };
    setColumns(
        {
            { QStringLiteral("headline"), tr("Headline"), QStringLiteral("releases.headline"),
                QStringLiteral("releases.headline COLLATE NOCASE") },
            { QStringLiteral("status"), tr("Status"), QStringLiteral("releases.status"),
                QStringLiteral("releases.status"), statusText },
            { QStringLiteral("language"), tr("Language"), QStringLiteral("releases.language"),
                QStringLiteral("releases.language"),
                [](const QVariant &value) -> QVariant {
                    // The name, as the editor's picker shows it; the tag stays the data.
                    const QString tag = value.toString();
                    return tag.isEmpty() ? QString() : LanguageNames::name(tag);
                } },
            { QStringLiteral("release_date"), tr("Release date"), QStringLiteral("releases.release_date"),
                QStringLiteral("releases.release_date"), localTime },
            { QStringLiteral("dateline"), tr("Dateline"),
                QStringLiteral("releases.dateline_city || CASE WHEN releases.dateline_country <> '' "
                               "THEN ', ' || releases.dateline_country ELSE '' END"),
                QString() },
            { QStringLiteral("updated_at"), tr("Updated"), QStringLiteral("releases.updated_at"),
                QStringLiteral("releases.updated_at"), localTime },
            { QStringLiteral("match"), tr("Match"), QStringLiteral("''"), QString(),
                [](const QVariant &value) -> QVariant {
                    return SearchSql::readableSnippet(value.toString());
                } },
            { QStringLiteral("rank"), tr("Relevance"), QStringLiteral("NULL"), QString() },
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

QStringList ReleaseListModel::authorsMatching(const QString &text) const
{
    const QString wanted = TextFolding::fold(text).simplified();
    QStringList matching;
    try {
        Query authors(
            database().connection(), QStringLiteral("SELECT DISTINCT author FROM releases WHERE author <> ''"));
        authors.exec();
        while (authors.next()) {
            const QString author = authors.value(0).toString();
            if (TextFolding::fold(author).simplified().contains(wanted))
                matching.append(author);
        }
    } catch (const StorageError &) {
        // No authors known: the filter then matches nothing.
    }
    return matching;
}

void ReleaseListModel::setSearch(const SearchQuery &query)
{
    m_search = query;
    const ReleaseFilters &filters = query.filters();
    // The words (and a speaker: filter, a phrase on the index's speakers column) first, then
    // the other filters as conditions on the rows.
    const SearchTarget target { QStringLiteral("releases_fts"), QStringLiteral("releases"),
        QStringLiteral("releases.id"), {}, QStringLiteral("releases.deleted_at IS NULL"), Rank, Match };
    Source source = searchSource(target, query, query.matchExpression(QStringLiteral("speakers"), filters.speaker));
    QStringList where { source.where };
    auto add = [&](const QString &condition, const QVariantList &values) {
        where.append(condition);
        source.whereValues.append(values);
    };

    if (filters.status) {
        QVariantList statuses { statusKey(*filters.status) };
        for (ReleaseStatus more : filters.moreStatuses)
            statuses.append(statusKey(more));
        QStringList marks;
        for (qsizetype i = 0; i < statuses.size(); ++i)
            marks.append(QStringLiteral("?"));
        add(QStringLiteral("releases.status IN (%1)").arg(marks.join(QLatin1String(", "))), statuses);
    }
    if (!filters.language.isEmpty())
        add(QStringLiteral("(releases.language = ? COLLATE NOCASE OR releases.language LIKE ? ESCAPE '\\')"),
            { filters.language, SearchSql::containsPattern(filters.language).mid(1).chopped(1) + QLatin1String("-%") });
    if (!filters.tag.isEmpty())
        add(QStringLiteral("releases.id IN (SELECT release_id FROM release_tags WHERE tag = ? COLLATE NOCASE)"),
            { filters.tag });
    if (!filters.event.isEmpty())
        add(QStringLiteral("releases.id IN (SELECT l.release_id FROM release_events l JOIN events e "
                           "ON e.id = l.event_id WHERE e.name LIKE ? ESCAPE '\\')"),
            { SearchSql::containsPattern(filters.event) });
    if (!filters.author.isEmpty()) {
        // Accents and case ignored, as everywhere in the search: "author:Lucia" finds
        // "Lucía". Authors are few; the ones whose folded name contains the folded text are
        // looked up and matched exactly.
        const QStringList authors = authorsMatching(filters.author);
        QStringList marks;
        QVariantList values;
        for (const QString &author : authors) {
            marks.append(QStringLiteral("?"));
            values.append(author);
        }
        add(authors.isEmpty() ? QStringLiteral("0")
                              : QStringLiteral("releases.author IN (%1)").arg(marks.join(QLatin1String(", "))),
            values);
    }
    if (filters.after.isValid())
        add(QStringLiteral("releases.release_date > ?"), { filters.after.toString(Qt::ISODate) });
    if (filters.before.isValid())
        add(QStringLiteral("releases.release_date <> '' AND releases.release_date < ?"),
            { filters.before.toString(Qt::ISODate) });
    if (filters.embargoed)
        add(*filters.embargoed ? QStringLiteral("releases.embargo_until <> ''")
                               : QStringLiteral("releases.embargo_until = ''"),
            {});

    source.where = where.join(QLatin1String(" AND "));
    setSource(source);
}

} // namespace pressdesk
