#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk status release ID STATUS [--comment TEXT]: moves a release through the workflow,
// if the release is ready for that status and the person's role allows the move.
class StatusCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
