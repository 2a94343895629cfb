#include "checkcommand.h"

#include "commandline.h"
#include "output.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pressdesk {

int CheckCommand::run(CliContext &context, const QStringList &arguments)
{
    const QString usage = QStringLiteral("pressdesk check [--format text|json]");
    CommandLine line(arguments, { QStringLiteral("format") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (!line.positional().isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "check takes no arguments."), usage);
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("text")),
        { OutputFormat::Json, OutputFormat::Text });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be json or text."), usage);

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    const Database::IntegrityReport report = database->check();
    if (*format == OutputFormat::Json) {
        Output::writeJson(context.out,
            { { QStringLiteral("path"), database->path() }, { QStringLiteral("healthy"), report.healthy },
                { QStringLiteral("schema_version"), report.schemaVersion },
                { QStringLiteral("latest_schema_version"), Database::latestSchemaVersion() },
                { QStringLiteral("problems"), QJsonArray::fromStringList(report.problems) } });
    } else {
        context.out << QCoreApplication::translate("Cli", "Database: %1").arg(database->path()) << '\n'
                    << QCoreApplication::translate("Cli", "Schema version: %1 (this Pressdesk: %2)")
                           .arg(report.schemaVersion)
                           .arg(Database::latestSchemaVersion())
                    << '\n';
        if (report.healthy) {
            context.out << QCoreApplication::translate("Cli", "Integrity: ok") << '\n';
        } else {
            // A plain int: lupdate 6.4 skips translate() calls whose count is a cast.
            const int problems = static_cast<int>(report.problems.size());
            context.out << QCoreApplication::translate("Cli", "Integrity: %n problem(s)", nullptr, problems) << '\n';
        }
    }
    // Problems go to stderr in every format, as every failure's message does.
    for (const QString &problem : report.problems)
        context.err << QCoreApplication::translate("Cli", "Problem: %1").arg(problem) << '\n';
    return report.healthy ? ExitSuccess : ExitFailure;
}

} // namespace pressdesk
