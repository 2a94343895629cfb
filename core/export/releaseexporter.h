#pragma once

#include "domain/release.h"
#include "exportcontext.h"
#include "exportformat.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// One entry point for "this release in that format", used by the CLI, the GUI and batches.
class ReleaseExporter final
{
public:
    // The file's bytes; empty with error set when the format does not apply to releases or
    // the export failed.
    static QByteArray render(ExportFormat format, const Release &release, const ExportContext &context, QString *error);
};

} // namespace pressdesk
