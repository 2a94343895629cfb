#include "contactfilter.h"

#include "import/textfolding.h"
#include "searchsyntax.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

// " word word " so that whole words and word starts are found with contains().
QString wordsOf(const QStringList &texts)
{
    QString joined = QStringLiteral(" ");
    for (const QString &text : texts) {
        const QString folded = TextFolding::fold(text);
        if (!folded.isEmpty())
            joined += folded + QLatin1Char(' ');
    }
    return joined;
}

bool contains(const QString &words, const QString &term, bool prefix)
{
    if (term.isEmpty())
        return true;
    const QString needle = QLatin1Char(' ') + term + (prefix ? QString() : QStringLiteral(" "));
    return words.contains(needle);
}

bool isContactKey(const QString &key)
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("outlet"), QStringLiteral("role"),
        QStringLiteral("beat"), QStringLiteral("lang"), QStringLiteral("language"), QStringLiteral("country"),
        QStringLiteral("email") };
    return keys.contains(key);
}

} // namespace

ContactFilter ContactFilter::parse(const QString &query)
{
    ContactFilter filter;
    const SearchSyntax syntax = SearchSyntax::parse(query.toStdString());
    for (const auto &options : syntax.clauses) {
        QList<Term> clause;
        for (const SearchSyntax::Term &term : options)
            clause.append({ TextFolding::fold(QString::fromStdString(term.text)), term.prefix });
        filter.m_clauses.append(clause);
    }
    for (const SearchSyntax::Term &term : syntax.excluded)
        filter.m_excluded.append({ TextFolding::fold(QString::fromStdString(term.text)), term.prefix });
    for (const SearchSyntax::Filter &typed : syntax.filters) {
        QString key = QString::fromStdString(typed.key);
        if (key == QLatin1String("language"))
            key = QStringLiteral("lang");
        const QString value = QString::fromStdString(typed.value).trimmed();
        if (!isContactKey(key)) {
            filter.m_notes.append(
                QCoreApplication::translate("SearchQuery", "Ignored \"%1:\": it applies to releases only.").arg(key));
            continue;
        }
        if (value.isEmpty()) {
            filter.m_notes.append(QCoreApplication::translate("SearchQuery", "\"%1:\" needs a value.").arg(key));
            continue;
        }
        const QString folded = key == QLatin1String("email") ? value.toLower() : TextFolding::fold(value);
        auto existing = std::find_if(filter.m_conditions.begin(), filter.m_conditions.end(),
            [&](const Condition &condition) { return condition.key == key; });
        if (existing != filter.m_conditions.end())
            existing->values.append(folded);
        else
            filter.m_conditions.append({ key, { folded } });
    }
    return filter;
}

bool ContactFilter::isEmpty() const
{
    return m_clauses.isEmpty() && m_excluded.isEmpty() && m_conditions.isEmpty();
}

bool ContactFilter::matches(const MediaContact &contact) const
{
    if (!m_clauses.isEmpty() || !m_excluded.isEmpty()) {
        const QString words = wordsOf({ contact.name, contact.outlet, contact.role,
            contact.beats.join(QLatin1Char(' ')), contact.country, contact.email, contact.notes });
        for (const QList<Term> &clause : m_clauses) {
            if (std::none_of(clause.begin(), clause.end(),
                    [&](const Term &term) { return contains(words, term.text, term.prefix); }))
                return false;
        }
        for (const Term &term : m_excluded) {
            if (contains(words, term.text, term.prefix))
                return false;
        }
    }
    for (const Condition &condition : m_conditions) {
        const auto accepts = [&](const QString &value) {
            if (condition.key == QLatin1String("lang"))
                return contact.languages.contains(value.left(2));
            if (condition.key == QLatin1String("email"))
                return contact.email.toLower().contains(value);
            if (condition.key == QLatin1String("beat")) {
                return std::any_of(contact.beats.begin(), contact.beats.end(),
                    [&](const QString &beat) { return contains(wordsOf({ beat }), value, true); });
            }
            const QString &field = condition.key == QLatin1String("name") ? contact.name
                : condition.key == QLatin1String("outlet")                ? contact.outlet
                : condition.key == QLatin1String("role")                  ? contact.role
                                                                          : contact.country;
            // Country matches as a whole ("Panama" is not "Panama City"'s country by accident);
            // the others anywhere in the words.
            if (condition.key == QLatin1String("country"))
                return TextFolding::fold(field) == value;
            return contains(wordsOf({ field }), value, true);
        };
        if (std::none_of(condition.values.begin(), condition.values.end(), accepts))
            return false;
    }
    return true;
}

} // namespace pressdesk
