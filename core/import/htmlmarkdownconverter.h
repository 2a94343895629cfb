#pragma once

#include <QString>

namespace pressdesk {

// The HTML that Pressdesk's Markdown renderer writes (paragraphs, headings, lists, block
// quotes, code, emphasis, links, line breaks) back into Markdown that renders to the same
// HTML. Text is escaped so it never turns into markup. Unknown tags keep their text.
class HtmlMarkdownConverter final
{
public:
    static QString toMarkdown(const QString &html);
};

} // namespace pressdesk
