#pragma once

#include "export/releaseparts.h"

#include <QString>

namespace pressdesk {

// A release as e-mail-safe HTML: one 600 px table column, every style inline (Outlook,
// Gmail and Apple Mail drop <style> blocks and external sheets), no images or scripts and
// nothing loaded from elsewhere. Every value is escaped; the body comes from
// MarkdownRenderer, which drops raw HTML and unsafe links.
class EmailHtml final
{
public:
    static QString render(const ReleaseParts &parts, const QString &greeting, const QString &coverNote);
    // The body blocks of MarkdownRenderer with inline styles on each element.
    static QString styled(const QString &blocksHtml);
};

} // namespace pressdesk
