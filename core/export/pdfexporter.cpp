#include "pdfexporter.h"

#include "pdfarchiver.h"
#include "pdfblockbuilder.h"
#include "pdftypesetter.h"
#include "releaseparts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace pressdesk {

namespace {

// Whole points, as QPrinter and the previous engine gave them (A4: 595 × 842).
QSizeF pageSize(PaperSize paperSize)
{
    return QPageSize(paperSize == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4).size(QPageSize::Point);
}

PdfTypesetter::Setup setupFor(const ReleaseParts &parts)
{
    PdfTypesetter::Setup setup;
    setup.language = parts.language;
    setup.footerTitle = parts.headline;
    setup.pageOf = parts.labels.pageOfPattern();
    setup.title = parts.headline;
    setup.author = parts.author.isEmpty() ? parts.organizationName : parts.author;
    return setup;
}

PdfMetadata metadataFor(const ReleaseParts &parts, const ExportContext &context, const QList<PdfBlock> &blocks)
{
    PdfMetadata metadata;
    metadata.title = parts.headline;
    metadata.author = parts.author.isEmpty() ? parts.organizationName : parts.author;
    metadata.subject = parts.subheadline.isEmpty() ? parts.headline : parts.subheadline;
    metadata.language = parts.language;
    metadata.keywords = parts.tags;
    metadata.publisher = parts.organizationName;
    metadata.creatorTool = QStringLiteral("Pressdesk ") + QCoreApplication::applicationVersion();
    metadata.producer = metadata.creatorTool;
    metadata.created = context.generatedAt.toUTC();
    metadata.figureAlt = parts.organizationName;
    // cairo 1.16 sets no attributes on structure elements: PdfArchiver adds the /Lang.
    for (const PdfBlock &block : blocks) {
        for (qsizetype i = 0; i < block.opens.size(); ++i) {
            if (block.opens.at(i) == "BlockQuote")
                metadata.blockQuoteLanguages.append(i == 0 ? block.language : QString());
        }
    }
    return metadata;
}

} // namespace

bool PdfExporter::write(const Release &release, const ExportContext &context, QIODevice *device, QString *error)
{
    const QByteArray bytes = render(release, context, error);
    if (bytes.isEmpty())
        return false;
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

int PdfExporter::paint(const Release &release, const ExportContext &context, QPagedPaintDevice &device)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    PdfTypesetter::Setup setup = setupFor(parts);
    setup.page = device.pageLayout().fullRectPoints().size();
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const double dotsPerInch = std::min(300, device.logicalDpiX());
    int pages = 0;
    const int count = PdfTypesetter::paint(
        PdfBlockBuilder::build(parts), setup, dotsPerInch, [&](const QImage &page, const QString &) {
            if (pages++ > 0)
                device.newPage();
            painter.drawImage(QRectF(0, 0, device.width(), device.height()), page);
        });
    painter.end();
    return count;
}

int PdfExporter::pages(const Release &release, const ExportContext &context, double dotsPerInch,
    const std::function<void(const QImage &page, const QString &text)> &pageDone)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    PdfTypesetter::Setup setup = setupFor(parts);
    setup.page = pageSize(context.paperSize);
    return PdfTypesetter::paint(PdfBlockBuilder::build(parts), setup, dotsPerInch, pageDone);
}

QByteArray PdfExporter::render(const Release &release, const ExportContext &context, QString *error)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    PdfTypesetter::Setup setup = setupFor(parts);
    setup.page = pageSize(context.paperSize);
    const QList<PdfBlock> blocks = PdfBlockBuilder::build(parts);
    const PdfTypesetter::Output typeset = PdfTypesetter::typeset(blocks, setup);
    if (typeset.pages == 0) {
        if (error)
            *error = QCoreApplication::translate("Export", "Could not lay out the PDF.");
        return {};
    }
    QString reason;
    QByteArray pdf =
        PdfArchiver::finish(typeset.content, typeset.artifacts, metadataFor(parts, context, blocks), &reason);
    if (pdf.isEmpty() && error)
        *error = QCoreApplication::translate("Export", "Could not lay out the PDF.") + QLatin1Char(' ') + reason;
    return pdf;
}

} // namespace pressdesk
