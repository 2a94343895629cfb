#include "backupcommand.h"

#include "commandline.h"
#include "databaselocation.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace pressdesk {

int BackupCommand::run(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("pressdesk backup [--to FILE]");
    CommandLine line(arguments, { QStringLiteral("to") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (!line.positional().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "backup takes no arguments; use --to FILE."), usage);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    // A server's backup is a Pressdesk file beside this computer's own newsroom, named after
    // the server's database.
    const QString folder = database->isServer() ? Backups::folderFor(DatabaseLocation::defaultPath())
                                                : Backups::folderFor(database->path());
    const QString name = database->isServer() ? database->location().database() : QStringLiteral("pressdesk");
    const QString target =
        line.value(QStringLiteral("to"))
            .value_or(QDir(folder).filePath(
                QStringLiteral("%1-%2.sqlite")
                    .arg(name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))));
    QString error;
    if (!Backups::create(*database, QDir().absoluteFilePath(target), &error))
        return context.failure(error);
    context.out << QDir().absoluteFilePath(target) << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
