#pragma once

#include "pdfblock.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>

namespace pressdesk {

// Sets PdfBlocks on pages with Pango and draws them with cairo into two PDFs of the same
// pages: the tagged content (every block inside its structure element, links as Link
// annotations, bookmarks) and an untagged layer of artifacts (rules, quote bars, event box
// backgrounds, the running footer with "Page x of y"), which PdfArchiver lays under the
// content as marked artifacts. PdfPaginator decides what goes on which page.
class PdfTypesetter final
{
public:
    struct Setup
    {
        QSizeF page; // points
        double left = 96.4; // margins, points (34, 20, 34 and 26 mm)
        double top = 56.7;
        double right = 96.4;
        double bottom = 73.7;
        QString language; // BCP 47
        QString footerTitle;
        QString pageOf; // "Page %1 of %2"
        QString title;
        QString author;
    };
    struct Output
    {
        QByteArray content;
        QByteArray artifacts;
        int pages = 0;
        QString error;
    };

    static Output typeset(const QList<PdfBlock> &blocks, const Setup &setup);
    // A page drawn on an image and the text of its lines as a reader of the PDF gets it
    // (line by line, a hyphen where a word breaks; no running footer).
    using PageDone = std::function<void(const QImage &page, const QString &text)>;
    // The same pages as images at the given resolution, for printing, print preview and the
    // editor's preview: pageDone gets each page in turn. Returns the page count.
    static int paint(const QList<PdfBlock> &blocks, const Setup &setup, double dotsPerInch, const PageDone &pageDone);
};

} // namespace pressdesk
