#pragma once

#include "domain/release.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace pressdesk {

// A release as PDF: the ReleaseDocument laid out on A4 or US Letter with a running footer,
// fonts embedded, metadata (title, author, subject, keywords, language) and optionally
// PDF/A-1b. Safe to call from a worker thread: everything it uses is its own.
class PdfExporter final
{
public:
    static QByteArray render(const Release &release, const ExportContext &context, QString *error = nullptr);
    static bool write(
        const Release &release, const ExportContext &context, QIODevice *device, QString *error = nullptr);
};

} // namespace pressdesk
