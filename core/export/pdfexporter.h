#pragma once

#include "domain/release.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QImage;

class QIODevice;
class QPagedPaintDevice;

namespace pressdesk {

// A release as a tagged PDF/UA-1 and PDF/A-2b file on A4 or US Letter: PdfBlockBuilder
// turns it into blocks, PdfTypesetter sets them with Pango and draws them with cairo, and
// PdfArchiver adds the archival metadata with qpdf. Fonts are embedded and subset. Every
// PDF is archival, so ExportContext::pdfA changes nothing. Safe to call from a worker
// thread: everything it uses is its own.
class PdfExporter final
{
public:
    static QByteArray render(const Release &release, const ExportContext &context, QString *error = nullptr);
    static bool write(
        const Release &release, const ExportContext &context, QIODevice *device, QString *error = nullptr);
    // The same pages on a printer or print preview (a QPrinter is a QPagedPaintDevice), so
    // what is printed is what the PDF shows: laid out on the device's paper, drawn as
    // images of at most 300 dpi. Returns the number of pages, 0 when nothing was painted.
    static int paint(const Release &release, const ExportContext &context, QPagedPaintDevice &device);
    // The pages as images at a resolution (the paper is the context's), with each page's
    // text, for the editor's preview. Returns the number of pages.
    static int pages(const Release &release, const ExportContext &context, double dotsPerInch,
        const std::function<void(const QImage &page, const QString &text)> &pageDone);
};

} // namespace pressdesk
