#include "salvagecommand.h"

#include "commandline.h"
#include "storage/salvage.h"
#include "storage/storelocation.h"

#include <QCoreApplication>
#include <QDir>

namespace pressdesk {

int SalvageCommand::run(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("pressdesk salvage [--to FILE]");
    CommandLine line(arguments, { QStringLiteral("to") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (!line.positional().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "salvage takes no arguments; use --to FILE."), usage);
    if (StoreLocation::looksLikeServer(context.databasePath()))
        return context.failure(QCoreApplication::translate(
            "Cli", "salvage rescues a damaged file; a server keeps its own data safe (see pressdesk check)."));
    // The database is not opened: it is damaged, and it is only read.
    const std::optional<QString> to = line.value(QStringLiteral("to"));
    QString keptAside;
    const QString target = to ? QDir().absoluteFilePath(*to) : context.databasePath();
    const Salvage::Result result =
        to ? Salvage::run(context.databasePath(), target) : Salvage::replace(context.databasePath(), &keptAside);
    if (!result.ok)
        return context.failure(result.error);
    context.out << QCoreApplication::translate("Cli",
        "Salvaged %1 organizations, %2 speakers, %3 events and %4 "
        "releases into %5.")
                       .arg(result.organizations)
                       .arg(result.speakers)
                       .arg(result.events)
                       .arg(result.releases)
                       .arg(target)
                << '\n';
    if (!keptAside.isEmpty())
        context.out << QCoreApplication::translate("Cli", "The damaged file was kept as %1.").arg(keptAside) << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
