#include "odtexporter.h"

#include "releasedocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace pressdesk {

QByteArray OdtExporter::render(const Release &release, const ExportContext &context, QString *error)
{
    std::unique_ptr<QTextDocument> document = ReleaseDocument::create(release, context);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(document.get())) {
        if (error)
            *error = QCoreApplication::translate("Export", "Could not write the OpenDocument file.");
        return {};
    }
    buffer.close();
    return bytes;
}

} // namespace pressdesk
