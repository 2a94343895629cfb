#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk restore FILE: checks the copy, keeps the current file aside, then swaps.
class RestoreCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
