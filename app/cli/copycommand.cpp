#include "copycommand.h"

#include "commandline.h"
#include "output.h"
#include "storage/database.h"
#include "storage/storecopier.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace pressdesk {

int CopyCommand::run(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("pressdesk copy --from FILE|URL --to FILE|URL [--format text|json]");
    CommandLine line(arguments, { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (!line.positional().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "copy takes no arguments; use --from and --to."), usage);
    const QString from = line.value(QStringLiteral("from")).value_or(QString());
    const QString to = line.value(QStringLiteral("to")).value_or(QString());
    if (from.isEmpty() || to.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "copy needs both --from and --to."), usage);
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("text")),
        { OutputFormat::Json, OutputFormat::Text });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be json or text."), usage);

    QString error;
    const StoreLocation sourceLocation = StoreLocation::parse(from, &error);
    if (!sourceLocation.isValid())
        return context.failure(QStringLiteral("--from: ") + error);
    const StoreLocation targetLocation = StoreLocation::parse(to, &error);
    if (!targetLocation.isValid())
        return context.failure(QStringLiteral("--to: ") + error);
    if (sourceLocation.redacted() == targetLocation.redacted())
        return context.usageError(QCoreApplication::translate("Cli", "--from and --to are the same newsroom."), usage);
    if (sourceLocation.backend() == StoreBackend::Sqlite && !QFileInfo::exists(sourceLocation.path()))
        return context.failure(QCoreApplication::translate("Cli", "--from: %1 does not exist.").arg(from));

    Database source;
    source.setBusyTimeout(commandBusyTimeoutMs);
    if (!source.open(sourceLocation))
        return context.failure(source.errorString());
    Database target;
    target.setBusyTimeout(commandBusyTimeoutMs);
    const bool targetIsNewFile =
        targetLocation.backend() == StoreBackend::Sqlite && !QFileInfo::exists(targetLocation.path());
    if (!target.open(targetLocation))
        return context.failure(target.errorString());
    StoreCopier copier(source, target);
    if (!copier.copy()) {
        target.close();
        // A file this command created and could not fill is removed, not left half-made.
        if (targetIsNewFile) {
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(targetLocation.path() + QLatin1String(suffix));
        }
        return context.failure(copier.errorString());
    }
    QJsonObject counts;
    for (const StoreCopier::TableCount &count : copier.counts())
        counts.insert(count.table, count.rows);
    if (*format == OutputFormat::Json) {
        Output::writeJson(context.out,
            { { QStringLiteral("from"), sourceLocation.redacted() },
                { QStringLiteral("to"), targetLocation.redacted() }, { QStringLiteral("tables"), counts } });
    } else {
        context.out << QCoreApplication::translate("Cli", "Copied %1 to %2:")
                           .arg(sourceLocation.redacted(), targetLocation.redacted())
                    << '\n';
        for (const StoreCopier::TableCount &count : copier.counts())
            context.out << "  " << count.table << ": " << count.rows << '\n';
    }
    return ExitSuccess;
}

} // namespace pressdesk
