#include "teamcommand.h"

#include "commandline.h"
#include "output.h"
#include "storage/database.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace pressdesk {

namespace {

const QString usage =
    QStringLiteral("pressdesk team init postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…]\n"
                   "       pressdesk team add-user NAME --role contributor|editor|publisher|admin [--full-name TEXT] "
                   "[--email ADDRESS] [--password-stdin]\n"
                   "       pressdesk team set-role NAME ROLE\n"
                   "       pressdesk team remove-user NAME\n"
                   "       pressdesk team reset-password NAME\n"
                   "       pressdesk team users [--format table|json]\n"
                   "       pressdesk team password   (reads your new password from standard input)");

// A one-time password, printed once for the admin to hand over (add-user, reset-password).
void printOneTimePassword(CliContext &context, const QString &name, const QString &password)
{
    context.out << QCoreApplication::translate("Cli",
        "One-time password: %1\nIt is shown only now: give it to %2 in person. It expires in 7 days; at "
        "first connection they choose their own (in the window, or with pressdesk team password).")
                       .arg(password, name)
                << '\n';
}

int init(CliContext &context, const QStringList &positional)
{
    if (positional.size() != 2)
        return context.usageError(QCoreApplication::translate("Cli", "team init needs a server address."), usage);
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

int users(CliContext &context, const CommandLine &line)
{
    const auto format = parseOutputFormat(line.value(QStringLiteral("format")).value_or(QStringLiteral("table")),
        { OutputFormat::Table, OutputFormat::Json });
    if (!format)
        return context.usageError(QCoreApplication::translate("Cli", "--format must be table or json."), usage);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    TeamRepository team(*database);
    const QList<TeamRepository::Person> people = team.people();
    if (!team.errorString().isEmpty())
        return context.failure(team.errorString());
    QJsonArray rows;
    for (const TeamRepository::Person &person : people)
        rows.append(
            QJsonObject { { QStringLiteral("name"), person.name }, { QStringLiteral("full_name"), person.fullName },
                { QStringLiteral("role"), person.role }, { QStringLiteral("last_seen"), person.lastSeen } });
    Output::write(context.out, *format,
        { QStringLiteral("name"), QStringLiteral("full_name"), QStringLiteral("role"), QStringLiteral("last_seen") },
        rows);
    return ExitSuccess;
}

int addUser(CliContext &context, const CommandLine &line)
{
    if (line.positional().size() != 2)
        return context.usageError(
            QCoreApplication::translate("Cli", "team add-user needs the person's login name."), usage);
    const std::optional<QString> role = line.value(QStringLiteral("role"));
    if (!role || !TeamRepository::roles().contains(*role))
        return context.usageError(
            QCoreApplication::translate("Cli", "--role must be contributor, editor, publisher or admin."), usage);
    TeamRepository::Person person;
    person.name = line.positional().at(1);
    person.role = *role;
    person.fullName = line.value(QStringLiteral("full-name")).value_or(QString());
    person.email = line.value(QStringLiteral("email")).value_or(QString());
    QString password;
    const bool fromStdin = line.isSet(QStringLiteral("password-stdin"));
    if (fromStdin) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.failure(QCoreApplication::translate("Cli", "Cannot read the password from standard input."));
        password = QString::fromUtf8(input.readLine()).trimmed();
        if (password.isEmpty())
            return context.usageError(
                QCoreApplication::translate("Cli", "--password-stdin read an empty password."), usage);
    } else {
        password = TeamRepository::oneTimePassword();
    }
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    TeamRepository team(*database);
    if (!team.addPerson(person, password, !fromStdin))
        return context.failure(team.errorString());
    context.out
        << QCoreApplication::translate("Cli", "%1 is added to this newsroom as %2.").arg(person.name, person.role)
        << '\n';
    if (!fromStdin)
        printOneTimePassword(context, person.name, password);
    return ExitSuccess;
}

int setRole(CliContext &context, const CommandLine &line)
{
    if (line.positional().size() != 3)
        return context.usageError(
            QCoreApplication::translate("Cli", "team set-role needs a login name and a role."), usage);
    const QString name = line.positional().at(1);
    const QString role = line.positional().at(2);
    if (!TeamRepository::roles().contains(role))
        return context.usageError(
            QCoreApplication::translate("Cli", "The role must be contributor, editor, publisher or admin."), usage);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    TeamRepository team(*database);
    if (!team.setRole(name, role))
        return context.failure(team.errorString());
    context.out << QCoreApplication::translate("Cli", "%1's role is now %2.").arg(name, role) << '\n';
    return ExitSuccess;
}

int removeUser(CliContext &context, const CommandLine &line)
{
    if (line.positional().size() != 2)
        return context.usageError(
            QCoreApplication::translate("Cli", "team remove-user needs the person's login name."), usage);
    const QString name = line.positional().at(1);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    TeamRepository team(*database);
    if (!team.removePerson(name))
        return context.failure(team.errorString());
    context.out << QCoreApplication::translate(
        "Cli", "%1 can no longer connect; their releases, comments and history stay, with their name.")
                       .arg(name)
                << '\n';
    return ExitSuccess;
}

// An admin's reset for a person who lost their password, as People ▸ Reset Password… does.
int resetPassword(CliContext &context, const CommandLine &line)
{
    if (line.positional().size() != 2)
        return context.usageError(
            QCoreApplication::translate("Cli", "team reset-password needs the person's login name."), usage);
    const QString name = line.positional().at(1);
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    const QString password = TeamRepository::oneTimePassword();
    TeamRepository team(*database);
    if (!team.resetPassword(name, password))
        return context.failure(team.errorString());
    context.out << QCoreApplication::translate("Cli",
        "%1's password is reset: the old one no longer works, and until they choose their own they can do "
        "nothing else.")
                       .arg(name)
                << '\n';
    printOneTimePassword(context, name, password);
    return ExitSuccess;
}

int changePassword(CliContext &context, const CommandLine &line)
{
    if (line.positional().size() != 1)
        return context.usageError(QCoreApplication::translate("Cli",
                                      "team password takes no other words; the password comes on standard input."),
            usage);
    // A file needs no password: refused before standard input is read.
    if (!StoreLocation::looksLikeServer(context.databasePath()))
        return context.failure(QCoreApplication::translate(
            "Cli", "A Pressdesk file has no password; team password changes yours on a team newsroom (a server)."));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.failure(QCoreApplication::translate("Cli", "Cannot read the password from standard input."));
    // The end of line is not part of the password; spaces inside it are.
    QString chosen = QString::fromUtf8(input.readLine());
    while (chosen.endsWith(QLatin1Char('\n')) || chosen.endsWith(QLatin1Char('\r')))
        chosen.chop(1);
    if (chosen.isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "team password read an empty password from standard input."), usage);
    context.allowPasswordChangeOnly();
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    TeamRepository team(*database);
    if (!team.changePassword(chosen))
        return context.failure(team.errorString());
    context.out << QCoreApplication::translate("Cli", "The password of %1 is changed.").arg(team.currentUser()) << '\n';
    return ExitSuccess;
}

} // namespace

int TeamCommand::run(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments,
        { QStringLiteral("role"), QStringLiteral("full-name"), QStringLiteral("email"), QStringLiteral("format") },
        { QStringLiteral("password-stdin") });
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    const QStringList positional = line.positional();
    const QString action = positional.value(0);
    if (action == QLatin1String("init"))
        return init(context, positional);
    if (action == QLatin1String("users"))
        return users(context, line);
    if (action == QLatin1String("add-user"))
        return addUser(context, line);
    if (action == QLatin1String("set-role"))
        return setRole(context, line);
    if (action == QLatin1String("remove-user"))
        return removeUser(context, line);
    if (action == QLatin1String("reset-password"))
        return resetPassword(context, line);
    if (action == QLatin1String("password"))
        return changePassword(context, line);
    return context.usageError(
        QCoreApplication::translate(
            "Cli", "team needs init, add-user, set-role, remove-user, reset-password, users or password."),
        usage);
}

} // namespace pressdesk
