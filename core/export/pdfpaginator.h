#pragma once

#include "pdfblock.h"

#include <QList>

namespace pressdesk {

// Puts laid-out blocks on pages: at least two lines of a paragraph at the foot and at the
// head of a page (orphans and widows), a heading (keepWithNext) on the page of what
// follows it, an event box (keepGroupTogether) whole when it fits on a page; anything else,
// quotes included, may break between lines. Vertical space between blocks is the larger of
// the two blocks' spaces and is dropped at the head of a page.
class PdfPaginator final
{
public:
    // A line of a block, in points from the top of the block.
    struct Line
    {
        double top = 0;
        double bottom = 0;
    };
    // A piece of a block on a page: lines [first, last) with the first line's top at y.
    struct Placement
    {
        int block = 0;
        int first = 0;
        int last = 0;
        int page = 0;
        double y = 0;
        double height = 0;
    };
    struct Result
    {
        QList<Placement> placements;
        int pages = 0;
    };

    // lines: the lines of each block (at least one each); top and bottom: the body's
    // extent on the page, in points from the top of the sheet.
    static Result paginate(const QList<PdfBlock> &blocks, const QList<QList<Line>> &lines, double top, double bottom);

private:
    PdfPaginator(const QList<PdfBlock> &blocks, const QList<QList<Line>> &lines)
        : m_blocks(blocks)
        , m_lines(lines)
    { }
    double spaceBefore(int block) const;
    double linesHeight(int block, int first, int count) const;
    double minimumHeight(int block, int depth) const;
    int fit(int block, int start, double available, bool atTop) const;

    const QList<PdfBlock> &m_blocks;
    const QList<QList<Line>> &m_lines;
};

} // namespace pressdesk
