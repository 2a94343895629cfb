#include "teamcommand.h"

#include "commandline.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace pressdesk {

int TeamCommand::run(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("pressdesk team init postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…]");
    CommandLine line(arguments, {}, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    const QStringList positional = line.positional();
    if (positional.size() != 2 || positional.first() != QLatin1String("init"))
        return context.usageError(QCoreApplication::translate("Cli", "team needs init and a server address."), usage);
    QString error;
    const StoreLocation location = StoreLocation::parse(positional.at(1), &error);
    if (!location.isValid())
        return context.failure(error);
    if (location.backend() != StoreBackend::Postgres)
        return context.usageError(
            QCoreApplication::translate("Cli", "team init sets up a PostgreSQL server; a file needs no setting up."),
            usage);
    Database database;
    if (!database.initialize(location))
        return context.failure(database.errorString());
    context.out << (database.wasCreated()
            ? QCoreApplication::translate("Cli", "%1 is now a Pressdesk newsroom (schema %2).")
            : QCoreApplication::translate("Cli", "%1 is a Pressdesk newsroom (schema %2)."))
                       .arg(location.redacted())
                       .arg(database.schemaVersion())
                << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
