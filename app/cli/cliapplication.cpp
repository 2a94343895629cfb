#include "cliapplication.h"

#include "backupcommand.h"
#include "checkcommand.h"
#include "clicontext.h"
#include "commandline.h"
#include "commentcommand.h"
#include "copycommand.h"
#include "databaselocation.h"
#include "democommand.h"
#include "i18n/translations.h"
#include "importcommand.h"
#include "listcommand.h"
#include "restorecommand.h"
#include "salvagecommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "statuscommand.h"
#include "teamcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>

#ifndef PRESSDESK_CLI_ONLY
#include "exportcommand.h"
#include "outboxcommand.h"
#include "publishsitecommand.h"
#include "sendcommand.h"

#include <QGuiApplication>
#endif

namespace pressdesk {

namespace {

const QStringList commands = { QStringLiteral("demo"), QStringLiteral("list"), QStringLiteral("show"),
    QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("search"), QStringLiteral("backup"),
    QStringLiteral("restore"), QStringLiteral("salvage"), QStringLiteral("import"), QStringLiteral("copy"),
    QStringLiteral("team"), QStringLiteral("publish-site"), QStringLiteral("status"), QStringLiteral("comment"),
    QStringLiteral("send"), QStringLiteral("outbox"), QStringLiteral("sent") };

// Splits off the global options wherever they stand; the first other word is the command.
struct GlobalOptions
{
    QString database;
    bool help = false;
    bool version = false;
    QString error;
    QStringList rest;
};

GlobalOptions parseGlobal(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--database")) {
            if (i + 1 >= arguments.size()) {
                options.error = QCoreApplication::translate("Cli", "--database needs a file name.");
                return options;
            }
            options.database = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--database="))) {
            options.database = argument.mid(11);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.help = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            options.version = true;
        } else {
            options.rest.append(argument);
        }
    }
    return options;
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

bool CliApplication::isDatabaseFileArgument(const QString &argument)
{
    if (argument.isEmpty() || argument.startsWith(QLatin1Char('-')) || commands.contains(argument))
        return false;
    return argument.endsWith(QLatin1String(".pressdesk"), Qt::CaseInsensitive) || QFileInfo(argument).isFile();
}

bool CliApplication::wantsCommandLine(int argc, char *argv[])
{
    const GlobalOptions options = parseGlobal(argumentList(argc, argv));
    if (options.help || options.version || !options.error.isEmpty())
        return true;
    QStringList words;
    for (const QString &argument : options.rest) {
        if (!argument.startsWith(QLatin1Char('-')))
            words.append(argument);
    }
    if (words.isEmpty())
        return false;
    // `pressdesk FILE` (a file manager's double click) opens that database in the window.
    const bool onlyAFile = words.size() == 1 && options.database.isEmpty() && isDatabaseFileArgument(words.first());
    return !onlyAFile;
}

bool CliApplication::needsGui(int argc, char *argv[])
{
    const QString command = parseGlobal(argumentList(argc, argv)).rest.value(0);
    // send makes PDFs; outbox and sent live beside it, in the program that links the mailer.
    return command == QLatin1String("export") || command == QLatin1String("publish-site")
        || command == QLatin1String("send") || command == QLatin1String("outbox") || command == QLatin1String("sent");
}

QString CliApplication::usage()
{
    return QCoreApplication::translate("Cli",
        "Usage: pressdesk [--database FILE] [COMMAND [ARGUMENTS]]\n"
        "       pressdesk [FILE]\n"
        "\n"
        "Without a command, opens the Pressdesk window (on FILE when given).\n"
        "\n"
        "Commands:\n"
        "  demo [--releases N] [--seed S]   add the demo newsroom, or N synthetic releases\n"
        "  list releases|speakers|events|organizations [--status S] [--limit N]\n"
        "       [--format table|json|csv]\n"
        "  list releases --for-my-review    the releases in review you are asked to review\n"
        "  list contacts [--search QUERY] | list lists   media contacts and lists\n"
        "  show release|speaker|event|organization ID [--format json|text]\n"
        "  show list NAME [--format json|text]   a media list and who is on it now\n"
        "  check                            integrity check and schema version\n"
        "  search QUERY [--in releases|speakers|events] [--limit N] [--format table|json]\n"
        "  backup [--to FILE]               a verified copy, safe while Pressdesk runs\n"
        "  restore FILE                     replace the database with a backup (kept aside)\n"
        "  salvage [--to FILE]              rescue what can be read from a damaged database\n"
        "  export release ID... --format pdf|html|odt|md|txt|ninjs [--output FILE|DIR|-]\n"
        "       [--fragment] [--pdfa] [--paper a4|letter]\n"
        "  export releases (--all | --status S) --format FMT --out-dir DIR\n"
        "  export event ID...|--all [--format ics] [--output FILE|-]\n"
        "  export speaker ID...|--all [--format vcf] [--output FILE|-]\n"
        "  export list NAME [--format csv|vcf] [--output FILE|-]\n"
        "  import FILE... [--format auto|text|md|html|ninjs|csv|ics|vcf] [--dry-run] [--strict]\n"
        "       [--on-duplicate skip|update|keep-both] [--format-output text|json]\n"
        "  import FILE... --into contacts [--format auto|csv|vcf] [--list NAME]\n"
        "       [--map COLUMN=FIELD]... [--on-duplicate skip|update] [--dry-run]\n"
        "  copy --from FILE|URL --to FILE|URL [--format text|json]\n"
        "                                   a whole newsroom into a new file or an empty server\n"
        "  team init URL                    make an empty PostgreSQL database a team newsroom\n"
        "  team add-user NAME --role ROLE [--full-name TEXT] [--email ADDRESS] [--password-stdin]\n"
        "  team set-role NAME ROLE | team remove-user NAME | team users [--format table|json]\n"
        "  team reset-password NAME         a new one-time password for a person (admins)\n"
        "  team password                    choose your password (read from standard input)\n"
        "  status release ID STATUS [--comment TEXT]   move a release through the workflow\n"
        "  status release ID in_review --reviewer NAME [NAME…]   ask editors to review it\n"
        "  comment release ID --text TEXT [--field FIELD] [--reply-to ID] | comment resolve|reopen ID\n"
        "  publish-site --out DIR [--base-url URL] [--language CODE]... [--templates DIR]\n"
        "       [--no-pdf] [--format text|json]   the public releases as a static press room\n"
        "  send release ID [--list NAME]... [--recipient \"NAME <EMAIL>[;LANG,...]\"]... (--eml-dir DIR |\n"
        "       --smtp URL [--user USER] [--password-env VAR]) [--from \"NAME <EMAIL>\"] [--dry-run]\n"
        "                                   e-mail a release: drafts, or through the outbox\n"
        "  outbox [--retry] [--resend-uncertain] [--format table|json]\n"
        "  sent release ID [--format table|json|csv]   who received which version, when, how\n"
        "\n"
        "Options:\n"
        "  --database FILE|URL   the newsroom to use: a file, or a server as\n"
        "                    postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=CA]\n"
        "                    (also $PRESSDESK_DATABASE; the password from PGPASSWORD or ~/.pgpass)\n"
        "  --exit-after-startup   open the window, print the start-up time, exit\n"
        "  --help, --version\n"
        "\n"
        "Exit codes: 0 success, 1 failure, 2 usage error.\n");
}

int CliApplication::run(int argc, char *argv[])
{
    // Export lays out text and writes PDF, which needs QtGui's fonts: only that command
    // pays for a QGuiApplication, on the offscreen platform unless the user chose one.
    std::unique_ptr<QCoreApplication> application;
#ifndef PRESSDESK_CLI_ONLY
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    Translations::installCommandLine(app);
    QFile outFile;
    QFile errFile;
    (void)outFile.open(stdout, QIODevice::WriteOnly);
    (void)errFile.open(stderr, QIODevice::WriteOnly);
    QTextStream out(&outFile);
    QTextStream err(&errFile);

    const GlobalOptions options = parseGlobal(QCoreApplication::arguments().mid(1));
    if (!options.error.isEmpty()) {
        err << options.error << '\n' << usage();
        return ExitUsage;
    }
    if (options.version) {
        out << "pressdesk " << QCoreApplication::applicationVersion() << '\n';
        return ExitSuccess;
    }
    if (options.help) {
        out << usage();
        return ExitSuccess;
    }
    const QString command = options.rest.value(0);
    if (!commands.contains(command)) {
        if (isDatabaseFileArgument(command)) {
            err << QCoreApplication::translate("Cli",
                "\"%1\" is a file, not a command. To open a database in the window, give only its "
                "file name; to run a command on it, use --database FILE.")
                       .arg(command)
                << "\n\n"
                << usage();
            return ExitUsage;
        }
        err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << "\n\n" << usage();
        return ExitUsage;
    }
    const QStringList arguments = options.rest.mid(1);

    const DatabaseLocation location = DatabaseLocation::resolve(options.database);
    CliContext context(location.path, location.isDefault, out, err);
    const int code = [&] {
        if (command == QLatin1String("demo"))
            return DemoCommand::run(context, arguments);
        if (command == QLatin1String("list"))
            return ListCommand::run(context, arguments);
        if (command == QLatin1String("show"))
            return ShowCommand::run(context, arguments);
#ifndef PRESSDESK_CLI_ONLY
        if (command == QLatin1String("export"))
            return ExportCommand::run(context, arguments);
        if (command == QLatin1String("publish-site"))
            return PublishSiteCommand::run(context, arguments);
        if (command == QLatin1String("send"))
            return SendCommand::run(context, arguments);
        if (command == QLatin1String("outbox"))
            return OutboxCommand::run(context, arguments);
        if (command == QLatin1String("sent"))
            return OutboxCommand::runSent(context, arguments);
#endif
        if (command == QLatin1String("search"))
            return SearchCommand::run(context, arguments);
        if (command == QLatin1String("backup"))
            return BackupCommand::run(context, arguments);
        if (command == QLatin1String("restore"))
            return RestoreCommand::run(context, arguments);
        if (command == QLatin1String("salvage"))
            return SalvageCommand::run(context, arguments);
        if (command == QLatin1String("import"))
            return ImportCommand::run(context, arguments);
        if (command == QLatin1String("copy"))
            return CopyCommand::run(context, arguments);
        if (command == QLatin1String("team"))
            return TeamCommand::run(context, arguments);
        if (command == QLatin1String("status"))
            return StatusCommand::run(context, arguments);
        if (command == QLatin1String("comment"))
            return CommentCommand::run(context, arguments);
        return CheckCommand::run(context, arguments);
    }();
    // A person who must first choose a password (a one-time password) was refused.
    return context.refusedForPassword() ? ExitPasswordChange : code;
}

} // namespace pressdesk
