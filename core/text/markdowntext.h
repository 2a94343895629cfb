#pragma once

#include <QString>

class QTextDocument;
class QTextDocumentFragment;

namespace pressdesk {

// The bridge between the body editor's rich text and the Markdown a release stores. Only
// structure survives the trip (paragraphs, headings, bold, italic, links, lists, block
// quotes): fonts, colours and sizes have no Markdown form, which is exactly how pasted
// text from a word processor or a web page loses its foreign styling.
class MarkdownText final
{
public:
    // CommonMark text of the document, with trailing blank lines trimmed.
    static QString fromDocument(const QTextDocument &document);
    static void toDocument(QTextDocument &document, const QString &markdown);
    // Pasted HTML reduced to its structure, as Markdown.
    static QString fromHtml(const QString &html);
    // A fragment to insert at the cursor, built from that Markdown.
    static QTextDocumentFragment cleanFragmentFromHtml(const QString &html);
};

} // namespace pressdesk
