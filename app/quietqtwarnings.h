#pragma once

namespace pressdesk {

// Keeps two of Qt's own warnings out of the terminal on a plain start: "XDG_RUNTIME_DIR not
// set" (Qt picks a private folder itself; common under sudo, ssh and CI) and "This plugin
// does not support propagateSizeHints()" (the offscreen and some X11 setups). Neither
// means anything to the user; every other message goes on as before.
class QuietQtWarnings final
{
public:
    static void install();
};

} // namespace pressdesk
