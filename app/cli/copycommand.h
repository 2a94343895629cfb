#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk copy --from SRC --to DST [--format text|json]: a whole newsroom between any two
// stores (StoreCopier). A target file is created; a target server must be an empty newsroom
// (pressdesk team init).
class CopyCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
