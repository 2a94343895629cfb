#include "unicodeclass.h"

#include <algorithm>
#include <iterator>

namespace pressdesk {

namespace {

struct CodePointRange
{
    char32_t first;
    char32_t last;
};

#include "unicodetables.inc"

template<std::size_t N>
bool inRanges(const CodePointRange (&ranges)[N], char32_t c)
{
    // The first range that does not end before c.
    const auto found = std::lower_bound(std::begin(ranges), std::end(ranges), c,
        [](const CodePointRange &range, char32_t value) { return range.last < value; });
    return found != std::end(ranges) && found->first <= c;
}

} // namespace

bool UnicodeClass::isLetterOrNumber(char32_t c)
{
    if (c < 0x80)
        return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    return inRanges(letterOrNumberRanges, c);
}

bool UnicodeClass::isDigit(char32_t c)
{
    if (c < 0x80)
        return c >= U'0' && c <= U'9';
    return inRanges(digitRanges, c);
}

bool UnicodeClass::isSpace(char32_t c)
{
    if (c < 0x80)
        return c == U' ' || (c >= U'\t' && c <= U'\r');
    return inRanges(spaceRanges, c);
}

std::u32string UnicodeClass::simplified(std::u32string_view text)
{
    std::u32string result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const char32_t c : text) {
        if (isSpace(c)) {
            pendingSpace = !result.empty();
            continue;
        }
        if (pendingSpace)
            result.push_back(U' ');
        pendingSpace = false;
        result.push_back(c);
    }
    return result;
}

} // namespace pressdesk
