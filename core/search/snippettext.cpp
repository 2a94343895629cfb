#include "snippettext.h"

#include "unicodeclass.h"
#include "utf8.h"

namespace pressdesk {

namespace {

bool isAsciiPunctuation(char32_t c)
{
    // QChar::isPunct() below 128, and the ASCII symbols.
    return c > U' ' && c < 0x7F && !UnicodeClass::isLetterOrNumber(c);
}

// Skips the Markdown that can begin a line (heading, quote, list item marks) from i on.
std::size_t afterBlockMarks(std::u32string_view text, std::size_t i)
{
    const std::size_t n = text.size();
    auto isBlank = [&](std::size_t at) {
        return at < n && (text[at] == U' ' || text[at] == U'\t');
    };
    while (isBlank(i))
        ++i;
    std::size_t j = i;
    if (j < n && text[j] == U'#') {
        while (j < n && text[j] == U'#' && j - i < 6)
            ++j;
        if (!isBlank(j))
            return i;
    } else if (j < n && text[j] == U'>') {
        ++j;
    } else if (j < n && (text[j] == U'-' || text[j] == U'+' || text[j] == U'*')) {
        if (!isBlank(++j))
            return i;
    } else {
        while (j < n && j - i < 2 && UnicodeClass::isDigit(text[j]))
            ++j;
        if (j == i || j >= n || (text[j] != U'.' && text[j] != U')') || !isBlank(++j))
            return i;
    }
    while (isBlank(j))
        ++j;
    return j;
}

bool startsWith(std::u32string_view text, std::size_t at, std::u32string_view prefix)
{
    return text.substr(std::min(at, text.size())).substr(0, prefix.size()) == prefix;
}

} // namespace

std::string SnippetText::readable(std::string_view utf8)
{
    const std::u32string snippet = Utf8::decode(utf8);
    const std::u32string_view view(snippet);
    const std::size_t n = snippet.size();
    constexpr auto npos = std::u32string::npos;
    auto at = [&](std::size_t i) {
        return i < n ? snippet[i] : U'\0';
    };
    std::u32string text;
    text.reserve(n);
    std::size_t i = afterBlockMarks(view, 0);
    while (i < n) {
        const char32_t c = snippet[i];
        if (c == U'\n') {
            text += U' ';
            i = afterBlockMarks(view, i + 1);
        } else if (c == U'\\' && isAsciiPunctuation(at(i + 1))) {
            text += snippet[i + 1];
            i += 2;
        } else if (c == U'[') {
            // [text](target) → text
            const std::size_t close = snippet.find(U']', i + 1);
            const std::size_t end = close != npos && at(close + 1) == U'(' ? snippet.find(U')', close + 2) : npos;
            if (end != npos && view.substr(close + 2, end - close - 2).find(U' ') == npos) {
                text += view.substr(i + 1, close - i - 1);
                i = end + 1;
            } else {
                text += c;
                ++i;
            }
        } else if (c == U'<' && (startsWith(view, i + 1, U"http") || startsWith(view, i + 1, U"mailto:"))
            && snippet.find(U'>', i) != npos) {
            // <https://…> → https://…
            const std::size_t close = snippet.find(U'>', i);
            text += view.substr(i + 1, close - i - 1);
            i = close + 1;
        } else if ((c == U'*' || c == U'_' || c == U'~') && at(i + 1) == c) {
            i += 2; // ** __ ~~
        } else if (c == U'*' || c == U'_') {
            // A single * or _ that opens or closes emphasis goes; one inside a word (file_name)
            // or between spaces (2 * 3) stays.
            const char32_t before = i > 0 ? snippet[i - 1] : U'\0';
            const char32_t after = at(i + 1);
            const bool star = c == U'*';
            const bool opens = !(UnicodeClass::isWord(before) || before == U'\\' || (star && before == c))
                && after != U'\0' && !UnicodeClass::isSpace(after);
            const bool closes = before != U'\0' && !UnicodeClass::isSpace(before) && before != U'\\'
                && !(UnicodeClass::isWord(after) || (star && after == c));
            if (!opens && !closes)
                text += c;
            ++i;
        } else {
            text += c;
            ++i;
        }
    }
    // One line: paragraphs and list items run on, separated by a space.
    return Utf8::encode(UnicodeClass::simplified(text));
}

std::string SnippetText::marked(std::string_view snippet)
{
    std::string text = readable(snippet);
    std::string result;
    result.reserve(text.size() + 16);
    for (const char c : text) {
        if (c == highlightStart || c == highlightEnd)
            result += "**";
        else
            result.push_back(c);
    }
    return Utf8::encode(UnicodeClass::simplified(Utf8::decode(result)));
}

} // namespace pressdesk
