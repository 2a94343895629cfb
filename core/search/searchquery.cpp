#include "searchquery.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

struct Token
{
    QString text;
    bool quoted = false;
    bool negated = false;
    bool prefix = false;
    QString key; // for key:value tokens
    QString raw; // as typed, for notes
};

const QStringList filterKeys = { QStringLiteral("status"), QStringLiteral("lang"), QStringLiteral("language"),
    QStringLiteral("tag"), QStringLiteral("speaker"), QStringLiteral("event"), QStringLiteral("author"),
    QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("embargoed") };

// Splits the input into tokens; a quote left open runs to the end of the input.
QList<Token> tokenize(const QString &input, QStringList &notes)
{
    QList<Token> tokens;
    const qsizetype length = input.size();
    qsizetype i = 0;
    auto readQuoted = [&](Token &token) {
        ++i; // opening quote
        const qsizetype close = input.indexOf(QLatin1Char('"'), i);
        if (close < 0) {
            token.text = input.mid(i);
            i = length;
            notes.append(QCoreApplication::translate(
                "SearchQuery", "The closing quotation mark was missing; the phrase runs to the end."));
        } else {
            token.text = input.mid(i, close - i);
            i = close + 1;
        }
        token.quoted = true;
    };
    while (i < length) {
        if (input.at(i).isSpace()) {
            ++i;
            continue;
        }
        Token token;
        if (input.at(i) == QLatin1Char('-') && i + 1 < length && !input.at(i + 1).isSpace()) {
            token.negated = true;
            ++i;
        }
        if (input.at(i) == QLatin1Char('"')) {
            readQuoted(token);
        } else {
            qsizetype end = i;
            while (end < length && !input.at(end).isSpace() && input.at(end) != QLatin1Char('"'))
                ++end;
            QString word = input.mid(i, end - i);
            token.raw = word;
            i = end;
            const qsizetype colon = word.indexOf(QLatin1Char(':'));
            const QString key = colon > 0 ? word.left(colon).toLower() : QString();
            if (colon > 0 && filterKeys.contains(key)) {
                token.key = key;
                if (colon == word.size() - 1 && i < length && input.at(i) == QLatin1Char('"')) {
                    readQuoted(token);
                } else {
                    token.text = word.mid(colon + 1);
                }
            } else {
                if (word.endsWith(QLatin1Char('*'))) {
                    token.prefix = true;
                    while (word.endsWith(QLatin1Char('*')))
                        word.chop(1);
                }
                token.text = word;
            }
            // The word being typed is a prefix of what the user means.
            if (token.key.isEmpty() && i >= length)
                token.prefix = true;
        }
        tokens.append(token);
    }
    // Filters typed after the words ("labour inspec lang:en") leave the last word a prefix
    // when it ends the words, as it would at the end of the field.
    if (!tokens.isEmpty() && !tokens.constLast().key.isEmpty() && !input.back().isSpace()) {
        for (qsizetype t = tokens.size() - 1; t >= 0; --t) {
            Token &token = tokens[t];
            if (!token.key.isEmpty())
                continue;
            if (!token.quoted && !token.negated)
                token.prefix = true;
            break;
        }
    }
    return tokens;
}

void applyFilter(ReleaseFilters &filters, const Token &token, QStringList &notes)
{
    const QString value = token.text.trimmed();
    if (value.isEmpty()) {
        notes.append(QCoreApplication::translate("SearchQuery", "\"%1:\" needs a value.").arg(token.key));
        return;
    }
    const QString &key = token.key;
    if (key == QLatin1String("status")) {
        filters.status = statusFromKey(value.toLower());
        if (!filters.status)
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
    }
}

} // namespace

bool ReleaseFilters::isEmpty() const
{
    return !status && language.isEmpty() && tag.isEmpty() && speaker.isEmpty() && event.isEmpty() && author.isEmpty()
        && !after.isValid() && !before.isValid() && !embargoed;
}

int ReleaseFilters::activeCount() const
{
    int count = 0;
    for (bool set : { status.has_value(), !language.isEmpty(), !tag.isEmpty(), !speaker.isEmpty(), !event.isEmpty(),
             !author.isEmpty(), after.isValid(), before.isValid(), embargoed.has_value() })
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
    add("lang", language);
    add("tag", tag);
    add("speaker", speaker);
    add("event", event);
    add("author", author);
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
    if (other.status)
        status = other.status;
    for (auto [mine, theirs] : { std::pair { &language, &other.language }, std::pair { &tag, &other.tag },
             std::pair { &speaker, &other.speaker }, std::pair { &event, &other.event },
             std::pair { &author, &other.author } }) {
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

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    const QList<Token> tokens = tokenize(input, query.m_notes);
    bool joinWithPrevious = false;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (!token.key.isEmpty()) {
            applyFilter(query.m_filters, token, query.m_notes);
            continue;
        }
        if (!token.quoted && !token.negated && token.text == QLatin1String("OR")) {
            // Only an OR between two terms means something; elsewhere it is dropped.
            joinWithPrevious = !query.m_clauses.isEmpty();
            continue;
        }
        if (!hasWordCharacter(token.text)) {
            if (!token.text.isEmpty() || !token.quoted)
                query.m_notes.append(
                    QCoreApplication::translate("SearchQuery", "Ignored \"%1\": it has no letters or digits.")
                        .arg(token.raw.isEmpty() ? token.text : token.raw));
            continue;
        }
        SearchTerm term { token.text.simplified(), token.quoted, token.prefix };
        if (token.negated) {
            query.m_excluded.append(term);
            joinWithPrevious = false;
        } else if (joinWithPrevious) {
            query.m_clauses.last().append(term);
            joinWithPrevious = false;
        } else {
            query.m_clauses.append({ term });
        }
    }
    return query;
}

QString SearchQuery::quoted(const SearchTerm &term)
{
    QString text = term.text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"') + (term.prefix ? QStringLiteral("*") : QString());
}

QString SearchQuery::matchExpression(const QString &columnFilterColumn, const QString &columnFilterText) const
{
    QStringList parts;
    for (const QList<SearchTerm> &alternatives : m_clauses) {
        QStringList options;
        for (const SearchTerm &term : alternatives)
            options.append(quoted(term));
        parts.append(options.size() == 1 ? options.first()
                                         : QLatin1Char('(') + options.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (!columnFilterColumn.isEmpty() && hasWordCharacter(columnFilterText))
        parts.append(columnFilterColumn + QLatin1String(" : ") + quoted({ columnFilterText, true, false }));
    if (parts.isEmpty())
        return {};
    QString expression = parts.join(QLatin1String(" AND "));
    for (const SearchTerm &term : m_excluded)
        expression += QLatin1String(" NOT ") + quoted(term);
    return expression;
}

QString SearchQuery::exclusionExpression() const
{
    QStringList options;
    for (const SearchTerm &term : m_excluded)
        options.append(quoted(term));
    return options.join(QLatin1String(" OR "));
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
