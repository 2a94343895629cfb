#pragma once

#include "pdfblock.h"
#include "releaseparts.h"

#include <QList>

struct cmark_node;

namespace pressdesk {

// A release as the blocks of the tagged PDF, in reading order: letterhead, release line,
// headline (H1), subheadline and lead, the body with the quotes in their slots
// (BlockQuote), event boxes (Sect), the end mark and the closing sections (H2).
class PdfBlockBuilder final
{
public:
    static QList<PdfBlock> build(const ReleaseParts &parts);

private:
    explicit PdfBlockBuilder(QList<PdfBlock> &blocks)
        : m_blocks(blocks)
    { }
    void letterhead(const ReleaseParts &parts);
    void masthead(const ReleaseParts &parts);
    void bodyBlock(cmark_node *node, double indent);
    void list(cmark_node *node, double indent);
    void quote(const ReleaseParts::QuotePart &quote);
    void event(const ReleaseParts &parts, const ReleaseParts::EventPart &event);
    void closingSections(const ReleaseParts &parts);
    void sectionHeading(const QString &text);
    void inlines(cmark_node *node, StyledText &text, unsigned style);
    PdfBlock &add(PdfBlock block);
    void closeLast(int count = 1);

    QList<PdfBlock> &m_blocks;
    int m_groups = 0;
    bool m_sectionHeadingSeen = false;
};

} // namespace pressdesk
