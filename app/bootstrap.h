#pragma once

namespace pressdesk {

// Decides between the command line (a command word, --help or --version: headless, no
// display needed) and the desktop application, and starts the right one.
class Bootstrap final
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace pressdesk
