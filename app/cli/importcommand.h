#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk import FILE... [--format auto|text|md|html|ninjs|csv|ics|vcf] [--dry-run] [--strict]
//                          [--on-duplicate skip|update|keep-both] [--format-output text|json]
// Reads every file first (exit 1 naming the file and line that cannot be read), then writes
// everything in one transaction (exit 1, nothing written, naming the record that failed).
class ImportCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
