#pragma once

#include <QString>

namespace pressdesk {

// A quotation in a release. The attribution is kept as printed in that release, so a
// speaker's later change of title does not rewrite history.
struct Quote
{
    qint64 id = 0;
    qint64 speakerId = 0;
    QString text;
    QString attribution;
    QString speakerName; // read-only, filled on load
    // Where the quote stands in the body: the number of the body's top-level blocks
    // (paragraphs, lists, headings) before it. -1: after the first paragraph, the place
    // releases had before the writer could choose.
    int placement = -1;
};

} // namespace pressdesk
