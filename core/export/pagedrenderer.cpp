#include "pagedrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

namespace pressdesk {

namespace {

// Qt splits a table cell across pages line by line, and a line at the fold is then drawn
// half on each page. The quotes and event boxes are one-cell tables short enough to keep
// whole: each one that would straddle a fold starts a new page instead.
void keepFramesTogether(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        const QRectF box = layout->frameBoundingRect(frame);
        if (box.height() >= pageHeight * 0.9)
            continue;
        const int firstPage = static_cast<int>(box.top() / pageHeight);
        const int lastPage = static_cast<int>((box.bottom() - 1) / pageHeight);
        if (firstPage == lastPage)
            continue;
        QTextFrameFormat format = frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        frame->setFrameFormat(format);
    }
}

} // namespace

QPageSize PagedRenderer::pageSize(PaperSize paperSize)
{
    return QPageSize(paperSize == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QMarginsF PagedRenderer::margins()
{
    return { 34.0, 20.0, 34.0, 26.0 };
}

int PagedRenderer::render(QTextDocument &document, QPagedPaintDevice &device, const Footer &footer)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const double dotsPerMm = device.logicalDpiY() / 25.4;
    const QMarginsF marginsMm = margins();
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF body = page.adjusted(marginsMm.left() * dotsPerMm, marginsMm.top() * dotsPerMm,
        -marginsMm.right() * dotsPerMm, -marginsMm.bottom() * dotsPerMm);

    // Laying out for the device itself gives the metrics the PDF will really have.
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    layout->setPaintDevice(&device);
    document.setPageSize(body.size());
    keepFramesTogether(document, body.height());
    const int pageCount = document.pageCount();

    QFont footerFont;
    footerFont.setFamilies(
        { QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial") });
    footerFont.setStyleHint(QFont::SansSerif);
    footerFont.setPointSizeF(7.5);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF metrics(footerFont, &device);
    const double ruleY = body.bottom() + 8 * dotsPerMm;
    const double textY = ruleY + 2 * dotsPerMm + metrics.ascent();

    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        const QRectF slice(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, QColor(0x1c, 0x24, 0x30));
        layout->draw(&painter, context);
        painter.restore();

        painter.setPen(QPen(QColor(0xc8, 0xcf, 0xd8), 0.25 * dotsPerMm));
        painter.drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x5b, 0x65, 0x73));
        const QString pageText = footer.pageOf.arg(index + 1).arg(pageCount);
        const double pageTextWidth = metrics.horizontalAdvance(pageText);
        const QString title =
            metrics.elidedText(footer.title, Qt::ElideRight, body.width() - pageTextWidth - 8 * dotsPerMm);
        painter.drawText(QPointF(body.left(), textY), title);
        painter.drawText(QPointF(body.right() - pageTextWidth, textY), pageText);
    }
    painter.end();
    return pageCount;
}

} // namespace pressdesk
