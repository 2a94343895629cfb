#include "fts5expression.h"

#include "search/utf8.h"

namespace pressdesk {

std::string Fts5Expression::quoted(const SearchSyntax::Term &term)
{
    std::string result = "\"";
    for (const char c : term.text) {
        // FTS5 ends a string at NUL: it becomes a space, as between two words.
        result.push_back(c == '\0' ? ' ' : c);
        if (c == '"')
            result.push_back('"');
    }
    result.push_back('"');
    if (term.prefix)
        result.push_back('*');
    return result;
}

std::string Fts5Expression::match(const SearchSyntax &syntax, std::string_view column, std::string_view columnText)
{
    std::string expression;
    auto append = [&expression](const std::string &part) {
        if (!expression.empty())
            expression += " AND ";
        expression += part;
    };
    for (const std::vector<SearchSyntax::Term> &alternatives : syntax.clauses) {
        if (alternatives.size() == 1) {
            append(quoted(alternatives.front()));
            continue;
        }
        std::string options = "(";
        for (std::size_t a = 0; a < alternatives.size(); ++a)
            options += (a > 0 ? " OR " : "") + quoted(alternatives[a]);
        append(options + ")");
    }
    if (!column.empty() && SearchSyntax::hasWordCharacter(columnText))
        append(std::string(column) + " : " + quoted({ Utf8::encode(Utf8::decode(columnText)), true, false }));
    if (expression.empty())
        return {};
    for (const SearchSyntax::Term &term : syntax.excluded)
        expression += " NOT " + quoted(term);
    return expression;
}

std::string Fts5Expression::exclusions(const SearchSyntax &syntax)
{
    std::string expression;
    for (const SearchSyntax::Term &term : syntax.excluded)
        expression += (expression.empty() ? "" : " OR ") + quoted(term);
    return expression;
}

} // namespace pressdesk
