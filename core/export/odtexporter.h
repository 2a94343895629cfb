#pragma once

#include "domain/release.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// A release as an OpenDocument text, for offices that edit releases further in a word
// processor. Written by QTextDocumentWriter from the same ReleaseDocument as the PDF.
class OdtExporter final
{
public:
    static QByteArray render(const Release &release, const ExportContext &context, QString *error = nullptr);
};

} // namespace pressdesk
