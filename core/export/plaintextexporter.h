#pragma once

#include "domain/release.h"
#include "exportcontext.h"
#include "releaseparts.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// A release as plain text for the body of an e-mail: wrapped at 72 columns, quotes
// indented, the end mark kept, in the release's language.
class PlainTextExporter final
{
public:
    static constexpr int width = 72;

    static QByteArray render(const Release &release, const ExportContext &context);
    static QString text(const ReleaseParts &parts);
    // The release text proper: the dateline and lead, the body and the quotes.
    static QString storyText(const ReleaseParts &parts);
    // Wraps at word boundaries; lines after the first start with indent. A word longer
    // than the width (a URL) stays whole on its own line.
    static QString wrap(const QString &text, int columns, const QString &firstPrefix = {}, const QString &indent = {});
};

} // namespace pressdesk
