#pragma once

#include "exportcontext.h"

#include <QMarginsF>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace pressdesk {

// Paints a document page by page on any paged device (QPdfWriter here, QPrinter in the
// GUI, which is also a QPagedPaintDevice, so core needs no PrintSupport): each page shows
// its slice of the laid-out document and a running footer with the headline and
// "Page X of Y" in the release's language.
class PagedRenderer final
{
public:
    struct Footer
    {
        QString title; // the headline, elided to fit
        QString pageOf; // a pattern with %1 (page) and %2 (page count)
    };

    static QPageSize pageSize(PaperSize paperSize);
    // Generous margins, in millimetres: a measure of about 70 characters on A4.
    static QMarginsF margins();
    // Returns the number of pages painted, or 0 when the device could not be painted on.
    static int render(QTextDocument &document, QPagedPaintDevice &device, const Footer &footer);
};

} // namespace pressdesk
