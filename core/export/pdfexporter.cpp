#include "pdfexporter.h"

#include "pdfarchiver.h"
#include "pdfblockbuilder.h"
#include "pdftypesetter.h"
#include "releaseparts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QPageSize>

namespace pressdesk {

namespace {

// Whole points, as QPrinter and the previous engine gave them (A4: 595 × 842).
QSizeF pageSize(PaperSize paperSize)
{
    return QPageSize(paperSize == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4).size(QPageSize::Point);
}

PdfMetadata metadataFor(const ReleaseParts &parts, const ExportContext &context)
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

QByteArray PdfExporter::render(const Release &release, const ExportContext &context, QString *error)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    PdfTypesetter::Setup setup;
    setup.page = pageSize(context.paperSize);
    setup.language = parts.language;
    setup.footerTitle = parts.headline;
    setup.pageOf = parts.labels.pageOfPattern();
    setup.title = parts.headline;
    setup.author = parts.author.isEmpty() ? parts.organizationName : parts.author;
    const PdfTypesetter::Output typeset = PdfTypesetter::typeset(PdfBlockBuilder::build(parts), setup);
    if (typeset.pages == 0) {
        if (error)
            *error = QCoreApplication::translate("Export", "Could not lay out the PDF.");
        return {};
    }
    QString reason;
    const QByteArray pdf =
        PdfArchiver::finish(typeset.content, typeset.artifacts, metadataFor(parts, context), &reason);
    if (pdf.isEmpty() && error)
        *error = QCoreApplication::translate("Export", "Could not lay out the PDF.") + QLatin1Char(' ') + reason;
    return pdf;
}

} // namespace pressdesk
