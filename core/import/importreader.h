#pragma once

#include "csvimporter.h"
#include "importformat.h"
#include "importproblem.h"
#include "importrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

// One file (or dropped bytes) to import records, whatever the format: the entry point the
// CLI, the window's File ▸ Import… and drag and drop share. CSV uses the given column
// mapping, or the one guessed from its header. A record that cannot be imported (a card
// without a name, an event without a start, a row that fails validation) is left out and
// listed in problems with its line and why, beside warnings about records that did come
// in changed; error is only for a file that cannot be read at all.
class ImportReader final
{
public:
    struct Result
    {
        ImportFormat format = ImportFormat::Auto; // the format used
        QList<ImportRecord> records;
        ImportProblems problems;
        QString error; // "FILE:LINE: message" style text is built by the caller
        int line = 0;

        int skippedCount() const;
    };

    static Result read(const QString &fileName, const QByteArray &bytes, ImportFormat format,
        const QList<Speaker> &knownSpeakers, const std::optional<CsvMapping> &mapping = std::nullopt);
    // Reads a file from disk within the size limit; false with a message when it cannot.
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);
};

} // namespace pressdesk
