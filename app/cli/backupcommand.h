#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk backup [--to FILE]: a verified copy, safe while Pressdesk runs.
class BackupCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
