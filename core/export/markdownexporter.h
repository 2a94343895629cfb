#pragma once

#include "domain/release.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// A release as CommonMark, for sites and tools that take Markdown. The body is kept as
// written; every other value is escaped so that it reads as text, not as markup.
class MarkdownExporter final
{
public:
    static QByteArray render(const Release &release, const ExportContext &context);
    // Backslash-escapes what CommonMark would read as markup (including raw HTML).
    static QString escaped(const QString &text);
};

} // namespace pressdesk
