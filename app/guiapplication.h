#pragma once

namespace pressdesk {

// The desktop application: opens the database (seeding the default one with the demo
// newsroom on first start) and shows the main window. With --exit-after-startup it
// prints the milliseconds until the release list has painted, then exits: the smoke test
// and the start-up benchmark.
class GuiApplication final
{
public:
    // startedAtMs: the process start on QElapsedTimer's monotonic clock.
    static int run(int argc, char *argv[], long long startedAtMs);
};

} // namespace pressdesk
