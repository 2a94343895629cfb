#pragma once

#include <QLocale>

class QCoreApplication;

namespace pressdesk {

// Loads Pressdesk's own catalogue for the locale (embedded under :/i18n) and Qt's. English
// has a catalogue too: it carries the plural forms ("1 release", "2 releases").
class Translations final
{
public:
    static void install(QCoreApplication &application, const QLocale &locale = QLocale());
};

} // namespace pressdesk
