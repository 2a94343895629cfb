#include "restorecommand.h"

#include "commandline.h"
#include "storage/backups.h"
#include "storage/storelocation.h"

#include <QCoreApplication>

namespace pressdesk {

int RestoreCommand::run(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("pressdesk restore FILE");
    CommandLine line(arguments, {}, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (line.positional().size() != 1)
        return context.usageError(QCoreApplication::translate("Cli", "Name the backup to restore."), usage);
    if (StoreLocation::looksLikeServer(context.databasePath()))
        return context.failure(QCoreApplication::translate("Cli",
            "restore replaces a file. A server's newsroom is restored by its administrator (pg_restore), or "
            "a backup file is copied into an empty newsroom with pressdesk copy --from BACKUP --to URL."));
    // The database is not opened: it is about to be replaced, and it may be the damaged one.
    QString keptAside;
    QString error;
    if (!Backups::restore(context.databasePath(), line.positional().constFirst(), &keptAside, &error))
        return context.failure(error);
    context.out << QCoreApplication::translate("Cli", "Restored %1 from %2.")
                       .arg(context.databasePath(), line.positional().constFirst())
                << '\n';
    if (!keptAside.isEmpty())
        context.out << QCoreApplication::translate("Cli", "The previous file was kept as %1.").arg(keptAside) << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
