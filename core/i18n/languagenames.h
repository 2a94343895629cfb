#pragma once

#include <QString>
#include <QStringList>

namespace pressdesk {

// BCP 47 language tags with readable names ("es" → "Spanish — español"), for pickers.
class LanguageNames final
{
public:
    // The tags offered first in pickers: the languages of the region's newsrooms.
    static QStringList commonTags();
    // "Spanish — español (es)"; the tag itself when the system knows no name for it.
    static QString displayName(const QString &tag);
    // The tag at the end of a display name, or the text itself when it is already a tag.
    static QString tagFromDisplay(const QString &text);
};

} // namespace pressdesk
