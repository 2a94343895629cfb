#pragma once

#include <QLocale>
#include <QString>

namespace pressdesk {

// Which spelling a release's language is checked with when the release names no region:
// English "Labour" is right in London, Nairobi and at the United Nations, wrong in
// Washington. The organization's country decides, else the system's locale: American
// spelling where it is the norm (United States, Philippines, Liberia and US territories),
// British elsewhere. Other languages and tags with a region are left as they are.
class SpellingVariant final
{
public:
    static QString dictionaryTag(const QString &languageTag, const QString &organizationCountry, const QLocale &system);
    static bool usesAmericanSpelling(QLocale::Territory territory);
};

} // namespace pressdesk
