#pragma once

#include "search/searchsyntax.h"

#include <string>
#include <string_view>

namespace pressdesk {

// The SQLite backend's translation of the search language's term tree (SearchSyntax: AND of
// ORs of terms, and exclusions) into an FTS5 MATCH expression. Every term is a quoted FTS5
// string, so user text never reaches FTS5 as syntax. Plain C++ (the fuzz target compiles
// its output with SQLite).
class Fts5Expression final
{
public:
    // "text" with inner quotes doubled (and NUL, which ends an FTS5 string, made a space),
    // with * after it for a prefix.
    static std::string quoted(const SearchSyntax::Term &term);
    // The positive part and its exclusions, or empty when nothing is positive. A column and
    // its text add a phrase that must match in that column (speaker:"Ana").
    static std::string match(
        const SearchSyntax &syntax, std::string_view column = {}, std::string_view columnText = {});
    // Any excluded term, for "NOT IN" when nothing is positive.
    static std::string exclusions(const SearchSyntax &syntax);
};

} // namespace pressdesk
