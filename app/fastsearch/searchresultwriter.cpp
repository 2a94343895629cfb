#include "searchresultwriter.h"

#include "search/unicodeclass.h"
#include "search/utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>

namespace pressdesk {

namespace {

constexpr double largestExactInteger = 9007199254740992.0; // 2^53

// The text of a field or number as a table cell shows it.
std::optional<std::string> cellOf(const SearchResultRow &row, const std::string &key)
{
    if (key == "id")
        return SearchResultWriter::cellNumber(static_cast<double>(row.id));
    if (key == "rank")
        return row.rank ? SearchResultWriter::cellNumber(*row.rank) : std::optional<std::string>(std::string());
    for (const auto &[name, text] : row.fields) {
        if (name == key)
            return text;
    }
    return std::string();
}

} // namespace

std::string SearchResultWriter::jsonString(const std::string &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string result = "\"";
    result.reserve(text.size() + 2);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            result += "\\\"";
            break;
        case '\\':
            result += "\\\\";
            break;
        case '\b':
            result += "\\b";
            break;
        case '\f':
            result += "\\f";
            break;
        case '\n':
            result += "\\n";
            break;
        case '\r':
            result += "\\r";
            break;
        case '\t':
            result += "\\t";
            break;
        default:
            if (byte < 0x20) {
                result += "\\u00";
                result.push_back(hex[byte >> 4]);
                result.push_back(hex[byte & 0xF]);
            } else {
                result.push_back(c);
            }
        }
    }
    result.push_back('"');
    return result;
}

std::optional<std::string> SearchResultWriter::jsonNumber(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    if (value == std::trunc(value) && std::fabs(value) < largestExactInteger) {
        if (value == 0 && std::signbit(value))
            return std::nullopt;
        return std::to_string(static_cast<long long>(value));
    }
    // The shortest digits that read back as the value, written the shorter of the two ways
    // (0.0001234 or 1.234e-04), the decimal one when they are as long.
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (error != std::errc())
        return std::nullopt;
    const std::string scientific(buffer, end);
    const std::size_t e = scientific.find('e');
    const bool negative = scientific.front() == '-';
    std::string digits;
    for (std::size_t i = negative ? 1 : 0; i < e; ++i) {
        if (scientific[i] != '.')
            digits.push_back(scientific[i]);
    }
    const int exponent = std::stoi(scientific.substr(e + 1));
    std::string exponential(1, digits.front());
    if (digits.size() > 1)
        exponential.append(1, '.').append(digits, 1);
    exponential.append(exponent < 0 ? "e-" : "e+");
    const std::string exponentDigits = std::to_string(std::abs(exponent));
    if (exponentDigits.size() < 2)
        exponential.append(1, '0');
    exponential.append(exponentDigits);
    std::string decimal;
    const int point = exponent + 1; // digits before the decimal point
    if (point <= 0) {
        decimal.append("0.").append(static_cast<std::size_t>(-point), '0').append(digits);
    } else if (static_cast<std::size_t>(point) >= digits.size()) {
        decimal.append(digits).append(static_cast<std::size_t>(point) - digits.size(), '0');
    } else {
        const auto whole = static_cast<std::size_t>(point);
        decimal.append(digits, 0, whole).append(1, '.').append(digits, whole);
    }
    return (negative ? "-" : "") + (decimal.size() <= exponential.size() ? decimal : exponential);
}

std::optional<std::string> SearchResultWriter::cellNumber(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // A value exactly half-way between two 15-digit numbers is rounded up by Qt and to even
    // by printf: left to Qt. glibc prints the exact binary value's digits.
    char exact[64];
    std::snprintf(exact, sizeof exact, "%.40e", value);
    const std::string_view digits(exact + (value < 0 ? 1 : 0));
    if (digits.substr(16, 1) == "5" && digits.substr(17, 25).find_first_not_of('0') == std::string_view::npos)
        return std::nullopt;
    char buffer[64];
    const int length = std::snprintf(buffer, sizeof buffer, "%.15g", value);
    if (length <= 0 || static_cast<std::size_t>(length) >= sizeof buffer)
        return std::nullopt;
    return std::string(buffer, static_cast<std::size_t>(length));
}

std::optional<std::string> SearchResultWriter::json(const std::vector<SearchResultRow> &rows)
{
    // QJsonDocument's indented layout; an object's keys in sorted order.
    std::string out = "[\n";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const SearchResultRow &row = rows[r];
        std::map<std::string, std::string> members;
        members["id"] = std::to_string(row.id);
        if (row.rank) {
            const auto number = jsonNumber(*row.rank);
            if (!number)
                return std::nullopt;
            members["rank"] = *number;
        } else {
            members["rank"] = "null";
        }
        for (const auto &[key, text] : row.fields)
            members[key] = jsonString(text);
        out += "    {\n";
        std::size_t m = 0;
        for (const auto &[key, value] : members) {
            out += "        " + jsonString(key) + ": " + value;
            out += ++m < members.size() ? ",\n" : "\n";
        }
        out += r + 1 < rows.size() ? "    },\n" : "    }\n";
    }
    out += "]\n";
    return out;
}

std::optional<std::string> SearchResultWriter::table(
    const std::vector<SearchResultRow> &rows, const std::vector<std::string> &columns)
{
    // Output::write: columns as wide as their widest cell (in UTF-16 units, up to 60), two
    // spaces apart, a longer cell cut to 59 units and an ellipsis; the last one not padded.
    constexpr std::size_t maxWidth = 60;
    std::vector<std::vector<std::u32string>> lines;
    std::vector<std::u32string> header;
    for (const std::string &key : columns) {
        std::string upper = key;
        std::transform(upper.begin(), upper.end(), upper.begin(),
            [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        header.push_back(Utf8::decode(upper));
    }
    lines.push_back(header);
    for (const SearchResultRow &row : rows) {
        std::vector<std::u32string> line;
        for (const std::string &key : columns) {
            const auto cell = cellOf(row, key);
            if (!cell)
                return std::nullopt;
            line.push_back(UnicodeClass::simplified(Utf8::decode(*cell)));
        }
        lines.push_back(std::move(line));
    }
    auto units = [](const std::u32string &text) {
        std::size_t count = 0;
        for (const char32_t c : text)
            count += c >= 0x10000 ? 2 : 1;
        return count;
    };
    std::vector<std::size_t> widths;
    for (const std::string &key : columns)
        widths.push_back(key.size());
    for (std::size_t l = 1; l < lines.size(); ++l) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            widths[c] = std::min(maxWidth, std::max(widths[c], units(lines[l][c])));
    }
    std::string out;
    for (const std::vector<std::u32string> &line : lines) {
        for (std::size_t c = 0; c < line.size(); ++c) {
            std::u32string cell = line[c];
            std::size_t width = units(cell);
            if (width > maxWidth) {
                std::u32string cut;
                std::size_t taken = 0;
                for (const char32_t ch : cell) {
                    const std::size_t size = ch >= 0x10000 ? 2 : 1;
                    if (taken + size > maxWidth - 1) {
                        if (taken < maxWidth - 1)
                            return std::nullopt; // Qt would cut a surrogate pair in two
                        break;
                    }
                    cut.push_back(ch);
                    taken += size;
                }
                cell = cut + U"\u2026";
                width = maxWidth;
            }
            if (c + 1 < line.size() && width < widths[c])
                cell.append(widths[c] - width, U' ');
            out += Utf8::encode(cell);
            out += c + 1 < line.size() ? "  " : "\n";
        }
    }
    return out;
}

} // namespace pressdesk
