#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk salvage [--to FILE]: rescues what can be read from a damaged database, into
// FILE or (without --to) in its place, the damaged file kept aside.
class SalvageCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
