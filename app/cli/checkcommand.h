#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk check [--format text|json]: exit 0 when healthy, 1 otherwise.
class CheckCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
