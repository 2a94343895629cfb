#pragma once

#include <QLocale>
#include <QStringList>

namespace pressdesk {

// Country names for completion in country fields, from the locale data Qt ships (English
// names, sorted). Values stay free text: a name missing here can still be typed.
class CountryList final
{
public:
    static const QStringList &names();
    // The territory of an English country name, accents and case aside ("costa rica",
    // "Côte d’Ivoire"); AnyTerritory when it names none.
    static QLocale::Territory territoryNamed(const QString &country);
};

} // namespace pressdesk
