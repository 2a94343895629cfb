#include "pdfexporter.h"

#include "pagedrenderer.h"
#include "releasedocument.h"
#include "releaseparts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QTextDocument>

namespace pressdesk {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Qt writes only the title and creator into the PDF's information dictionary; the rest of
// the metadata goes into the XMP packet, where PDF readers and archives look for it.
QByteArray xmpMetadata(const ReleaseParts &parts, const QString &creator)
{
    QString keywords;
    for (const QString &tag : parts.tags)
        keywords += QStringLiteral("<rdf:li>%1</rdf:li>").arg(xmlEscaped(tag));
    const QString author = parts.author.isEmpty() ? parts.organizationName : parts.author;
    const QString header =
        QStringLiteral("<?xpacket begin=\"") + QChar(0xFEFF) + QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>");
    const QString xmp = header
        + QStringLiteral(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>"
            "<dc:subject><rdf:Bag>%4</rdf:Bag></dc:subject>"
            "<dc:language><rdf:Bag><rdf:li>%5</rdf:li></rdf:Bag></dc:language>"
            "<dc:publisher><rdf:Bag><rdf:li>%6</rdf:li></rdf:Bag></dc:publisher>"
            "<pdf:Keywords>%7</pdf:Keywords><xmp:CreatorTool>%8</xmp:CreatorTool>"
            "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
              .arg(xmlEscaped(parts.headline), xmlEscaped(author),
                  xmlEscaped(parts.subheadline.isEmpty() ? parts.headline : parts.subheadline), keywords,
                  xmlEscaped(parts.language), xmlEscaped(parts.organizationName),
                  xmlEscaped(parts.tags.join(QStringLiteral(", "))), xmlEscaped(creator));
    return xmp.toUtf8();
}

} // namespace

bool PdfExporter::write(const Release &release, const ExportContext &context, QIODevice *device, QString *error)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    std::unique_ptr<QTextDocument> document = ReleaseDocument::create(parts);
    const QString creator = QStringLiteral("Pressdesk ") + QCoreApplication::applicationVersion();

    QPdfWriter writer(device);
    writer.setPageSize(PagedRenderer::pageSize(context.paperSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(parts.headline);
    writer.setCreator(creator);
    if (context.pdfA) {
        // Qt writes a PDF/A identification and an XMP packet that matches its information
        // dictionary; a packet of our own would have to match it to the second, so keep Qt's.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    } else {
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setDocumentXmpMetadata(xmpMetadata(parts, creator));
    }
    const int pages = PagedRenderer::render(*document, writer, { parts.headline, parts.labels.pageOfPattern() });
    if (pages == 0) {
        if (error)
            *error = QCoreApplication::translate("Export", "Could not lay out the PDF.");
        return false;
    }
    return true;
}

QByteArray PdfExporter::render(const Release &release, const ExportContext &context, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(release, context, &buffer, error))
        return {};
    buffer.close();
    return bytes;
}

} // namespace pressdesk
