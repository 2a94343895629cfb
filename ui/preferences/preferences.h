#pragma once

#include <QString>

namespace pressdesk {

// The per-user preferences kept in QSettings, read where they apply. Our organization is
// not here: it is a fact of the database (organizations.is_ours), set through the
// Preferences dialog. The paper size and export folder share the keys of ExportController.
class Preferences final
{
public:
    // The interface language: "en", "es", "fr", or empty for the system's (the default).
    // Read once at start-up.
    static QString interfaceLanguage();
    static void setInterfaceLanguage(const QString &tag);
    static QString defaultLanguage();
    static void setDefaultLanguage(const QString &tag);
    // Seconds between autosaves of unsaved editors (default 30). PRESSDESK_AUTOSAVE_MS, a
    // hidden test hook, overrides it in milliseconds.
    static int autosaveSeconds();
    static void setAutosaveSeconds(int seconds);
    static int autosaveIntervalMs();
    static QString exportFolder();
    static void setExportFolder(const QString &folder);
    // The zone chosen in the first-run assistant, else the system's when Qt knows its id,
    // else UTC: the default of new events and embargoes.
    static QString defaultTimeZone();
    static void setDefaultTimeZone(const QString &zone);
    static bool letterPaper();
    static void setLetterPaper(bool letter);
};

} // namespace pressdesk
