#pragma once

#include "pdfmetadata.h"

#include <QByteArray>

namespace pressdesk {

// The XMP metadata packet of a PDF/A-2 and PDF/UA-1 file: Dublin Core, the PDF and XMP
// basic properties mirroring the information dictionary, the PDF/A and PDF/UA
// identification, and the PDF/A extension schema that declares the PDF/UA property.
class XmpPacket final
{
public:
    static QByteArray build(const PdfMetadata &metadata);
    // "2026-03-18T08:30:00Z" as XMP writes dates, and "D:20260318083000Z" as PDF does.
    static QString xmpDate(const QDateTime &utc);
    static QString pdfDate(const QDateTime &utc);
    // Text that XML 1.0 can carry: no control characters, no lone surrogates.
    static QString xmlSafe(const QString &text);
};

} // namespace pressdesk
