#include "searchquery.h"

#include "searchsyntax.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

void applyFilter(ReleaseFilters &filters, const QString &key, const QString &text, QStringList &notes)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        notes.append(QCoreApplication::translate("SearchQuery", "\"%1:\" needs a value.").arg(key));
        return;
    }
    if (key == QLatin1String("status")) {
        // status:published OR status:draft (or both typed): either status.
        const std::optional<ReleaseStatus> status = statusFromKey(value.toLower());
        if (status && filters.status && *filters.status != *status && !filters.moreStatuses.contains(*status))
            filters.moreStatuses.append(*status);
        else if (status && !filters.status)
            filters.status = status;
        if (!status)
            notes.append(QCoreApplication::translate(
                "SearchQuery", "Unknown status \"%1\"; use draft, in_review, approved, published or archived.")
                             .arg(value));
    } else if (key == QLatin1String("lang") || key == QLatin1String("language")) {
        filters.language = value.toLower();
    } else if (key == QLatin1String("tag")) {
        filters.tag = value;
    } else if (key == QLatin1String("speaker")) {
        filters.speaker = value;
    } else if (key == QLatin1String("event")) {
        filters.event = value;
    } else if (key == QLatin1String("author")) {
        filters.author = value;
    } else if (key == QLatin1String("reviewer")) {
        filters.reviewer = value;
    } else if (key == QLatin1String("before") || key == QLatin1String("after")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            notes.append(
                QCoreApplication::translate("SearchQuery", "\"%1\" is not a date; write it as 2026-07-01.").arg(value));
        else if (key == QLatin1String("before"))
            filters.before = date;
        else
            filters.after = date;
    } else if (key == QLatin1String("embargoed")) {
        const QString answer = value.toLower();
        if (answer == QLatin1String("yes") || answer == QLatin1String("true") || answer == QLatin1String("1"))
            filters.embargoed = true;
        else if (answer == QLatin1String("no") || answer == QLatin1String("false") || answer == QLatin1String("0"))
            filters.embargoed = false;
        else
            notes.append(QCoreApplication::translate("SearchQuery", "embargoed: takes yes or no."));
    } else {
        // name: outlet: role: beat: country: email: narrow media contacts (ContactFilter).
        notes.append(
            QCoreApplication::translate("SearchQuery", "Ignored \"%1:\": it applies to media contacts only.").arg(key));
    }
}

} // namespace

bool ReleaseFilters::isEmpty() const
{
    return !status && language.isEmpty() && tag.isEmpty() && speaker.isEmpty() && event.isEmpty() && author.isEmpty()
        && reviewer.isEmpty() && !after.isValid() && !before.isValid() && !embargoed;
}

int ReleaseFilters::activeCount() const
{
    int count = 0;
    for (bool set : { status.has_value(), !language.isEmpty(), !tag.isEmpty(), !speaker.isEmpty(), !event.isEmpty(),
             !author.isEmpty(), !reviewer.isEmpty(), after.isValid(), before.isValid(), embargoed.has_value() })
        count += set ? 1 : 0;
    return count;
}

QString ReleaseFilters::toQueryText() const
{
    QStringList parts;
    auto add = [&parts](const char *key, QString value) {
        if (value.isEmpty())
            return;
        value.remove(QLatin1Char('"'));
        parts.append(QLatin1String(key) + QLatin1Char(':') + QLatin1Char('"') + value + QLatin1Char('"'));
    };
    if (status)
        add("status", statusKey(*status));
    for (ReleaseStatus more : moreStatuses)
        add("status", statusKey(more));
    add("lang", language);
    add("tag", tag);
    add("speaker", speaker);
    add("event", event);
    add("author", author);
    add("reviewer", reviewer);
    if (after.isValid())
        add("after", after.toString(Qt::ISODate));
    if (before.isValid())
        add("before", before.toString(Qt::ISODate));
    if (embargoed)
        add("embargoed", *embargoed ? QStringLiteral("yes") : QStringLiteral("no"));
    return parts.join(QLatin1Char(' '));
}

void ReleaseFilters::merge(const ReleaseFilters &other)
{
    if (other.status) {
        status = other.status;
        moreStatuses = other.moreStatuses;
    }
    for (auto [mine, theirs] : { std::pair { &language, &other.language }, std::pair { &tag, &other.tag },
             std::pair { &speaker, &other.speaker }, std::pair { &event, &other.event },
             std::pair { &author, &other.author }, std::pair { &reviewer, &other.reviewer } }) {
        if (!theirs->isEmpty())
            *mine = *theirs;
    }
    if (other.after.isValid())
        after = other.after;
    if (other.before.isValid())
        before = other.before;
    if (other.embargoed)
        embargoed = other.embargoed;
}

namespace {

SearchTerm termOf(const SearchSyntax::Term &term)
{
    return { QString::fromStdString(term.text), term.phrase, term.prefix };
}

SearchSyntax::Term syntaxTerm(const SearchTerm &term)
{
    return { term.text.toStdString(), term.phrase, term.prefix };
}

SearchSyntax syntaxOf(const SearchQuery &query)
{
    SearchSyntax syntax;
    for (const QList<SearchTerm> &alternatives : query.clauses()) {
        std::vector<SearchSyntax::Term> options;
        for (const SearchTerm &term : alternatives)
            options.push_back(syntaxTerm(term));
        syntax.clauses.push_back(std::move(options));
    }
    for (const SearchTerm &term : query.excluded())
        syntax.excluded.push_back(syntaxTerm(term));
    return syntax;
}

QString noteText(const SearchSyntax::Note &note)
{
    switch (note.kind) {
    case SearchSyntax::NoteKind::MissingClosingQuote:
        return QCoreApplication::translate(
            "SearchQuery", "The closing quotation mark was missing; the phrase runs to the end.");
    case SearchSyntax::NoteKind::LoneOr:
        return QCoreApplication::translate(
            "SearchQuery", "Ignored \"OR\": it joins two words, as in migrant OR refugee.");
    case SearchSyntax::NoteKind::OperatorAsText:
        return QCoreApplication::translate("SearchQuery",
            "Searched \"%1\" as ordinary words: NEAR is not part of the "
            "search language.")
            .arg(QString::fromStdString(note.text));
    case SearchSyntax::NoteKind::NoWordCharacters:
        break;
    }
    return QCoreApplication::translate("SearchQuery", "Ignored \"%1\": it has no letters or digits.")
        .arg(QString::fromStdString(note.text));
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    const SearchSyntax syntax = SearchSyntax::parse(input.toStdString());
    SearchQuery query;
    for (const std::vector<SearchSyntax::Term> &alternatives : syntax.clauses) {
        QList<SearchTerm> options;
        for (const SearchSyntax::Term &term : alternatives)
            options.append(termOf(term));
        query.m_clauses.append(options);
    }
    for (const SearchSyntax::Term &term : syntax.excluded)
        query.m_excluded.append(termOf(term));
    // Notes in the order of the tokens they are about; the filters' own notes among them.
    auto note = syntax.notes.begin();
    for (const SearchSyntax::Filter &filter : syntax.filters) {
        for (; note != syntax.notes.end() && note->token < filter.token; ++note)
            query.m_notes.append(noteText(*note));
        applyFilter(
            query.m_filters, QString::fromStdString(filter.key), QString::fromStdString(filter.value), query.m_notes);
    }
    for (; note != syntax.notes.end(); ++note)
        query.m_notes.append(noteText(*note));
    return query;
}

SearchSyntax SearchQuery::syntax() const
{
    return syntaxOf(*this);
}

QStringList SearchQuery::notesFor(bool releases) const
{
    QStringList notes = m_notes;
    if (!releases && !m_filters.isEmpty())
        notes.append(
            QCoreApplication::translate("SearchQuery", "Ignored the filters (%1): they apply to releases only.")
                .arg(m_filters.toQueryText()));
    return notes;
}

QStringList SearchQuery::words() const
{
    QStringList result;
    for (const QList<SearchTerm> &alternatives : m_clauses) {
        for (const SearchTerm &term : alternatives)
            result.append(term.text.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    return result;
}

} // namespace pressdesk
