#pragma once

#include <QStringList>

namespace pressdesk {

// Country names for completion in country fields, from the locale data Qt ships (English
// names, sorted). Values stay free text: a name missing here can still be typed.
class CountryList final
{
public:
    static const QStringList &names();
};

} // namespace pressdesk
