#include "releaseexporter.h"

#include "htmlexporter.h"
#include "markdownexporter.h"
#include "ninjsexporter.h"
#include "odtexporter.h"
#include "pdfexporter.h"
#include "plaintextexporter.h"

#include <QCoreApplication>

namespace pressdesk {

QByteArray ReleaseExporter::render(
    ExportFormat format, const Release &release, const ExportContext &context, QString *error)
{
    switch (format) {
    case ExportFormat::Pdf:
        return PdfExporter::render(release, context, error);
    case ExportFormat::Html:
        return HtmlExporter::render(release, context, error);
    case ExportFormat::Odt:
        return OdtExporter::render(release, context, error);
    case ExportFormat::Markdown:
        return MarkdownExporter::render(release, context);
    case ExportFormat::Text:
        return PlainTextExporter::render(release, context);
    case ExportFormat::Ninjs:
        return NinjsExporter::render(release, context);
    case ExportFormat::ICalendar:
    case ExportFormat::VCard:
    case ExportFormat::Csv:
        break;
    }
    if (error)
        *error =
            QCoreApplication::translate("Export", "A release cannot be exported as %1.").arg(exportFormatKey(format));
    return {};
}

} // namespace pressdesk
