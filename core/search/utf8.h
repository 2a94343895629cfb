#pragma once

#include <string>
#include <string_view>

namespace pressdesk {

// UTF-8 for the code that runs without Qt.
class Utf8 final
{
public:
    // Whether text is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static bool isValid(std::string_view text);
    // The code points of text; each ill-formed byte becomes U+FFFD.
    static std::u32string decode(std::string_view text);
    static std::string encode(std::u32string_view text);
    // Length in UTF-16 code units, as QString counts (text must be valid).
    static std::size_t utf16Length(std::string_view text);
};

} // namespace pressdesk
