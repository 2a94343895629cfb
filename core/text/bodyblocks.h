#pragma once

#include <QList>
#include <QTextBlock>

class QTextDocument;

namespace pressdesk {

// The body editor's text blocks grouped into the top-level blocks its Markdown will have
// (a paragraph, a heading, a whole list, a whole block quote or code block), so the editor
// can say where a quote stands in the terms a release stores (Quote::placement) and every
// exporter reads (MarkdownRenderer's blocks). Empty paragraphs are no block: Markdown has
// none.
class BodyBlocks final
{
public:
    explicit BodyBlocks(const QTextDocument &document);

    int count() const { return static_cast<int>(m_first.size()); }
    QTextBlock first(int group) const { return m_first.at(group); }
    QTextBlock last(int group) const { return m_last.at(group); }
    // The group holding this text block; for an empty paragraph, the group that follows
    // it (count() when none does).
    int groupOf(const QTextBlock &block) const;

private:
    QList<QTextBlock> m_first;
    QList<QTextBlock> m_last;
};

} // namespace pressdesk
