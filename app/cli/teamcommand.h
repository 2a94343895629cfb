#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk team init URL: makes an empty PostgreSQL database a Pressdesk newsroom (or upgrades
// one); refuses a database holding other tables.
class TeamCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
