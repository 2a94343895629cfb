// The search language (SearchSyntax) and snippet cleaning (SnippetText) on arbitrary bytes:
// the FTS5 expression always compiles (user text never reaches FTS5 raw), and everything
// produced is well-formed UTF-8; snippets stay on one line.
#include "search/searchsyntax.h"
#include "search/snippettext.h"
#include "search/utf8.h"
#include "storage/sqlite/fts5expression.h"

#include <cstdlib>
#include <sqlite3.h>
#include <string>

namespace {

sqlite3_stmt *matchStatement()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        if (sqlite3_open(":memory:", &handle) != SQLITE_OK
            || sqlite3_exec(handle,
                   "CREATE VIRTUAL TABLE t USING fts5(a, speakers, tokenize = 'unicode61 remove_diacritics 2', "
                   "prefix = '2 3'); INSERT INTO t VALUES ('migrant women congress', 'Ana');",
                   nullptr, nullptr, nullptr)
                != SQLITE_OK)
            std::abort();
        return handle;
    }();
    static sqlite3_stmt *statement = [] {
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &prepared, nullptr) != SQLITE_OK)
            std::abort();
        return prepared;
    }();
    return statement;
}

void mustCompile(const std::string &expression)
{
    if (expression.empty())
        return;
    if (!pressdesk::Utf8::isValid(expression))
        std::abort();
    sqlite3_stmt *statement = matchStatement();
    sqlite3_reset(statement);
    sqlite3_bind_text(statement, 1, expression.c_str(), static_cast<int>(expression.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(statement) != SQLITE_ROW)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pressdesk;
    const std::string input(reinterpret_cast<const char *>(data), size);
    const SearchSyntax syntax = SearchSyntax::parse(input);
    mustCompile(Fts5Expression::match(syntax));
    mustCompile(Fts5Expression::match(syntax, "speakers", input));
    mustCompile(Fts5Expression::exclusions(syntax));
    for (const auto &clause : syntax.clauses) {
        for (const SearchSyntax::Term &term : clause) {
            if (term.text.empty() || !SearchSyntax::hasWordCharacter(term.text))
                std::abort();
        }
    }
    const std::string readable = SnippetText::readable(input);
    if (!Utf8::isValid(readable) || readable.find('\n') != std::string::npos)
        std::abort();
    if (!Utf8::isValid(SnippetText::marked(input)))
        std::abort();
    return 0;
}
