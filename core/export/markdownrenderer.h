#pragma once

#include <QString>
#include <QStringList>

struct cmark_node;

namespace pressdesk {

// A release body (CommonMark) parsed once by the reference library and made safe: raw
// HTML is dropped (cmark runs without CMARK_OPT_UNSAFE, and the nodes are removed too),
// links keep only http, https and mailto targets (others become their plain text), and
// images become their description, since an exported release must not load anything.
// Renders per top-level block, so exporters can set the quotes between paragraphs.
class MarkdownRenderer final
{
public:
    explicit MarkdownRenderer(const QString &markdown);
    ~MarkdownRenderer();
    MarkdownRenderer(const MarkdownRenderer &) = delete;
    MarkdownRenderer &operator=(const MarkdownRenderer &) = delete;

    int blockCount() const { return static_cast<int>(m_blocks.size()); }
    // HTML of the top-level blocks [first, last), ready to be inserted unescaped.
    QString html(int first = 0, int last = -1) const;
    // Plain text of one block. Lines of a list start with "- " or "1. "; headings are
    // marked as such so a text exporter can set them apart.
    QString text(int block) const;
    // The Markdown of one block as written in the source (its lines, trimmed).
    QString source(int block) const;
    bool isHeading(int block) const;
    bool isParagraph(int block) const;
    // The sanitized CommonMark node of one top-level block, for renderers that walk it.
    cmark_node *node(int block) const { return m_blocks.at(block); }

    static bool isAllowedLink(const QString &url);

private:
    void sanitize();

    QStringList m_lines;
    cmark_node *m_document = nullptr;
    QList<cmark_node *> m_blocks;
};

} // namespace pressdesk
