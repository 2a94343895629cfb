#include "preferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

namespace pressdesk {

namespace {

const QString interfaceLanguageKey = QStringLiteral("ui/language");
const QString languageKey = QStringLiteral("editor/defaultLanguage");
const QString autosaveKey = QStringLiteral("editor/autosaveSeconds");
// Shared with ExportController.
const QString exportFolderKey = QStringLiteral("export/folder");
const QString paperKey = QStringLiteral("export/paper");

} // namespace

Preferences::Mail Preferences::mail()
{
    const QSettings settings;
    Mail mail;
    mail.senderName = settings.value(QStringLiteral("mail/senderName")).toString();
    mail.senderEmail = settings.value(QStringLiteral("mail/senderEmail")).toString();
    mail.smtpUrl = settings.value(QStringLiteral("mail/smtpUrl")).toString();
    mail.smtpUser = settings.value(QStringLiteral("mail/smtpUser")).toString();
    mail.caFile = settings.value(QStringLiteral("mail/caFile")).toString();
    mail.perMinute = std::clamp(settings.value(QStringLiteral("mail/perMinute"), 30).toInt(), 0, 10'000);
    return mail;
}

void Preferences::setMail(const Mail &mail)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mail/senderName"), mail.senderName);
    settings.setValue(QStringLiteral("mail/senderEmail"), mail.senderEmail);
    settings.setValue(QStringLiteral("mail/smtpUrl"), mail.smtpUrl);
    settings.setValue(QStringLiteral("mail/smtpUser"), mail.smtpUser);
    settings.setValue(QStringLiteral("mail/caFile"), mail.caFile);
    settings.setValue(QStringLiteral("mail/perMinute"), mail.perMinute);
}

Preferences::PressRoom Preferences::pressRoom()
{
    const QSettings settings;
    PressRoom room;
    room.folder = settings.value(QStringLiteral("publish/folder")).toString();
    room.baseUrl = settings.value(QStringLiteral("publish/baseUrl")).toString();
    room.languages = settings.value(QStringLiteral("publish/languages")).toString();
    room.pdfs = settings.value(QStringLiteral("publish/pdfs"), true).toBool();
    room.preview = settings.value(QStringLiteral("publish/preview"), true).toBool();
    return room;
}

void Preferences::setPressRoom(const PressRoom &room)
{
    QSettings settings;
    settings.setValue(QStringLiteral("publish/folder"), room.folder);
    settings.setValue(QStringLiteral("publish/baseUrl"), room.baseUrl);
    settings.setValue(QStringLiteral("publish/languages"), room.languages);
    settings.setValue(QStringLiteral("publish/pdfs"), room.pdfs);
    settings.setValue(QStringLiteral("publish/preview"), room.preview);
}

QString Preferences::interfaceLanguage()
{
    return QSettings().value(interfaceLanguageKey).toString();
}

void Preferences::setInterfaceLanguage(const QString &tag)
{
    if (tag.isEmpty())
        QSettings().remove(interfaceLanguageKey);
    else
        QSettings().setValue(interfaceLanguageKey, tag);
}

QString Preferences::defaultLanguage()
{
    return QSettings().value(languageKey, QStringLiteral("en")).toString();
}

void Preferences::setDefaultLanguage(const QString &tag)
{
    QSettings().setValue(languageKey, tag);
}

int Preferences::autosaveSeconds()
{
    return std::clamp(QSettings().value(autosaveKey, 30).toInt(), 5, 3600);
}

void Preferences::setAutosaveSeconds(int seconds)
{
    QSettings().setValue(autosaveKey, seconds);
}

int Preferences::autosaveIntervalMs()
{
    bool ok = false;
    const int testInterval = qEnvironmentVariableIntValue("PRESSDESK_AUTOSAVE_MS", &ok);
    if (ok && testInterval > 0)
        return testInterval;
    return autosaveSeconds() * 1000;
}

QString Preferences::exportFolder()
{
    return QSettings()
        .value(exportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void Preferences::setExportFolder(const QString &folder)
{
    QSettings().setValue(exportFolderKey, QDir::cleanPath(folder));
}

void Preferences::setDefaultTimeZone(const QString &zone)
{
    QSettings().setValue(QStringLiteral("editor/timeZone"), zone);
}

QString Preferences::defaultTimeZone()
{
    const QString chosen = QSettings().value(QStringLiteral("editor/timeZone")).toString();
    if (!chosen.isEmpty() && QTimeZone::isTimeZoneIdAvailable(chosen.toUtf8()))
        return chosen;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    return QTimeZone::isTimeZoneIdAvailable(system) ? QString::fromUtf8(system) : QStringLiteral("UTC");
}

bool Preferences::letterPaper()
{
    return QSettings().value(paperKey).toString() == QLatin1String("letter");
}

void Preferences::setLetterPaper(bool letter)
{
    QSettings().setValue(paperKey, letter ? QStringLiteral("letter") : QStringLiteral("a4"));
}

QString Preferences::author()
{
    return QSettings().value(QStringLiteral("editor/author")).toString();
}

void Preferences::setAuthor(const QString &author)
{
    QSettings().setValue(QStringLiteral("editor/author"), author);
}

bool Preferences::releasePreviewVisible()
{
    return QSettings().value(QStringLiteral("editor/releasePreview"), true).toBool();
}

void Preferences::setReleasePreviewVisible(bool visible)
{
    QSettings().setValue(QStringLiteral("editor/releasePreview"), visible);
}

QStringList Preferences::recentNewsrooms()
{
    return QSettings().value(QStringLiteral("recent/newsrooms")).toStringList();
}

void Preferences::setRecentNewsrooms(const QStringList &files)
{
    QSettings().setValue(QStringLiteral("recent/newsrooms"), files);
}

int Preferences::backupDailyKeep()
{
    return std::clamp(QSettings().value(QStringLiteral("backup/daily"), 7).toInt(), 1, 365);
}

int Preferences::backupWeeklyKeep()
{
    return std::clamp(QSettings().value(QStringLiteral("backup/weekly"), 4).toInt(), 1, 520);
}

int Preferences::backupPeriodicKeep()
{
    return std::clamp(QSettings().value(QStringLiteral("backup/periodicKeep"), 12).toInt(), 1, 1000);
}

int Preferences::backupEveryMinutes()
{
    return std::clamp(QSettings().value(QStringLiteral("backup/everyMinutes"), 15).toInt(), 0, 24 * 60);
}

QString Preferences::colorScheme()
{
    return QSettings().value(QStringLiteral("appearance/scheme")).toString();
}

void Preferences::setColorScheme(const QString &scheme)
{
    if (scheme.isEmpty())
        QSettings().remove(QStringLiteral("appearance/scheme"));
    else
        QSettings().setValue(QStringLiteral("appearance/scheme"), scheme);
}

// View-state keys in use (under their historical names, so nothing a user had is lost):
// mainwindow/geometry, mainwindow/state, mainwindow/splitter; SECTION/header,
// SECTION/search, SECTION/filters; csvMapping/LAYOUT/target and /fields.
QVariant Preferences::viewState(const QString &key, const QVariant &fallback)
{
    return QSettings().value(key, fallback);
}

void Preferences::setViewState(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
}

bool Preferences::hasViewState(const QString &key)
{
    return QSettings().contains(key);
}

} // namespace pressdesk
