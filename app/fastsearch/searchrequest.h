#pragma once

#include <optional>
#include <string>

namespace pressdesk {

// A `pressdesk search` command line read without Qt, for the Qt-free search path
// (FastSearch). It reads exactly what CliApplication and SearchCommand read; anything else
// (help, an error, an option it does not know) is left to them: parse() returns nothing.
struct SearchRequest
{
    enum class Target { Releases, Speakers, Events };
    enum class Format { Table, Json };

    std::string database; // the file, resolved as DatabaseLocation does
    std::string query;
    Target target = Target::Releases;
    Format format = Format::Table;
    int limit = 20;

    static std::optional<SearchRequest> parse(int argc, const char *const argv[]);
    // $PRESSDESK_DATABASE, or the data folder's pressdesk.sqlite (QStandardPaths'
    // AppDataLocation on Linux); nothing when the environment is unusual.
    static std::optional<std::string> defaultDatabase();
};

} // namespace pressdesk
