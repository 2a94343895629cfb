#include "searchsyntax.h"

#include "unicodeclass.h"
#include "utf8.h"

#include <algorithm>

namespace pressdesk {

namespace {

struct Token
{
    std::u32string text;
    bool quoted = false;
    bool negated = false;
    bool prefix = false;
    std::string key; // for key:value tokens
    std::u32string raw; // as typed, for notes
};

std::string asciiLower(std::u32string_view text)
{
    std::string result;
    for (const char32_t c : text) {
        if (c >= 0x80)
            return {}; // no filter key has other letters
        result.push_back(static_cast<char>(c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c));
    }
    return result;
}

bool isFilterKey(const std::string &key)
{
    const auto &keys = SearchSyntax::filterKeys();
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool hasWordCharacter(std::u32string_view text)
{
    return std::any_of(text.begin(), text.end(), UnicodeClass::isLetterOrNumber);
}

// Splits the input into tokens; a quote left open runs to the end of the input.
std::vector<Token> tokenize(std::u32string_view input, std::vector<SearchSyntax::Note> &notes)
{
    std::vector<Token> tokens;
    const std::size_t length = input.size();
    std::size_t i = 0;
    auto readQuoted = [&](Token &token) {
        ++i; // opening quote
        const std::size_t close = input.find(U'"', i);
        if (close == std::u32string_view::npos) {
            token.text = input.substr(i);
            i = length;
            notes.push_back({ SearchSyntax::NoteKind::MissingClosingQuote, {}, -1 });
        } else {
            token.text = input.substr(i, close - i);
            i = close + 1;
        }
        token.quoted = true;
    };
    while (i < length) {
        if (UnicodeClass::isSpace(input[i])) {
            ++i;
            continue;
        }
        Token token;
        if (input[i] == U'-' && i + 1 < length && !UnicodeClass::isSpace(input[i + 1])) {
            token.negated = true;
            ++i;
        }
        if (input[i] == U'"') {
            readQuoted(token);
        } else {
            std::size_t end = i;
            while (end < length && !UnicodeClass::isSpace(input[end]) && input[end] != U'"')
                ++end;
            std::u32string word(input.substr(i, end - i));
            token.raw = word;
            i = end;
            const std::size_t colon = word.find(U':');
            const std::string key = colon != std::u32string::npos && colon > 0
                ? asciiLower(std::u32string_view(word).substr(0, colon))
                : std::string();
            if (!key.empty() && isFilterKey(key)) {
                token.key = key;
                if (colon == word.size() - 1 && i < length && input[i] == U'"')
                    readQuoted(token);
                else
                    token.text = word.substr(colon + 1);
            } else {
                if (!word.empty() && word.back() == U'*') {
                    token.prefix = true;
                    while (!word.empty() && word.back() == U'*')
                        word.pop_back();
                }
                token.text = word;
            }
            // The word being typed is a prefix of what the user means.
            if (token.key.empty() && i >= length)
                token.prefix = true;
        }
        tokens.push_back(std::move(token));
    }
    // Filters typed after the words ("labour inspec lang:en") leave the last word a prefix
    // when it ends the words, as it would at the end of the field.
    if (!tokens.empty() && !tokens.back().key.empty() && !UnicodeClass::isSpace(input.back())) {
        for (auto token = tokens.rbegin(); token != tokens.rend(); ++token) {
            if (!token->key.empty())
                continue;
            if (!token->quoted && !token->negated)
                token->prefix = true;
            break;
        }
    }
    return tokens;
}

} // namespace

const std::vector<std::string_view> &SearchSyntax::filterKeys()
{
    static const std::vector<std::string_view> keys { "status", "lang", "language", "tag", "speaker", "event", "author",
        "reviewer", "before", "after", "embargoed",
        // Media contacts (ContactFilter); "lang:" and "language:" are shared with releases.
        "name", "outlet", "role", "beat", "country", "email" };
    return keys;
}

bool SearchSyntax::hasWordCharacter(std::string_view text)
{
    return pressdesk::hasWordCharacter(Utf8::decode(text));
}

SearchSyntax SearchSyntax::parse(std::string_view input)
{
    SearchSyntax query;
    const std::vector<Token> tokens = tokenize(Utf8::decode(input), query.notes);
    bool joinWithPrevious = false;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens[t];
        const int position = static_cast<int>(t);
        if (!token.key.empty()) {
            query.filters.push_back({ token.key, Utf8::encode(token.text), position });
            continue;
        }
        if (!token.quoted && !token.negated && token.text == U"OR") {
            // Only an OR between two terms means something; elsewhere it is dropped, and said.
            // Between two filters (status:published OR status:draft) it is what filters of
            // one kind do anyway: either value.
            const bool betweenFilters =
                t > 0 && !tokens[t - 1].key.empty() && t + 1 < tokens.size() && !tokens[t + 1].key.empty();
            if (betweenFilters)
                continue;
            if (query.clauses.empty() || joinWithPrevious)
                query.notes.push_back({ NoteKind::LoneOr, "OR", position });
            joinWithPrevious = !query.clauses.empty();
            continue;
        }
        if (!token.quoted && token.raw.rfind(U"NEAR(", 0) == 0)
            query.notes.push_back({ NoteKind::OperatorAsText, Utf8::encode(token.raw), position });
        if (!pressdesk::hasWordCharacter(token.text)) {
            if (!token.text.empty() || !token.quoted)
                query.notes.push_back(
                    { NoteKind::NoWordCharacters, Utf8::encode(token.raw.empty() ? token.text : token.raw), position });
            continue;
        }
        Term term { Utf8::encode(UnicodeClass::simplified(token.text)), token.quoted, token.prefix };
        if (token.negated) {
            query.excluded.push_back(std::move(term));
            joinWithPrevious = false;
        } else if (joinWithPrevious) {
            query.clauses.back().push_back(std::move(term));
            joinWithPrevious = false;
        } else {
            query.clauses.push_back({ std::move(term) });
        }
    }
    if (joinWithPrevious)
        query.notes.push_back({ NoteKind::LoneOr, "OR", static_cast<int>(tokens.size()) - 1 });
    return query;
}

} // namespace pressdesk
