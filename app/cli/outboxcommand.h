#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk outbox [--retry] [--resend-uncertain] [SMTP options] [--format table|json]
// pressdesk sent release ID [--format table|json|csv]
class OutboxCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
    static int runSent(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
