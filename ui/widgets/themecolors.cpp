#include "themecolors.h"

#include <QtMath>

namespace pressdesk {

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 && palette.color(QPalette::Text).lightness() >= 128;
}

QColor ThemeColors::mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double keep = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amountOfB),
        static_cast<float>(a.greenF() * keep + b.greenF() * amountOfB),
        static_cast<float>(a.blueF() * keep + b.blueF() * amountOfB));
}

double ThemeColors::luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor ThemeColors::secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // Step back from the base colour towards the text until it reads well enough.
    for (double amount = 0.4; amount > 0.0; amount -= 0.05) {
        const QColor candidate = mix(text, base, amount);
        if (contrast(candidate, base) >= 5.0)
            return candidate;
    }
    return text;
}

QColor ThemeColors::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor ThemeColors::warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
}

QColor ThemeColors::matchBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0x50, 0x00) : QColor(0xff, 0xe2, 0x78);
}

QColor ThemeColors::matchText(const QPalette &palette)
{
    return isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
}

QColor ThemeColors::removedBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfb, 0xe0, 0xe0);
}

QColor ThemeColors::removedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd6, 0xd6) : QColor(0x8b, 0x1a, 0x1a);
}

QColor ThemeColors::insertedBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x1e, 0x46, 0x20) : QColor(0xdf, 0xf3, 0xdf);
}

QColor ThemeColors::insertedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xd4, 0xf5, 0xd4) : QColor(0x1b, 0x5e, 0x20);
}

} // namespace pressdesk
