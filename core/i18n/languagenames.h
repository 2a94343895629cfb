#pragma once

#include <QString>
#include <QStringList>

namespace pressdesk {

// BCP 47 language tags with names in the interface language ("es" → "Spanish (es)" in
// English, "Español (es)" in Spanish), for pickers and messages. The tags stay the data.
class LanguageNames final
{
public:
    // The tags offered first in pickers: the languages of the region's newsrooms.
    static QStringList commonTags();
    // The language's name in the interface language ("Spanish", "English (United
    // Kingdom)"): from the translated table of common languages, else the base language's
    // entry ("de-AT" → "German"), else Qt's English name; the tag itself when nobody knows it.
    // Accepts "_" as well as "-" ("en_US", as dictionaries are named).
    static QString name(const QString &tag);
    // "Spanish (es)"; the tag itself when the system knows no name for it.
    static QString displayName(const QString &tag);
    // The tag of a shown or typed name: the tag at the end of a display name, a table
    // name in the interface language or in English ("Inglés", "english"), or the text
    // itself when it is already a tag.
    static QString tagFromDisplay(const QString &text);
};

} // namespace pressdesk
