#include "importcommand.h"

#include "commandline.h"
#include "contactcommands.h"
#include "import/importer.h"
#include "import/importreader.h"
#include "output.h"
#include "storage/speakerrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace pressdesk {

namespace {

const QString usage =
    QStringLiteral("pressdesk import FILE... [--format auto|text|md|html|ninjs|csv|ics|vcf] [--dry-run] [--strict]\n"
                   "       [--on-duplicate skip|update|keep-both] [--format-output text|json]");

QString located(const ImportProblem &problem)
{
    return problem.line > 0 ? QStringLiteral("%1:%2: %3").arg(problem.file).arg(problem.line).arg(problem.message)
                            : problem.text();
}

QJsonArray problemsJson(const ImportProblems &problems, bool skipped)
{
    QJsonArray array;
    for (const ImportProblem &problem : problems) {
        if (problem.skipped != skipped)
            continue;
        array.append(QJsonObject { { QStringLiteral("file"), problem.file }, { QStringLiteral("line"), problem.line },
            { QStringLiteral("message"), problem.message } });
    }
    return array;
}

QString actionKey(ImportAction action)
{
    switch (action) {
    case ImportAction::Create:
        return QStringLiteral("create");
    case ImportAction::Update:
        return QStringLiteral("update");
    case ImportAction::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

QString describe(const ImportResult::Entry &entry, bool dryRun)
{
    const QString what = entityKey(entry.entity);
    const QString where = entry.file.isEmpty() ? QString() : QStringLiteral(" (%1:%2)").arg(entry.file).arg(entry.line);
    switch (entry.action) {
    case ImportAction::Create:
        return dryRun ? QCoreApplication::translate("Cli", "would create %1 \"%2\"%3").arg(what, entry.label, where)
                      : QCoreApplication::translate("Cli", "created %1 %2 \"%3\"%4")
                            .arg(what)
                            .arg(entry.id)
                            .arg(entry.label, where);
    case ImportAction::Update:
        return dryRun ? QCoreApplication::translate("Cli", "would update %1 %2 \"%3\"%4")
                            .arg(what)
                            .arg(entry.duplicateOf)
                            .arg(entry.label, where)
                      : QCoreApplication::translate("Cli", "updated %1 %2 \"%3\"%4")
                            .arg(what)
                            .arg(entry.id)
                            .arg(entry.label, where);
    case ImportAction::Skip:
        return QCoreApplication::translate("Cli", "skipped %1 \"%2\"%3: already there as %1 %4 (%5)")
            .arg(what, entry.label, where)
            .arg(entry.duplicateOf)
            .arg(entry.reason);
    }
    return {};
}

} // namespace

int ImportCommand::run(CliContext &context, const QStringList &arguments)
{
    if (ContactCommands::importsContacts(arguments))
        return ContactCommands::importContacts(context, arguments);
    CommandLine line(arguments,
        { QStringLiteral("format"), QStringLiteral("format-output"), QStringLiteral("on-duplicate") },
        { QStringLiteral("dry-run"), QStringLiteral("strict") });
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    const QStringList files = line.positional();
    if (files.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "Name at least one file to import."), usage);
    const QString formatText = line.value(QStringLiteral("format")).value_or(QStringLiteral("auto"));
    const std::optional<ImportFormat> format = ImportFormats::fromKey(formatText);
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "Unknown format \"%1\"; use %2.")
                                      .arg(formatText, ImportFormats::keys().join(QLatin1Char('|'))),
            usage);
    const QString outputText = line.value(QStringLiteral("format-output")).value_or(QStringLiteral("text"));
    if (outputText != QLatin1String("text") && outputText != QLatin1String("json"))
        return context.usageError(QCoreApplication::translate("Cli", "--format-output must be text or json."), usage);
    const bool json = outputText == QLatin1String("json");
    const QString duplicateText = line.value(QStringLiteral("on-duplicate")).value_or(QStringLiteral("skip"));
    ImportPlan plan;
    if (duplicateText == QLatin1String("skip"))
        plan.policy = DuplicatePolicy::Skip;
    else if (duplicateText == QLatin1String("update"))
        plan.policy = DuplicatePolicy::Update;
    else if (duplicateText == QLatin1String("keep-both"))
        plan.policy = DuplicatePolicy::KeepBoth;
    else
        return context.usageError(
            QCoreApplication::translate("Cli", "--on-duplicate must be skip, update or keep-both."), usage);
    const bool dryRun = line.isSet(QStringLiteral("dry-run"));
    const bool strict = line.isSet(QStringLiteral("strict"));

    // Every file is read before the database is opened.
    QList<QByteArray> contents;
    for (const QString &file : files) {
        QByteArray bytes;
        QString error;
        if (!ImportReader::readFile(file, &bytes, &error))
            return context.failure(error);
        contents.append(bytes);
    }
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    SpeakerRepository speakers(*database);
    const QList<Speaker> known = speakers.list();
    ImportProblems problems;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ImportReader::Result read = ImportReader::read(files.at(i), contents.at(i), *format, known);
        if (!read.error.isEmpty())
            return context.failure(
                QStringLiteral("%1:%2: %3").arg(files.at(i)).arg(qMax(1, read.line)).arg(read.error));
        plan.records.append(read.records);
        problems.append(read.problems);
    }
    // What could not be read as it was goes to stderr, one line each, before anything else.
    for (const ImportProblem &problem : std::as_const(problems))
        context.err << located(problem) << '\n';
    if (strict && !problems.isEmpty())
        return context.failure(
            QCoreApplication::translate("Cli", "Nothing was imported: --strict refuses files with problems (above)."));
    if (plan.records.isEmpty() && !problems.isEmpty())
        return context.failure(QCoreApplication::translate("Cli", "Nothing could be imported (see above)."));
    Importer importer(*database);
    if (!importer.plan(plan))
        return context.failure(importer.errorString());
    const ImportResult result = importer.run(plan, dryRun);
    if (!result.ok)
        return context.failure(result.error);

    const int created = result.count(ImportAction::Create);
    const int updated = result.count(ImportAction::Update);
    const int skipped = result.count(ImportAction::Skip);
    if (json) {
        QJsonArray records;
        for (const ImportResult::Entry &entry : result.entries) {
            records.append(QJsonObject {
                { QStringLiteral("action"), actionKey(entry.action) },
                { QStringLiteral("entity"), entityKey(entry.entity) },
                { QStringLiteral("id"), entry.id > 0 && !dryRun ? QJsonValue(entry.id) : QJsonValue() },
                { QStringLiteral("label"), entry.label },
                { QStringLiteral("file"), entry.file },
                { QStringLiteral("line"), entry.line },
                { QStringLiteral("duplicate_of"),
                    entry.duplicateOf > 0 ? QJsonValue(entry.duplicateOf) : QJsonValue() },
                { QStringLiteral("reason"), entry.reason },
                { QStringLiteral("dependent"), entry.dependent },
            });
        }
        Output::writeJson(context.out,
            QJsonObject { { QStringLiteral("dry_run"), dryRun }, { QStringLiteral("created"), created },
                { QStringLiteral("updated"), updated }, { QStringLiteral("skipped"), skipped },
                { QStringLiteral("records"), records },
                { QStringLiteral("not_imported"), problemsJson(problems, true) },
                { QStringLiteral("warnings"), problemsJson(problems, false) } });
        return ExitSuccess;
    }
    for (const ImportResult::Entry &entry : result.entries)
        context.out << describe(entry, dryRun) << '\n';
    if (dryRun)
        context.out << QCoreApplication::translate(
            "Cli", "Dry run: would create %1, update %2, skip %3; nothing was written.")
                           .arg(created)
                           .arg(updated)
                           .arg(skipped)
                    << '\n';
    else
        context.out << QCoreApplication::translate("Cli", "Imported: %1 created, %2 updated, %3 skipped.")
                           .arg(created)
                           .arg(updated)
                           .arg(skipped)
                    << '\n';
    const qsizetype notImported =
        std::count_if(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.skipped; });
    if (notImported > 0)
        context.err << QCoreApplication::translate("Cli", "Not imported: %1 records with problems (listed above).")
                           .arg(notImported)
                    << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
