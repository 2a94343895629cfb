#pragma once

#include "domain/release.h"
#include "exportformat.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// Writing exports to disk, and naming them.
class ExportFile final
{
public:
    // Writes to a temporary file beside path and renames it into place, so a full disk or a
    // cancelled batch never leaves a half-written file. On failure returns false and says
    // why in error.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // "2026-07-16-central-america-adopts-roadmap.pdf": the release date and a slug of the
    // headline, so a folder of exports sorts by date.
    static QString releaseFileName(const Release &release, ExportFormat format);
    // Lower-case ASCII words joined by '-', accents folded ("Déclaration" -> "declaration"),
    // at most maxLength characters, cut at a word boundary.
    static QString slug(const QString &text, int maxLength = 60);
};

} // namespace pressdesk
