#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pressdesk {

// One search result, as `pressdesk search` prints it: id, rank, title, snippet and the
// target's other columns, as UTF-8.
struct SearchResultRow
{
    long long id = 0;
    std::optional<double> rank;
    std::vector<std::pair<std::string, std::string>> fields; // key, text
};

// Writes search results byte for byte as the Qt command line does (Output::write over
// QJsonDocument's indented JSON, or the aligned table), without Qt. Where it could not be
// sure of the same bytes (a number Qt would print another way, a cut through a character
// pair) it answers nothing, and the Qt command line prints the results.
class SearchResultWriter final
{
public:
    static std::optional<std::string> json(const std::vector<SearchResultRow> &rows);
    // columns: the keys shown, in order ("id", "rank", then fields' keys).
    static std::optional<std::string> table(
        const std::vector<SearchResultRow> &rows, const std::vector<std::string> &columns);

    // The pieces, exposed for tests against Qt.
    static std::string jsonString(const std::string &text);
    static std::optional<std::string> jsonNumber(double value);
    static std::optional<std::string> cellNumber(double value); // QString::number(value, 'g', 15)
};

} // namespace pressdesk
