#pragma once

#include <string>
#include <string_view>

namespace pressdesk {

// Character classes of the search text code that runs without Qt (the command line's
// search path): the same answers as QChar's, from tables generated from the Unicode data
// of the oldest supported Qt (scripts/unicode-classes.py).
class UnicodeClass final
{
public:
    static bool isLetterOrNumber(char32_t c);
    static bool isDigit(char32_t c); // decimal digits of any script (Nd)
    static bool isSpace(char32_t c); // separators, TAB to CR and NEL
    static bool isWord(char32_t c) { return isLetterOrNumber(c) || c == U'_'; }
    // Spaces at the ends removed and each run of them inside made one space, as
    // QString::simplified() does.
    static std::u32string simplified(std::u32string_view text);
};

} // namespace pressdesk
