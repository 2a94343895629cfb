#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk demo [--releases N] [--seed S]
class DemoCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
