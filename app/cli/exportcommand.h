#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk export release ID... --format pdf|html|odt|md|txt|ninjs [--output FILE] ...
// pressdesk export releases (--all | --status S) --format FMT --out-dir DIR
// pressdesk export event ID...|--all [--format ics] [--output FILE]
// pressdesk export speaker ID...|--all [--format vcf] [--output FILE]
// Runs under a QGuiApplication (fonts and PDF need QtGui), see CliApplication.
class ExportCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
