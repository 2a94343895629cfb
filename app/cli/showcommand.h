#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk show release|speaker|event|organization ID [--format json|text]
class ShowCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
