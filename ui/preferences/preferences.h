#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace pressdesk {

// The per-user preferences kept in QSettings, read where they apply. Our organization is
// not here: it is a fact of the database (organizations.is_ours), set through the
// Preferences dialog. The paper size and export folder share the keys of ExportController.
class Preferences final
{
public:
    // Sending releases by e-mail (File ▸ Send to Media…): the officer's own name and address
    // (From, and where "Send test to me" goes) and the SMTP server. The password is never
    // here: it is kept in the system keychain (SmtpPasswords) under the user and server.
    struct Mail
    {
        QString senderName;
        QString senderEmail;
        QString smtpUrl; // smtp://host:587 or smtps://host:465
        QString smtpUser; // empty: the server takes mail without a login
        QString caFile; // extra certificates to trust (a newsroom's own server)
        int perMinute = 30; // throttle; 0: as fast as the server takes them
    };
    static Mail mail();
    static void setMail(const Mail &mail);

    // The last press room published from the window (File ▸ Publish Press Room…).
    struct PressRoom
    {
        QString folder;
        QString baseUrl;
        QString languages; // as typed: "en, es"; empty for every language
        bool pdfs = true;
        bool preview = true; // open it in the browser afterwards
    };
    static PressRoom pressRoom();
    static void setPressRoom(const PressRoom &room);

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

    // The author new releases are signed with: the last one saved.
    static QString author();
    static void setAuthor(const QString &author);
    static bool releasePreviewVisible();
    static void setReleasePreviewVisible(bool visible);
    // Newsroom files, newest first (File ▸ Open Recent).
    static QStringList recentNewsrooms();
    static void setRecentNewsrooms(const QStringList &files);
    // Copies kept by the automatic backups: daily (7), weekly (4) and every-15-minutes (12).
    static int backupDailyKeep();
    static int backupWeeklyKeep();
    static int backupPeriodicKeep();
    // Minutes of editing between two periodic copies (15; 0 turns them off).
    static int backupEveryMinutes();
    // "light", "dark" or empty for the system's colours.
    static QString colorScheme();
    static void setColorScheme(const QString &scheme);

    // What the window remembers of itself between runs (geometry, splitters, a list's
    // columns, its last search, a CSV layout's mapping): values under "view/KEY" for the
    // keys this program uses (see preferences.cpp for the list of existing keys).
    static QVariant viewState(const QString &key, const QVariant &fallback = {});
    static void setViewState(const QString &key, const QVariant &value);
    static bool hasViewState(const QString &key);
};

} // namespace pressdesk
