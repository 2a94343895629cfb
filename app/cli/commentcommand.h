#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk comment release ID --text TEXT [--field FIELD] [--reply-to COMMENT]; comment
// resolve|reopen COMMENT.
class CommentCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
