#include "searchrequest.h"

#include "search/utf8.h"

#include <cstdlib>
#include <map>
#include <string_view>
#include <vector>

namespace pressdesk {

namespace {

std::optional<int> wholeNumber(const std::string &text, int minimum, int maximum)
{
    // Plain digits only; signs, spaces and the rest get CommandLine's answer (or error).
    if (text.empty() || text.size() > 6 || text.front() == '0')
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<std::string> environment(const char *name)
{
    const char *value = std::getenv(name);
    if (!value || !*value)
        return std::nullopt;
    return std::string(value);
}

bool isPlainAbsolute(const std::string &path)
{
    return path.size() > 1 && path.front() == '/' && path.back() != '/' && path.find("//") == std::string::npos
        && path.find("/./") == std::string::npos && path.find("/../") == std::string::npos;
}

} // namespace

std::optional<std::string> SearchRequest::defaultDatabase()
{
    if (const auto chosen = environment("PRESSDESK_DATABASE"))
        return chosen;
    std::string dataHome;
    if (const auto xdg = environment("XDG_DATA_HOME")) {
        dataHome = *xdg;
    } else if (const auto home = environment("HOME")) {
        dataHome = *home + "/.local/share";
    } else {
        return std::nullopt;
    }
    if (!isPlainAbsolute(dataHome) || !Utf8::isValid(dataHome))
        return std::nullopt;
    return dataHome + "/Pressdesk/Pressdesk/pressdesk.sqlite";
}

std::optional<SearchRequest> SearchRequest::parse(int argc, const char *const argv[])
{
    // The global options, wherever they stand (CliApplication's parseGlobal).
    std::string database;
    std::vector<std::string> rest;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (!Utf8::isValid(argument))
            return std::nullopt;
        if (argument == "--database") {
            if (i + 1 >= argc)
                return std::nullopt;
            database = argv[++i];
        } else if (argument.substr(0, 11) == "--database=") {
            database = std::string(argument.substr(11));
        } else if (argument == "--help" || argument == "-h" || argument == "--version" || argument == "-v") {
            return std::nullopt;
        } else {
            rest.emplace_back(argument);
        }
    }
    if (rest.empty() || rest.front() != "search")
        return std::nullopt;

    // The command's options (CommandLine with --in, --limit and --format).
    std::map<std::string, std::string> values;
    std::vector<std::string> positional;
    for (std::size_t i = 1; i < rest.size(); ++i) {
        const std::string &argument = rest[i];
        if (argument.rfind("--", 0) != 0 || argument == "--") {
            positional.push_back(argument);
            continue;
        }
        std::string name = argument.substr(2);
        std::optional<std::string> inlineValue;
        if (const std::size_t equals = name.find('='); equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name.resize(equals);
        }
        if (name != "in" && name != "limit" && name != "format")
            return std::nullopt;
        if (inlineValue)
            values[name] = *inlineValue;
        else if (i + 1 < rest.size())
            values[name] = rest[++i];
        else
            return std::nullopt;
    }
    if (positional.size() != 1)
        return std::nullopt;

    SearchRequest request;
    request.query = positional.front();
    if (const auto limit = values.find("limit"); limit != values.end()) {
        const auto number = wholeNumber(limit->second, 1, 100'000);
        if (!number)
            return std::nullopt;
        request.limit = *number;
    }
    if (const auto format = values.find("format"); format != values.end()) {
        if (format->second == "json")
            request.format = Format::Json;
        else if (format->second != "table")
            return std::nullopt;
    }
    if (const auto in = values.find("in"); in != values.end()) {
        if (in->second == "speakers")
            request.target = Target::Speakers;
        else if (in->second == "events")
            request.target = Target::Events;
        else if (in->second != "releases")
            return std::nullopt;
    }
    if (!database.empty()) {
        request.database = database;
    } else if (const auto fallback = defaultDatabase()) {
        request.database = *fallback;
    } else {
        return std::nullopt;
    }
    return request;
}

} // namespace pressdesk
