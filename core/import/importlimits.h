#pragma once

#include <QtGlobal>

namespace pressdesk {

// Bounds every import parser keeps, so hostile or broken input ends with a message
// instead of exhausting memory or time. Shared so the messages and the fuzz targets agree.
struct ImportLimits
{
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024; // one file
    static constexpr qsizetype maxLineChars = 1024 * 1024; // one unfolded line / CSV field
    static constexpr qsizetype maxRecords = 200000; // rows, events, cards, items
    static constexpr qsizetype maxColumns = 512; // CSV columns
    static constexpr qsizetype maxParagraphScan = 20000; // longer paragraphs are not searched for quotes
    static constexpr int maxJsonDepth = 64; // nesting of a ninjs file
    static constexpr int maxHtmlDepth = 512; // open elements kept by the HTML reader
};

} // namespace pressdesk
