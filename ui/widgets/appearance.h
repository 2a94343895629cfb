#pragma once

#include <QPalette>
#include <QString>

namespace pressdesk {

// Preferences ▸ Appearance: follow the system's colours (the platform theme's palette,
// light or dark), or force a light or dark Fusion palette. Qt 6.4 has no colour-scheme
// API, so "System" is whatever palette the platform theme gave at start-up.
class Appearance final
{
public:
    enum class Scheme { System, Light, Dark };

    static Scheme scheme(); // QSettings "appearance/scheme"
    static void setScheme(Scheme scheme);
    // Applies a scheme to the running application. The first call remembers the
    // system's style and palette, so System can go back to them.
    static void apply(Scheme scheme);
    static QPalette darkPalette();
    // Fusion's light palette with a selection dark enough for white text (4.5:1).
    static QPalette lightPalette();
    static QString key(Scheme scheme);
    static Scheme fromKey(const QString &key);
};

} // namespace pressdesk
