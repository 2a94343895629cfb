#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk list releases|speakers|events|organizations [--status S] [--limit N] [--format F]
class ListCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
