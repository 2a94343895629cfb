#include "pdfpaginator.h"

#include <algorithm>

namespace pressdesk {

namespace {

constexpr int widows = 2;
constexpr int orphans = 2;

} // namespace

double PdfPaginator::spaceBefore(int block) const
{
    const double previous = block > 0 ? m_blocks.at(block - 1).spaceAfter : 0;
    return std::max(previous, m_blocks.at(block).spaceBefore);
}

double PdfPaginator::linesHeight(int block, int first, int count) const
{
    if (count <= 0)
        return 0;
    const QList<Line> &lines = m_lines.at(block);
    return lines.at(first + count - 1).bottom - lines.at(first).top;
}

// The least of a block that must follow a heading onto its page: two lines, or all of a
// block that cannot be split (unbreakable, or too short to leave two lines on each side),
// and what that block must keep with it in turn.
double PdfPaginator::minimumHeight(int block, int depth) const
{
    if (block >= m_blocks.size())
        return 0;
    const PdfBlock &b = m_blocks.at(block);
    const int count = static_cast<int>(m_lines.at(block).size());
    const int shown = b.breakable && count >= orphans + widows ? orphans : count;
    double height = spaceBefore(block) + linesHeight(block, 0, shown);
    if (shown == count && b.keepWithNext && depth < 3)
        height += minimumHeight(block + 1, depth + 1);
    return height;
}

// How many lines of the block, from start, go on the current page; 0 to start a new page.
int PdfPaginator::fit(int block, int start, double available, bool atTop) const
{
    const PdfBlock &b = m_blocks.at(block);
    const int remaining = static_cast<int>(m_lines.at(block).size()) - start;
    const double tail = b.keepWithNext ? minimumHeight(block + 1, 0) : 0;
    if (linesHeight(block, start, remaining) + tail <= available)
        return remaining;
    int fitting = 0;
    while (fitting < remaining && linesHeight(block, start, fitting + 1) <= available)
        ++fitting;
    if (atTop) // nothing is gained on a new page: never leave one empty
        return b.breakable ? std::max(1, fitting) : remaining;
    if (!b.breakable)
        return 0;
    // All lines fit but what must follow does not: some go over with it.
    int count = fitting == remaining ? remaining - widows : fitting;
    if (remaining - count < widows)
        count = remaining - widows;
    if (count < (start == 0 ? orphans : 1))
        return 0;
    return count;
}

PdfPaginator::Result PdfPaginator::paginate(
    const QList<PdfBlock> &blocks, const QList<QList<Line>> &lines, double top, double bottom)
{
    const PdfPaginator paginator(blocks, lines);
    Result result;
    int page = 0;
    double y = top;
    bool atTop = true;
    const auto newPage = [&] {
        ++page;
        y = top;
        atTop = true;
    };
    for (int block = 0; block < blocks.size(); ++block) {
        const PdfBlock &b = blocks.at(block);
        const int count = static_cast<int>(lines.at(block).size());
        // An event box that fits on a page is never split.
        if (b.keepGroupTogether && !atTop && (block == 0 || blocks.at(block - 1).group != b.group)) {
            double height = 0;
            for (int i = block; i < blocks.size() && blocks.at(i).group == b.group; ++i)
                height += paginator.spaceBefore(i) + paginator.linesHeight(i, 0, static_cast<int>(lines.at(i).size()));
            if (y + height > bottom && height < bottom - top)
                newPage();
        }
        int start = 0;
        while (start < count) {
            const double space = atTop ? 0 : paginator.spaceBefore(block);
            const int fitting = paginator.fit(block, start, bottom - y - space, atTop);
            if (fitting == 0) {
                newPage();
                continue;
            }
            const double height = paginator.linesHeight(block, start, fitting);
            result.placements.append({ block, start, start + fitting, page, y + space, height });
            y += space + height;
            atTop = false;
            start += fitting;
            if (start < count)
                newPage();
        }
    }
    result.pages = page + 1;
    return result;
}

} // namespace pressdesk
