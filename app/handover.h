#pragma once

namespace pressdesk {

// Linux only (PRESSDESK_SPLIT_EXECUTABLE): the `pressdesk` command line (QtCore and QtSql)
// hands the window and the export command, which need QtGui and QtWidgets, to the full
// `pressdesk-gui` binary beside it, replacing its own process. Loading the GUI libraries
// costs about 10 ms, which a `pressdesk search` or `list` should not pay.
class Handover final
{
public:
    // Does not return on success; on failure prints why and returns 1.
    static int toFullApplication(int argc, char *argv[], long long startedAtMs);
    // The start time handed over by the light binary, or -1 when started directly.
    static long long inheritedStartMs();
};

} // namespace pressdesk
