#include "showcommand.h"

#include "commandline.h"
#include "contactcommands.h"
#include "domain/domainjson.h"
#include "output.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pressdesk {

namespace {

const QString usage = QStringLiteral("pressdesk show release|speaker|event|organization ID [--format json|text]");

// Readable "key: value" lines; nested lists become indented blocks.
void writeText(QTextStream &out, const QJsonObject &object, int indent = 0)
{
    const QString pad(indent, QLatin1Char(' '));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isArray()) {
            const QJsonArray items = it.value().toArray();
            out << pad << it.key() << ":";
            if (items.isEmpty())
                out << " -";
            out << '\n';
            for (const QJsonValue &item : items) {
                if (item.isObject()) {
                    out << pad << "  -\n";
                    writeText(out, item.toObject(), indent + 4);
                } else {
                    out << pad << "  - " << Output::cellText(item) << '\n';
                }
            }
        } else {
            const QString text = Output::cellText(it.value());
            if (text.contains(QLatin1Char('\n'))) {
                out << pad << it.key() << ":\n";
                const QStringList lines = text.split(QLatin1Char('\n'));
                for (const QString &lineText : lines)
                    out << pad << "    " << lineText << '\n';
            } else {
                out << pad << it.key() << ": " << text << '\n';
            }
        }
    }
}

} // namespace

int ShowCommand::run(CliContext &context, const QStringList &arguments)
{
    if (ContactCommands::firstPositional(arguments, { QStringLiteral("format") }) == QLatin1String("list"))
        return ContactCommands::showList(context, arguments);
    CommandLine line(arguments, { QStringLiteral("format") }, {});
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (line.positional().size() != 2)
        return context.usageError(QCoreApplication::translate("Cli", "Say what to show and its id."), usage);
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("text")),
        { OutputFormat::Json, OutputFormat::Text });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be json or text."), usage);
    const QString what = line.positional().at(0);
    bool isNumber = false;
    const qint64 id = line.positional().at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usageError(
            QCoreApplication::translate("Cli", "\"%1\" is not an id; ids are positive whole numbers.")
                .arg(line.positional().at(1)),
            usage);

    if (!QStringList { QStringLiteral("release"), QStringLiteral("speaker"), QStringLiteral("event"),
            QStringLiteral("organization") }
             .contains(what))
        return context.usageError(QCoreApplication::translate("Cli", "Cannot show \"%1\".").arg(what), usage);
    Database *opened = context.openDatabase();
    if (!opened)
        return ExitFailure;
    Database &database = *opened;
    std::optional<QJsonObject> object;
    QString error;
    if (what == QLatin1String("release")) {
        ReleaseRepository repository(database);
        if (const auto release = repository.load(id)) {
            object = json::release(*release);
            // The team's review of it: comments and approvals.
            TeamRepository team(database);
            QJsonArray comments;
            for (const TeamRepository::Comment &comment : team.comments(id))
                comments.append(QJsonObject { { QStringLiteral("id"), comment.id },
                    { QStringLiteral("author"), comment.author }, { QStringLiteral("field"), comment.field },
                    { QStringLiteral("parent_id"), comment.parentId > 0 ? QJsonValue(comment.parentId) : QJsonValue() },
                    { QStringLiteral("text"), comment.text }, { QStringLiteral("created_at"), comment.createdAt },
                    { QStringLiteral("resolved"), comment.resolved } });
            QJsonArray approvals;
            for (const TeamRepository::Approval &approval : team.approvals(id))
                approvals.append(QJsonObject { { QStringLiteral("author"), approval.author },
                    { QStringLiteral("revision"), approval.revision },
                    { QStringLiteral("created_at"), approval.createdAt } });
            object->insert(QStringLiteral("comments"), comments);
            object->insert(QStringLiteral("approvals"), approvals);
            error = team.errorString();
        }
        if (error.isEmpty())
            error = repository.errorString();
    } else if (what == QLatin1String("speaker")) {
        SpeakerRepository repository(database);
        if (const auto speaker = repository.load(id))
            object = json::speaker(*speaker);
        error = repository.errorString();
    } else if (what == QLatin1String("event")) {
        EventRepository repository(database);
        if (const auto event = repository.load(id))
            object = json::event(*event);
        error = repository.errorString();
    } else {
        OrganizationRepository repository(database);
        if (const auto organization = repository.load(id))
            object = json::organization(*organization);
        error = repository.errorString();
    }
    if (!error.isEmpty())
        return context.failure(
            QCoreApplication::translate("Cli", "Reading %1 %2 failed: %3").arg(what).arg(id).arg(error));
    if (!object)
        return context.failure(QCoreApplication::translate("Cli", "There is no %1 with id %2.").arg(what).arg(id));
    if (*format == OutputFormat::Json)
        Output::writeJson(context.out, *object);
    else
        writeText(context.out, *object);
    return ExitSuccess;
}

} // namespace pressdesk
