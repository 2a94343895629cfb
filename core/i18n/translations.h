#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace pressdesk {

// Loads Pressdesk's own catalogue for the locale (embedded under :/i18n) and Qt's. English
// has a catalogue too: it carries the plural forms ("1 release", "2 releases").
class Translations final
{
public:
    // The interface languages with a complete catalogue: "en", "es", "fr".
    static QStringList interfaceLanguages();
    // "English", "Español", "Français": each language in its own name, never translated.
    static QString nativeName(const QString &language);
    // The locale of the interface for a choice made in Preferences: one of
    // interfaceLanguages(), or empty for the system's locale. A choice in the system's own
    // language keeps the system's conventions (es_MX stays Mexican for "es").
    static QLocale interfaceLocale(const QString &choice);
    // Installs the catalogues for the locale (replacing those installed before) and makes it
    // the default locale, so that dates, numbers and sorting follow it. A language without a
    // catalogue gets English words with its own dates and numbers.
    static void install(QCoreApplication &application, const QLocale &locale = QLocale::system());
    // The command line speaks English whatever the locale: its output is a contract that
    // scripts parse (docs/cli.md). Only the English catalogue (plural forms) is installed,
    // and the default locale is left alone.
    static void installCommandLine(QCoreApplication &application);
};

} // namespace pressdesk
