#include "svglogo.h"

#include <algorithm>
#include <cairo.h>
#include <cmath>
#include <librsvg/rsvg.h>
#include <memory>

namespace pressdesk {

namespace {

struct HandleDeleter
{
    void operator()(RsvgHandle *handle) const { g_object_unref(handle); }
};

// Largest side accepted, in points: a logo is a few centimetres wide; anything beyond this
// is a mistake or an attack on memory.
constexpr double largestSide = 10000;

} // namespace

bool SvgLogo::isSvg(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(4096);
    return !start.startsWith("\x89PNG") && start.contains("<svg");
}

cairo_surface_t *SvgLogo::record(const QByteArray &svg, QSizeF *size)
{
    if (!isSvg(svg))
        return nullptr;
    GError *error = nullptr;
    std::unique_ptr<RsvgHandle, HandleDeleter> handle(rsvg_handle_new_from_data(
        reinterpret_cast<const guint8 *>(svg.constData()), static_cast<gsize>(svg.size()), &error));
    if (!handle) {
        g_clear_error(&error);
        return nullptr;
    }
    // The size the file declares (width and height), else its viewBox's.
    double width = 0;
    double height = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height)) {
        gboolean hasWidth = FALSE;
        gboolean hasHeight = FALSE;
        gboolean hasViewBox = FALSE;
        RsvgLength declaredWidth;
        RsvgLength declaredHeight;
        RsvgRectangle viewBox;
        rsvg_handle_get_intrinsic_dimensions(
            handle.get(), &hasWidth, &declaredWidth, &hasHeight, &declaredHeight, &hasViewBox, &viewBox);
        if (hasViewBox) {
            width = viewBox.width;
            height = viewBox.height;
        }
    }
    if (!(width > 0 && height > 0 && width <= largestSide && height <= largestSide))
        return nullptr;
    const cairo_rectangle_t extents { 0, 0, width, height };
    cairo_surface_t *surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    cairo_t *cr = cairo_create(surface);
    const RsvgRectangle viewport { 0, 0, width, height };
    const bool drawn = rsvg_handle_render_document(handle.get(), cr, &viewport, &error);
    cairo_destroy(cr);
    g_clear_error(&error);
    if (!drawn || cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        return nullptr;
    }
    *size = QSizeF(width, height);
    return surface;
}

QByteArray SvgLogo::png(const QByteArray &svg, int maxHeight)
{
    QSizeF size;
    cairo_surface_t *recording = record(svg, &size);
    if (!recording)
        return {};
    const double scale = std::min(1.0, maxHeight / size.height());
    const int width = std::max(1, static_cast<int>(std::lround(size.width() * scale)));
    const int height = std::max(1, static_cast<int>(std::lround(size.height() * scale)));
    cairo_surface_t *image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t *cr = cairo_create(image);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, recording, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(recording);
    QByteArray bytes;
    const cairo_status_t written = cairo_surface_write_to_png_stream(
        image,
        [](void *closure, const unsigned char *data, unsigned int length) {
            static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), length);
            return CAIRO_STATUS_SUCCESS;
        },
        &bytes);
    cairo_surface_destroy(image);
    return written == CAIRO_STATUS_SUCCESS ? bytes : QByteArray();
}

} // namespace pressdesk
