#pragma once

#include "searchrequest.h"

#include <optional>
#include <string>

namespace pressdesk {

// `pressdesk search` without Qt: the light command line's first step on Linux, so that a
// search pays for SQLite alone and not for loading QtCore (see docs/design/command-line.md). It
// answers only what it can answer exactly as SearchCommand would, byte for byte: a current
// database that needs no repair or upgrade, a query with words and no filters or notes.
// Everything else, errors included, returns nothing and the Qt command line runs.
class FastSearch final
{
public:
    // The schema version this build writes (the newest resources/migrations file).
    static int schemaVersion();
    static std::optional<std::string> answer(const SearchRequest &request);
};

} // namespace pressdesk
