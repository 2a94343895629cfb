#pragma once

#include <QStringList>

namespace pressdesk {

// `pressdesk <command> ...`: headless, no display needed. Parses the global options
// (--database), opens the database and dispatches to one command class.
class CliApplication final
{
public:
    static bool wantsCommandLine(int argc, char *argv[]);
    // The export command lays out text and writes PDF: it needs QtGui.
    static bool needsGui(int argc, char *argv[]);
    static int run(int argc, char *argv[]);
    static QString usage();
};

} // namespace pressdesk
