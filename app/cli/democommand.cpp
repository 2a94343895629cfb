#include "democommand.h"

#include "commandline.h"
#include "demo/demonewsroom.h"
#include "demo/syntheticarchive.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pressdesk {

int DemoCommand::run(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments, { QStringLiteral("releases"), QStringLiteral("seed") }, {});
    const std::optional<int> releases = line.integer(QStringLiteral("releases"), 1, 10'000'000);
    const std::optional<int> seed = line.integer(QStringLiteral("seed"), 0, 2'147'483'647);
    const QString usage = QStringLiteral("pressdesk demo [--releases N] [--seed S]");
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (!line.positional().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "demo takes no arguments besides its options."), usage);

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    if (!releases) {
        DemoNewsroom demo(*database);
        switch (demo.install()) {
        case DemoNewsroom::Result::Added:
            context.out << QCoreApplication::translate("Cli", "Added the demo newsroom to %1.").arg(database->path())
                        << '\n';
            return ExitSuccess;
        case DemoNewsroom::Result::AlreadyPresent:
            context.out << QCoreApplication::translate("Cli", "The demo newsroom is already in %1; nothing added.")
                               .arg(database->path())
                        << '\n';
            return ExitSuccess;
        case DemoNewsroom::Result::Failed:
            return context.failure(
                QCoreApplication::translate("Cli", "Could not add the demo newsroom: %1").arg(demo.errorString()));
        }
    }

    QElapsedTimer timer;
    timer.start();
    SyntheticArchive archive(*database);
    if (!archive.generate(*releases, static_cast<quint32>(seed.value_or(1)))) {
        return context.failure(QCoreApplication::translate("Cli",
            "Could not add synthetic releases (nothing was "
            "added): %1")
                                   .arg(archive.errorString()));
    }
    const SyntheticArchive::Stats stats = archive.stats();
    context.out << QCoreApplication::translate("Cli", "Added %1 releases, %2 speakers and %3 events in %4 s.")
                       .arg(stats.releases)
                       .arg(stats.speakers)
                       .arg(stats.events)
                       .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
