#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk search QUERY [--in releases|speakers|events] [--limit N] [--format table|json]
// The query language of the search fields; results by relevance, with a snippet.
class SearchCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
