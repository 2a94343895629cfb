#include "contactcommands.h"

#include "commandline.h"
#include "distribution/recipientresolver.h"
#include "import/contactimporter.h"
#include "import/importreader.h"
#include "output.h"
#include "search/contactfilter.h"
#include "storage/contactrepository.h"
#include "storage/medialistrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace pressdesk {

namespace {

const QString importUsage =
    QStringLiteral("pressdesk import FILE... --into contacts [--format auto|csv|vcf] [--list NAME] "
                   "[--map COLUMN=FIELD]... [--on-duplicate skip|update] [--dry-run] [--format-output text|json]");
const QString listUsage =
    QStringLiteral("pressdesk list contacts [--search QUERY] [--limit N] [--format table|json|csv]\n"
                   "       pressdesk list lists [--format table|json|csv]");
const QString showUsage = QStringLiteral("pressdesk show list NAME [--format json|text]");

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonObject contactJson(const MediaContact &contact)
{
    return {
        { QStringLiteral("id"), contact.id },
        { QStringLiteral("uuid"), contact.uuid },
        { QStringLiteral("name"), contact.name },
        { QStringLiteral("outlet"), contact.outlet },
        { QStringLiteral("role"), contact.role },
        { QStringLiteral("email"), contact.email },
        { QStringLiteral("phone"), contact.phone },
        { QStringLiteral("languages"), strings(contact.languages) },
        { QStringLiteral("country"), contact.country },
        { QStringLiteral("beats"), strings(contact.beats) },
        { QStringLiteral("notes"), contact.notes },
        { QStringLiteral("do_not_contact"), contact.doNotContact },
        { QStringLiteral("bounced_at"),
            contact.isBounced() ? QJsonValue(contact.bouncedAt.toUTC().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("bounce_reply"), contact.bounceReply },
        { QStringLiteral("respects_embargoes"), contact.respectsEmbargoes },
    };
}

// --map may be given several times (CommandLine keeps one value per option): taken out first.
QStringList takeMaps(QStringList &arguments, QString *error)
{
    QStringList maps;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--map")) {
            if (i + 1 >= arguments.size()) {
                *error = QCoreApplication::translate("Cli", "--map needs COLUMN=FIELD.");
                return {};
            }
            maps.append(arguments.at(i + 1));
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--map="))) {
            maps.append(argument.mid(6));
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return maps;
}

} // namespace

QString ContactCommands::firstPositional(const QStringList &arguments, const QStringList &valueOptions)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")))
            return argument;
        if (!argument.contains(QLatin1Char('=')) && valueOptions.contains(argument.mid(2)))
            ++i;
    }
    return {};
}

bool ContactCommands::importsContacts(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--into=contacts")
            || (arguments.at(i) == QLatin1String("--into") && arguments.value(i + 1) == QLatin1String("contacts")))
            return true;
    }
    return false;
}

int ContactCommands::importContacts(CliContext &context, const QStringList &given)
{
    QStringList arguments = given;
    QString mapError;
    const QStringList maps = takeMaps(arguments, &mapError);
    if (!mapError.isEmpty())
        return context.usageError(mapError, importUsage);
    CommandLine line(arguments,
        { QStringLiteral("into"), QStringLiteral("format"), QStringLiteral("list"), QStringLiteral("on-duplicate"),
            QStringLiteral("format-output") },
        { QStringLiteral("dry-run") });
    if (!line.isValid())
        return context.usageError(line.errorString(), importUsage);
    const QStringList files = line.positional();
    if (files.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "Name at least one file to import."), importUsage);
    const QString format = line.value(QStringLiteral("format")).value_or(QStringLiteral("auto"));
    if (!QStringList { QStringLiteral("auto"), QStringLiteral("csv"), QStringLiteral("vcf") }.contains(format))
        return context.usageError(
            QCoreApplication::translate("Cli", "Contacts are imported from csv or vcf, not \"%1\".").arg(format),
            importUsage);
    const QString duplicates = line.value(QStringLiteral("on-duplicate")).value_or(QStringLiteral("skip"));
    if (duplicates != QLatin1String("skip") && duplicates != QLatin1String("update"))
        return context.usageError(
            QCoreApplication::translate("Cli", "--on-duplicate must be skip or update for contacts."), importUsage);
    const QString output = line.value(QStringLiteral("format-output")).value_or(QStringLiteral("text"));
    if (output != QLatin1String("text") && output != QLatin1String("json"))
        return context.usageError(
            QCoreApplication::translate("Cli", "--format-output must be text or json."), importUsage);
    const bool dryRun = line.isSet(QStringLiteral("dry-run"));

    // Every file is read before the database is opened; a file that cannot be read stops all.
    QList<ContactImporter::Row> rows;
    ImportProblems problems;
    for (const QString &file : files) {
        QByteArray bytes;
        QString error;
        if (!ImportReader::readFile(file, &bytes, &error))
            return context.failure(error);
        const QString suffix = QFileInfo(file).suffix().toLower();
        const bool vcard = format == QLatin1String("vcf")
            || (format == QLatin1String("auto")
                && (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")
                    || bytes.left(200).toUpper().contains("BEGIN:VCARD")));
        if (!vcard && !maps.isEmpty() && format != QLatin1String("csv") && suffix != QLatin1String("csv"))
            return context.usageError(
                QCoreApplication::translate("Cli", "--map applies to CSV files only."), importUsage);
        const ContactImporter::Reading reading =
            vcard ? ContactImporter::readVCard(bytes, file) : ContactImporter::readCsv(bytes, file, maps);
        if (!reading.error.isEmpty())
            return context.failure(QStringLiteral("%1:%2: %3").arg(file).arg(qMax(1, reading.line)).arg(reading.error));
        rows.append(reading.rows);
        problems.append(reading.problems);
    }
    for (const ImportProblem &problem : std::as_const(problems))
        context.err << (problem.line > 0
                ? QStringLiteral("%1:%2: %3").arg(problem.file).arg(problem.line).arg(problem.message)
                : problem.text())
                    << '\n';
    if (rows.isEmpty() && !problems.isEmpty())
        return context.failure(QCoreApplication::translate("Cli", "Nothing could be imported (see above)."));

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    const ContactImporter::Outcome outcome = ContactImporter::write(*database, rows,
        duplicates == QLatin1String("update") ? ContactImporter::OnDuplicate::Update
                                              : ContactImporter::OnDuplicate::Skip,
        line.value(QStringLiteral("list")).value_or(QString()), dryRun);
    if (!outcome.ok)
        return context.failure(outcome.error);
    const int notImported = static_cast<int>(
        std::count_if(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.skipped; }));
    if (output == QLatin1String("json")) {
        QJsonArray records;
        for (const ContactImporter::Entry &entry : outcome.entries) {
            records.append(QJsonObject { { QStringLiteral("action"), ContactImporter::actionKey(entry.action) },
                { QStringLiteral("id"), entry.id > 0 && !dryRun ? QJsonValue(entry.id) : QJsonValue() },
                { QStringLiteral("name"), entry.name }, { QStringLiteral("email"), entry.email },
                { QStringLiteral("line"), entry.line } });
        }
        QJsonArray skippedLines;
        for (const ImportProblem &problem : std::as_const(problems)) {
            if (problem.skipped)
                skippedLines.append(QJsonObject { { QStringLiteral("file"), problem.file },
                    { QStringLiteral("line"), problem.line }, { QStringLiteral("message"), problem.message } });
        }
        Output::writeJson(context.out,
            QJsonObject { { QStringLiteral("dry_run"), dryRun }, { QStringLiteral("created"), outcome.created },
                { QStringLiteral("updated"), outcome.updated }, { QStringLiteral("skipped"), outcome.skipped },
                { QStringLiteral("not_imported"), skippedLines }, { QStringLiteral("records"), records },
                { QStringLiteral("list"), line.value(QStringLiteral("list")).value_or(QString()) } });
        return ExitSuccess;
    }
    context.out << (dryRun ? QCoreApplication::translate(
                        "Cli", "Dry run: would create %1, update %2, skip %3 contacts; nothing was written.")
                           : QCoreApplication::translate("Cli", "Contacts: %1 created, %2 updated, %3 skipped."))
                       .arg(outcome.created)
                       .arg(outcome.updated)
                       .arg(outcome.skipped)
                << '\n';
    if (notImported > 0)
        context.err << QCoreApplication::translate("Cli", "Not imported: %1 lines with problems (listed above).")
                           .arg(notImported)
                    << '\n';
    return ExitSuccess;
}

int ContactCommands::list(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments, { QStringLiteral("search"), QStringLiteral("limit"), QStringLiteral("format") }, {});
    const int limit = line.integer(QStringLiteral("limit"), 0, 100'000'000).value_or(-1);
    if (!line.isValid())
        return context.usageError(line.errorString(), listUsage);
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("table")),
        { OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv });
    if (!format)
        return context.usageError(
            QCoreApplication::translate("Cli", "--format must be table, json or csv."), listUsage);
    const QString what = line.positional().value(0);
    if (what == QLatin1String("lists") && line.isSet(QStringLiteral("search")))
        return context.usageError(QCoreApplication::translate("Cli", "--search applies to contacts only."), listUsage);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    QJsonArray rows;
    QStringList keys;
    if (what == QLatin1String("contacts")) {
        ContactRepository repository(*database);
        const QString query = line.value(QStringLiteral("search")).value_or(QString());
        // A named filter: the range of a for loop over a temporary's member would outlive it.
        const ContactFilter filter = ContactFilter::parse(query);
        for (const QString &note : filter.notes())
            context.err << note << '\n';
        QList<MediaContact> contacts = repository.search(query);
        if (!repository.errorString().isEmpty())
            return context.failure(
                QCoreApplication::translate("Cli", "Listing %1 failed: %2").arg(what, repository.errorString()));
        if (limit >= 0)
            contacts = contacts.mid(0, limit);
        for (const MediaContact &contact : std::as_const(contacts)) {
            QJsonObject object = contactJson(contact);
            if (*format != OutputFormat::Json) {
                object.insert(QStringLiteral("languages"), contact.languages.join(QLatin1Char(',')));
                object.insert(QStringLiteral("beats"), contact.beats.join(QStringLiteral(", ")));
            }
            rows.append(object);
        }
        keys = *format == OutputFormat::Table
            ? QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("outlet"),
                  QStringLiteral("email"), QStringLiteral("languages"), QStringLiteral("country") }
            : QStringList { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"),
                  QStringLiteral("outlet"), QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("phone"),
                  QStringLiteral("languages"), QStringLiteral("country"), QStringLiteral("beats"),
                  QStringLiteral("notes"), QStringLiteral("do_not_contact"), QStringLiteral("bounced_at"),
                  QStringLiteral("bounce_reply"), QStringLiteral("respects_embargoes") };
    } else {
        MediaListRepository lists(*database);
        const QList<MediaList> all = lists.list();
        if (!lists.errorString().isEmpty())
            return context.failure(
                QCoreApplication::translate("Cli", "Listing %1 failed: %2").arg(what, lists.errorString()));
        RecipientResolver resolver(*database);
        for (const MediaList &list : all) {
            QList<RecipientResolver::Exclusion> excluded;
            QString error;
            const auto recipients = resolver.resolve({ list.name }, {}, &excluded, &error);
            if (!recipients)
                return context.failure(error);
            rows.append(QJsonObject { { QStringLiteral("id"), list.id }, { QStringLiteral("name"), list.name },
                { QStringLiteral("description"), list.description }, { QStringLiteral("filter"), list.filter },
                { QStringLiteral("added_by_hand"), list.memberIds.size() },
                { QStringLiteral("recipients"), recipients->size() },
                { QStringLiteral("excluded"), excluded.size() } });
        }
        keys = *format == OutputFormat::Table
            ? QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("recipients"),
                  QStringLiteral("excluded"), QStringLiteral("filter") }
            : QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                  QStringLiteral("filter"), QStringLiteral("added_by_hand"), QStringLiteral("recipients"),
                  QStringLiteral("excluded") };
    }
    Output::write(context.out, *format, keys, rows);
    return ExitSuccess;
}

int ContactCommands::showList(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments, { QStringLiteral("format") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), showUsage);
    if (line.positional().size() != 2)
        return context.usageError(QCoreApplication::translate("Cli", "Name the list to show."), showUsage);
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("text")),
        { OutputFormat::Json, OutputFormat::Text });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be json or text."), showUsage);
    const QString name = line.positional().at(1);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    MediaListRepository lists(*database);
    const std::optional<MediaList> list = lists.loadByName(name);
    if (!list) {
        if (!lists.errorString().isEmpty())
            return context.failure(lists.errorString());
        return context.failure(QCoreApplication::translate("Cli", "There is no media list named \"%1\".").arg(name));
    }
    RecipientResolver resolver(*database);
    QList<RecipientResolver::Exclusion> excluded;
    QString error;
    const auto recipients = resolver.resolve({ list->name }, {}, &excluded, &error);
    if (!recipients)
        return context.failure(error);
    QJsonArray members;
    for (const Recipient &recipient : *recipients) {
        members.append(QJsonObject { { QStringLiteral("id"), recipient.contactId },
            { QStringLiteral("name"), recipient.name }, { QStringLiteral("email"), recipient.email },
            { QStringLiteral("languages"), strings(recipient.languages) },
            { QStringLiteral("added_by_hand"), list->memberIds.contains(recipient.contactId) },
            { QStringLiteral("respects_embargoes"), recipient.respectsEmbargoes } });
    }
    QJsonArray left;
    for (const RecipientResolver::Exclusion &exclusion : std::as_const(excluded)) {
        left.append(QJsonObject { { QStringLiteral("id"), exclusion.contactId },
            { QStringLiteral("name"), exclusion.name }, { QStringLiteral("email"), exclusion.email },
            { QStringLiteral("reason"), exclusion.reasonKey() }, { QStringLiteral("detail"), exclusion.detail } });
    }
    if (*format == OutputFormat::Json) {
        Output::writeJson(context.out,
            QJsonObject { { QStringLiteral("id"), list->id }, { QStringLiteral("name"), list->name },
                { QStringLiteral("description"), list->description }, { QStringLiteral("filter"), list->filter },
                { QStringLiteral("members"), members }, { QStringLiteral("excluded"), left } });
        return ExitSuccess;
    }
    context.out << list->name << '\n';
    if (!list->description.isEmpty())
        context.out << list->description << '\n';
    if (!list->filter.isEmpty())
        context.out << QCoreApplication::translate("Cli", "Saved filter: %1").arg(list->filter) << '\n';
    context.out << QCoreApplication::translate("Cli", "%1 recipients, %2 left out").arg(members.size()).arg(left.size())
                << '\n';
    for (const Recipient &recipient : *recipients)
        context.out << "  " << recipient.name << " <" << recipient.email << "> "
                    << recipient.languages.join(QLatin1Char(',')) << '\n';
    for (const RecipientResolver::Exclusion &exclusion : std::as_const(excluded))
        context.out << "  - " << exclusion.name << ": " << exclusion.reasonText() << '\n';
    return ExitSuccess;
}

} // namespace pressdesk
