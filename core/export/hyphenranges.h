#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace pressdesk {

// Where Pango may draw a hyphen at a line break, as few byte ranges as possible.
//
// Pango draws a hyphen wherever it breaks a line inside a word, unless told not to: that
// is right at a soft hyphen, wrong for a URL broken after a slash or an address broken
// between characters. So the PDF engine allows hyphens only on runs of words that break
// nowhere but at their soft hyphens (words of letters, digits and clinging punctuation
// that fit on a line) and on the words that have soft hyphens. Each range costs Pango a pass over the text before it,
// so a range covers a whole run of such words, not one word; a paragraph that would still need more than maxRanges (a
// hostile one, alternating addresses and hyphenated words) gets none and is set without hyphenation.
class HyphenRanges final
{
public:
    struct Range
    {
        int start = 0; // UTF-8 byte offsets into the text, end exclusive
        int end = 0;
    };

    static constexpr int maxRanges = 256;

    // The ranges of utf8 (text with soft hyphens) where a hyphen may be drawn; a word
    // longer than lineChars characters may break between characters and is left out.
    // nullopt when more than maxRanges would be needed.
    static std::optional<QList<Range>> of(const QByteArray &utf8, int lineChars);

private:
    static bool breaksOnlyAtSoftHyphens(QStringView word, int lineChars);
};

} // namespace pressdesk
