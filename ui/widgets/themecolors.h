#pragma once

#include <QColor>
#include <QPalette>

namespace pressdesk {

// Colours for what the palette has no role for (secondary text, errors, warnings, search
// matches, diff marks), derived from the palette so they stay readable in light and dark
// schemes. Views that bake these into HTML re-render on QEvent::PaletteChange.
class ThemeColors final
{
public:
    static bool isDark(const QPalette &palette);
    // Text between Text and Base: for labels and metadata, still >= 4.5:1 on Base.
    static QColor secondaryText(const QPalette &palette);
    static QColor errorText(const QPalette &palette);
    static QColor warningText(const QPalette &palette);
    // Search matches in text: a background and the text on it.
    static QColor matchBackground(const QPalette &palette);
    static QColor matchText(const QPalette &palette);
    // Word diff: removed and inserted text, background and foreground.
    static QColor removedBackground(const QPalette &palette);
    static QColor removedText(const QPalette &palette);
    static QColor insertedBackground(const QPalette &palette);
    static QColor insertedText(const QPalette &palette);

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
    static QColor mix(const QColor &a, const QColor &b, double amountOfB);
};

} // namespace pressdesk
