#pragma once

#include "styledtext.h"

#include <QByteArray>
#include <QList>
#include <QRgb>
#include <QString>

namespace pressdesk {

// One paragraph-like piece of a typeset release: its text and style, the structure
// element it is tagged as, the containers (L, LI, BlockQuote, Sect) it opens or closes, and
// how it may be split across pages. PdfBlockBuilder makes them, PdfTypesetter sets them.
struct PdfBlock
{
    // Drawn outside the structure tree (artifacts), per page, around a group of blocks.
    enum class Decoration { None, QuoteRule, EventBox };
    enum class Align { Left, Center, Justify }; // a justified block's last line is left

    StyledText text;
    QByteArray tag = "P";
    QList<QByteArray> opens; // containers begun before the block, outermost first
    int closes = 0; // containers ended after it
    QString label; // a list item's marker, tagged Lbl

    QByteArray family = "Liberation Serif,DejaVu Serif,Times New Roman,serif";
    double size = 11.5;
    bool bold = false;
    bool italic = false;
    QRgb color = qRgb(0x1c, 0x24, 0x30);
    double letterSpacing = 0;
    double lineSpacing = 1.3;
    Align align = Align::Left;
    bool hyphenate = false; // at the language's hyphenation points (Hyphenator)

    double indent = 0;
    double rightIndent = 0;
    double spaceBefore = 0;
    double spaceAfter = 0;

    bool keepWithNext = false; // headings: never the last thing on a page
    bool breakable = true; // may be split between lines (widows and orphans kept)
    int group = -1; // blocks drawn with one decoration
    Decoration decoration = Decoration::None;
    bool keepGroupTogether = false;
    QRgb ruleBelow = 0; // a full-width rule under the block (the letterhead's)

    QString outline; // a bookmark to the block, when not empty
    QString language; // of the first element it opens, when not the document's (BCP 47)

    QByteArray logoPng; // the letterhead's logo, drawn left of the text as a Figure
    QByteArray logoSvg; // the same logo as given when it is SVG: drawn as vectors instead
};

} // namespace pressdesk
