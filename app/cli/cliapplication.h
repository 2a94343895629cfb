#pragma once

#include <QStringList>

namespace pressdesk {

// `pressdesk <command> ...`: headless, no display needed. Parses the global options
// (--database), opens the database and dispatches to one command class.
class CliApplication final
{
public:
    static bool wantsCommandLine(int argc, char *argv[]);
    // A word on the command line that names a database file for the window: not a command
    // word, and either an existing file or a name ending in .pressdesk.
    static bool isDatabaseFileArgument(const QString &argument);
    // The export command lays out text and writes PDF: it needs QtGui.
    static bool needsGui(int argc, char *argv[]);
    static int run(int argc, char *argv[]);
    static QString usage();
};

} // namespace pressdesk
