#pragma once

#include <QByteArray>
#include <QSizeF>

typedef struct _cairo_surface cairo_surface_t;

namespace pressdesk {

// An organization's SVG logo drawn as vectors: librsvg renders it once into a cairo
// recording surface, which the PDF engine then paints at any size, so the letterhead stays
// sharp in print and the file holds paths, not a bitmap. librsvg runs no script and, given
// bytes without a base address, loads nothing from outside them.
class SvgLogo final
{
public:
    static bool isSvg(const QByteArray &bytes);

    // A new recording surface with the drawing at its natural size (in points; `size` set),
    // or null when the bytes are not an SVG librsvg can draw or give no size.
    static cairo_surface_t *record(const QByteArray &svg, QSizeF *size);

    // The logo as PNG at most `maxHeight` pixels high (for HTML, ODT and the press room),
    // drawn by librsvg as well, so that no SVG reader that follows outside links is used.
    // Empty when it cannot be drawn.
    static QByteArray png(const QByteArray &svg, int maxHeight);
};

} // namespace pressdesk
