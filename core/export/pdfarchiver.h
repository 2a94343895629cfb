#pragma once

#include "pdfmetadata.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// Finishes the two PDFs of PdfTypesetter as one PDF/A-2b and PDF/UA-1 file with qpdf: each
// page of the artifact layer goes under its content page as a form XObject marked
// /Artifact; the catalog gets /Lang, /MarkInfo, DisplayDocTitle, the XMP packet and an sRGB
// output intent; the logo's Figure gets its /Alt; links get /Contents and the print flag;
// the information dictionary mirrors the XMP. Streams are compressed into object streams.
class PdfArchiver final
{
public:
    static QByteArray finish(
        const QByteArray &content, const QByteArray &artifacts, const PdfMetadata &metadata, QString *error);
};

} // namespace pressdesk
