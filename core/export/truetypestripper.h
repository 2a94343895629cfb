#pragma once

#include <QByteArray>

namespace pressdesk {

// Takes the hinting out of a TrueType font program: the fpgm, prep and cvt tables and the
// instructions of every glyph. Hints fit outlines to a screen's pixel grid; a PDF is
// scaled to any size, viewers hint on their own, and in cairo's subsets of Liberation the
// hints are two thirds of the bytes. Returns the font unchanged when it cannot read it.
class TrueTypeStripper final
{
public:
    static QByteArray withoutHinting(const QByteArray &font);
};

} // namespace pressdesk
