#pragma once

#include <string>
#include <string_view>

namespace pressdesk {

// Snippets of matched text as a reader sees them, without Qt: behind SearchSql's lists and
// the command line's Qt-free search path. Text is UTF-8.
class SnippetText final
{
public:
    static constexpr char highlightStart = '\x02';
    static constexpr char highlightEnd = '\x03';
    // Markdown's emphasis, link, heading, quote and list syntax and backslash escapes taken
    // out, on one line; the highlight marks are kept.
    static std::string readable(std::string_view snippet);
    // readable(), with the matched words in **bold** for plain text and JSON.
    static std::string marked(std::string_view snippet);
};

} // namespace pressdesk
