#pragma once

#include "domain/mediacontact.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// A search over media contacts in the query language of every list (SearchSyntax): words
// (all must match a word of the name, outlet, role, beats, country, e-mail or notes; word*
// and the last typed word are prefixes), "phrases", a OR b, -excluded, and the filters
// name: outlet: role: beat: lang: country: email:. The same filter typed twice accepts
// either value ("country:Honduras country:Guatemala"); different filters must all match.
// Text is compared without case or accents. A media list's saved filter is such a query.
class ContactFilter final
{
public:
    static ContactFilter parse(const QString &query);

    bool isEmpty() const;
    bool matches(const MediaContact &contact) const;
    // Readable remarks about the query (a filter without a value, a release-only filter).
    const QStringList &notes() const { return m_notes; }

private:
    struct Term
    {
        QString text; // folded
        bool prefix = false;
    };
    struct Condition
    {
        QString key;
        QStringList values; // folded; any of them
    };

    QList<QList<Term>> m_clauses;
    QList<Term> m_excluded;
    QList<Condition> m_conditions;
    QStringList m_notes;
};

} // namespace pressdesk
