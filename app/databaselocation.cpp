#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pressdesk {

QString DatabaseLocation::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("pressdesk.sqlite"));
}

DatabaseLocation DatabaseLocation::resolve(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return { commandLinePath, false };
    const QString fromEnvironment = qEnvironmentVariable("PRESSDESK_DATABASE");
    if (!fromEnvironment.isEmpty())
        return { fromEnvironment, false };
    return { defaultPath(), true };
}

bool DatabaseLocation::prepareFolder(QString *error) const
{
    if (!isDefault)
        return true;
    const QString folder = QFileInfo(path).absolutePath();
    if (QDir().mkpath(folder))
        return true;
    if (error)
        *error = QCoreApplication::translate("DatabaseLocation", "Cannot create the data folder %1.").arg(folder);
    return false;
}

} // namespace pressdesk
