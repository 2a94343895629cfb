#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pressdesk {

// The search language without Qt: the one parser behind SearchQuery (which adds the typed
// filters' meaning and readable notes) and the command line's Qt-free search path. Text is
// UTF-8. Parsing never fails: anything FTS5 would reject becomes literal text or is dropped
// with a note, and user text reaches FTS5 only as quoted strings.
class SearchSyntax final
{
public:
    struct Term
    {
        std::string text;
        bool phrase = false;
        bool prefix = false; // matches words starting with text
    };
    // A key:value filter as typed (key in lower case, one of filterKeys()).
    struct Filter
    {
        std::string key;
        std::string value;
        int token = 0; // position among the query's tokens
    };
    enum class NoteKind {
        MissingClosingQuote, // the phrase runs to the end
        NoWordCharacters, // text: the ignored token
        LoneOr, // an OR not between two terms, dropped
        OperatorAsText, // text: an FTS5 operator (NEAR() searched as words
    };
    struct Note
    {
        NoteKind kind;
        std::string text;
        int token = -1; // position among the query's tokens (-1: before all)
    };

    static SearchSyntax parse(std::string_view input);
    static const std::vector<std::string_view> &filterKeys();
    static bool hasWordCharacter(std::string_view text);
    // The term tree is backend-neutral: the SQLite backend turns it into an FTS5 expression
    // (storage/sqlite/Fts5Expression).

    std::vector<std::vector<Term>> clauses; // AND of ORs
    std::vector<Term> excluded;
    std::vector<Filter> filters;
    std::vector<Note> notes;
};

} // namespace pressdesk
