#include "tsqueryexpression.h"

#include <algorithm>

namespace pressdesk {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// One term as SQL, or empty when it has no words.
QString term(const SearchSyntax::Term &term, QVariantList &values, const TsQueryExpression::SpelledOut &spelledOut)
{
    const QString text = QString::fromStdString(term.text);
    if (term.prefix) {
        if (const auto words = spelledOut.constFind(text); words != spelledOut.cend()) {
            values.append(*words);
            return QStringLiteral("CAST(? AS tsquery)");
        }
    }
    const QString plain = TsQueryExpression::plain(text, term.prefix);
    if (plain.isEmpty())
        return {};
    values.append(plain);
    // A prefix is only a beginning: its stem would mean nothing.
    values.append(term.prefix ? QString::fromLatin1("") : TsQueryExpression::words(text).join(QLatin1Char(' ')));
    return QStringLiteral("pressdesk_term(?, ?)");
}

} // namespace

QStringList TsQueryExpression::words(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (isWordCharacter(c)) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString TsQueryExpression::plain(const QString &text, bool prefix, QChar weight)
{
    const QStringList found = words(text);
    QStringList quoted;
    for (qsizetype i = 0; i < found.size(); ++i) {
        // Words hold no quote or backslash, so quoting needs no escaping.
        QString lexeme = QLatin1Char('\'') + found.at(i) + QLatin1Char('\'');
        const bool last = i + 1 == found.size();
        if ((prefix && last) || !weight.isNull()) {
            lexeme += QLatin1Char(':');
            if (prefix && last)
                lexeme += QLatin1Char('*');
            if (!weight.isNull())
                lexeme += weight;
        }
        quoted.append(lexeme);
    }
    return quoted.join(QLatin1String(" <-> "));
}

QStringList TsQueryExpression::prefixWords(const SearchSyntax &syntax)
{
    QStringList result;
    const auto add = [&result](const SearchSyntax::Term &term) {
        const QString text = QString::fromStdString(term.text);
        if (term.prefix && words(text).size() == 1 && !result.contains(text))
            result.append(text);
    };
    for (const std::vector<SearchSyntax::Term> &alternatives : syntax.clauses)
        std::for_each(alternatives.cbegin(), alternatives.cend(), add);
    std::for_each(syntax.excluded.cbegin(), syntax.excluded.cend(), add);
    return result;
}

TsQueryExpression::Sql TsQueryExpression::match(
    const SearchSyntax &syntax, const QString &columnText, const SpelledOut &spelledOut)
{
    Sql sql;
    QStringList clauses;
    for (const std::vector<SearchSyntax::Term> &alternatives : syntax.clauses) {
        QStringList options;
        for (const SearchSyntax::Term &alternative : alternatives) {
            const QString part = term(alternative, sql.values, spelledOut);
            if (!part.isEmpty())
                options.append(part);
        }
        if (options.size() == 1)
            clauses.append(options.constFirst());
        else if (options.size() > 1)
            clauses.append(QLatin1Char('(') + options.join(QLatin1String(" || ")) + QLatin1Char(')'));
    }
    const QString column = plain(columnText, false, QLatin1Char('B'));
    if (!column.isEmpty()) {
        clauses.append(QStringLiteral("to_tsquery('pressdesk_simple', ?)"));
        sql.values.append(column);
    }
    if (clauses.isEmpty())
        return {};
    for (const SearchSyntax::Term &excluded : syntax.excluded) {
        const QString part = term(excluded, sql.values, spelledOut);
        if (!part.isEmpty())
            clauses.append(QStringLiteral("!!") + part);
    }
    sql.expression = QLatin1Char('(') + clauses.join(QLatin1String(" && ")) + QLatin1Char(')');
    return sql;
}

TsQueryExpression::Sql TsQueryExpression::exclusions(const SearchSyntax &syntax, const SpelledOut &spelledOut)
{
    Sql sql;
    QStringList options;
    for (const SearchSyntax::Term &excluded : syntax.excluded) {
        const QString part = term(excluded, sql.values, spelledOut);
        if (!part.isEmpty())
            options.append(part);
    }
    if (!options.isEmpty())
        sql.expression = QLatin1Char('(') + options.join(QLatin1String(" || ")) + QLatin1Char(')');
    return sql;
}

} // namespace pressdesk
