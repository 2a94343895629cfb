#pragma once

#include "domain/release.h"
#include "exportcontext.h"
#include "releaseparts.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace pressdesk {

// A release as a QTextDocument: the typeset form behind PDF, ODT, printing and "Copy as
// rich text". Letterhead, release line, headline hierarchy, quotes set apart with a rule,
// the end mark, then the closing sections, in the release's language.
class ReleaseDocument final
{
public:
    static std::unique_ptr<QTextDocument> create(const Release &release, const ExportContext &context);
    static std::unique_ptr<QTextDocument> create(const ReleaseParts &parts);
    // The Qt rich-text HTML the document is built from (Qt's HTML subset, not the web page).
    static QString richText(const ReleaseParts &parts);
    // Resource URL of the logo inside the document.
    static QString logoResource() { return QStringLiteral("pressdesk-logo:png"); }
};

} // namespace pressdesk
