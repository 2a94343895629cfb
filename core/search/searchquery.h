#pragma once

#include "domain/releasestatus.h"
#include "searchsyntax.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pressdesk {

// One word or quoted phrase of a search.
struct SearchTerm
{
    QString text;
    bool phrase = false;
    bool prefix = false; // matches words starting with text
};

// Filters a release list can be narrowed by, typed (status:draft) or picked in the filter
// bar. Empty members do not filter.
struct ReleaseFilters
{
    std::optional<ReleaseStatus> status;
    QList<ReleaseStatus> moreStatuses; // typed as status:a status:b: any of them
    QString language;
    QString tag;
    QString speaker;
    QString event;
    QString author;
    QString reviewer; // a login asked to review the release (reviewer:omar)
    QDate after; // release date after this day
    QDate before; // release date before this day
    std::optional<bool> embargoed;

    bool isEmpty() const;
    int activeCount() const;
    // Values set in other win over ours.
    void merge(const ReleaseFilters &other);
    // The filters in the query language ("status:draft tag:gender"), to store and restore.
    QString toQueryText() const;
};

// The search language of every list: words (all must match; the last one is a prefix while
// typing), "exact phrases", a OR b, -excluded, word* prefixes, and field filters
// (status: lang: tag: speaker: event: author: reviewer: before: after: embargoed:). Parsing never
// fails: anything FTS5 would reject becomes literal text or is dropped, with a note that
// says so. User text reaches FTS5 only as quoted strings.
class SearchQuery final
{
public:
    static SearchQuery parse(const QString &input);

    bool hasText() const { return !m_clauses.isEmpty(); }
    bool hasExclusions() const { return !m_excluded.isEmpty(); }
    bool isEmpty() const { return !hasText() && !hasExclusions() && m_filters.isEmpty(); }
    // The words as the backend-neutral term tree (AND of ORs, and exclusions), for storage
    // to turn into its own query.
    SearchSyntax syntax() const;

    const QList<QList<SearchTerm>> &clauses() const { return m_clauses; }
    const QList<SearchTerm> &excluded() const { return m_excluded; }
    const ReleaseFilters &filters() const { return m_filters; }
    ReleaseFilters &filters() { return m_filters; }
    // Readable remarks on what was changed to make the query safe ("Added the missing
    // closing quote."), for an inline message.
    const QStringList &notes() const { return m_notes; }
    // Every searched word, for highlighting.
    QStringList words() const;
    // The notes for a search in speakers or events (releases false): the release filters
    // are ignored there, and said so.
    QStringList notesFor(bool releases) const;

private:
    QList<QList<SearchTerm>> m_clauses; // AND of ORs
    QList<SearchTerm> m_excluded;
    ReleaseFilters m_filters;
    QStringList m_notes;
};

} // namespace pressdesk
