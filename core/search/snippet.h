#pragma once

#include "snippettext.h"

#include <QChar>
#include <QString>

namespace pressdesk {

// A matching passage as the lists and the command line show it: the matched words between
// highlightStart and highlightEnd, whatever backend found them.
class Snippet final
{
public:
    static constexpr QChar highlightStart = QChar(0x02);
    static constexpr QChar highlightEnd = QChar(0x03);

    // As a reader sees the text: Markdown's emphasis, link, heading, quote and list syntax
    // and backslash escapes taken out, on one line, the highlight marks kept.
    static QString readable(const QString &snippet)
    {
        return QString::fromStdString(SnippetText::readable(snippet.toStdString()));
    }
};

} // namespace pressdesk
