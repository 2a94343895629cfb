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

} // namespace pressdesk
