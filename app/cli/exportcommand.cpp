#include "exportcommand.h"

#include "commandline.h"
#include "distribution/recipientresolver.h"
#include "export/batchexporter.h"
#include "export/contactexporter.h"
#include "export/exportfile.h"
#include "export/exportformat.h"
#include "export/exportsource.h"
#include "export/icalendarexporter.h"
#include "export/releaseexporter.h"
#include "export/vcardexporter.h"
#include "storage/contactrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace pressdesk {

namespace {

const QString usage = QStringLiteral(
    "pressdesk export release ID... --format pdf|html|odt|md|txt|ninjs [--output FILE|DIR|-] [--fragment] [--pdfa] "
    "[--paper a4|letter]\n"
    "       pressdesk export releases (--all | --status S) --format FMT --out-dir DIR [--pdfa] [--paper a4|letter]\n"
    "       pressdesk export event ID...|--all [--format ics] [--output FILE|-]\n"
    "       pressdesk export speaker ID...|--all [--format vcf] [--output FILE|-]\n"
    "       pressdesk export list NAME [--format csv|vcf] [--output FILE|-]");

// The usage line of what is exported ("export event …" for an event), or all of them.
QString usageFor(const QString &what)
{
    const QStringList lines = usage.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("pressdesk export ") + what + QLatin1Char(' ')))
            return line.trimmed();
    }
    return usage;
}

// Writes bytes to stdout (binary safe: the text stream is flushed first) or to a file.
bool deliver(CliContext &context, const QString &output, const QByteArray &bytes, bool announce)
{
    if (output == QLatin1String("-")) {
        context.out.flush();
        QIODevice *device = context.out.device();
        const bool ok = device && device->write(bytes) == bytes.size();
        if (!ok)
            context.failure(QCoreApplication::translate("Cli", "Could not write to standard output."));
        return ok;
    }
    QString error;
    if (!ExportFile::write(output, bytes, &error)) {
        context.failure(error);
        return false;
    }
    if (announce)
        context.out << QDir::toNativeSeparators(output) << '\n';
    return true;
}

std::optional<QList<qint64>> parseIds(CliContext &context, const QStringList &texts, int *exitCode)
{
    QList<qint64> ids;
    for (const QString &text : texts) {
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            *exitCode = context.usageError(
                QCoreApplication::translate("Cli", "\"%1\" is not an id; ids are positive whole numbers.").arg(text),
                usage);
            return std::nullopt;
        }
        ids.append(id);
    }
    return ids;
}

struct Options
{
    ExportFormat format = ExportFormat::Pdf;
    ExportContext context;
};

int exportReleases(CliContext &context, CommandLine &line, const Options &options, const QList<qint64> &ids)
{
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    ExportSource source(*database);
    QList<std::pair<Release, ExportContext>> releases;
    for (qint64 id : ids) {
        const std::optional<Release> release = source.release(id);
        if (!source.errorString().isEmpty())
            return context.failure(
                QCoreApplication::translate("Cli", "Reading release %1 failed: %2").arg(id).arg(source.errorString()));
        if (!release)
            return context.failure(QCoreApplication::translate("Cli", "There is no release with id %1.").arg(id));
        ExportContext exportContext = source.contextFor(*release);
        exportContext.paperSize = options.context.paperSize;
        exportContext.pdfA = options.context.pdfA;
        exportContext.fragment = options.context.fragment;
        releases.append({ *release, exportContext });
    }

    const QString output = line.value(QStringLiteral("output")).value_or(QString());
    const bool toFolder = output.isEmpty() || QFileInfo(output).isDir();
    bool allWritten = true;
    for (const auto &[release, exportContext] : std::as_const(releases)) {
        QString error;
        const QByteArray bytes = ReleaseExporter::render(options.format, release, exportContext, &error);
        if (bytes.isEmpty() && !error.isEmpty()) {
            context.failure(
                QCoreApplication::translate("Cli", "Could not export release %1: %2").arg(release.id).arg(error));
            allWritten = false;
            continue;
        }
        const QString target = toFolder ? QDir(output.isEmpty() ? QStringLiteral(".") : output)
                                              .filePath(ExportFile::releaseFileName(release, options.format))
                                        : output;
        allWritten = deliver(context, target, bytes, output != QLatin1String("-")) && allWritten;
    }
    return allWritten ? ExitSuccess : ExitFailure;
}

int exportBatch(CliContext &context, CommandLine &line, const Options &options)
{
    const std::optional<QString> outDir = line.value(QStringLiteral("out-dir"));
    if (!outDir || outDir->isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "Say where to write the files with --out-dir DIR."), usage);
    std::optional<ReleaseStatus> status;
    if (const auto statusText = line.value(QStringLiteral("status"))) {
        status = statusFromKey(*statusText);
        if (!status)
            return context.usageError(
                QCoreApplication::translate(
                    "Cli", "Unknown status \"%1\"; use draft, in_review, approved, published or archived.")
                    .arg(*statusText),
                usage);
    } else if (!line.isSet(QStringLiteral("all"))) {
        return context.usageError(
            QCoreApplication::translate("Cli", "Say which releases: --all or --status S."), usage);
    }
    if (!QDir().mkpath(*outDir))
        return context.failure(
            QCoreApplication::translate("Cli", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(*outDir)));
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;

    QElapsedTimer timer;
    timer.start();
    ExportSource source(*database);
    const QList<qint64> ids = source.releaseIds(status);
    if (!source.errorString().isEmpty())
        return context.failure(
            QCoreApplication::translate("Cli", "Reading the releases failed: %1").arg(source.errorString()));
    BatchExporter batch(*database, options.format, *outDir);
    batch.setOptions(options.context);
    int failed = 0;
    batch.run(ids, [&](int, int, const BatchExporter::Result &result) {
        if (result.ok) {
            context.out << QDir::toNativeSeparators(result.path) << '\n';
        } else {
            ++failed;
            context.err
                << QCoreApplication::translate("Cli", "Release %1 failed: %2").arg(result.releaseId).arg(result.error)
                << '\n';
        }
        return true;
    });
    const int written = static_cast<int>(ids.size()) - failed;
    const QString seconds = QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1);
    if (failed == 0) {
        context.out << QCoreApplication::translate("Cli", "Exported %1 releases as %2 to %3 in %4 s.")
                           .arg(QString::number(written), exportFormatKey(options.format),
                               QDir::toNativeSeparators(*outDir), seconds)
                    << '\n';
        return ExitSuccess;
    }
    context.out << QCoreApplication::translate("Cli", "Exported %1 of %2 releases as %3 to %4 in %5 s; %6 failed.")
                       .arg(QString::number(written), QString::number(ids.size()), exportFormatKey(options.format),
                           QDir::toNativeSeparators(*outDir), seconds, QString::number(failed))
                << '\n';
    return ExitFailure;
}

int exportEventsOrSpeakers(CliContext &context, CommandLine &line, bool events, const QList<qint64> &requested)
{
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    ExportSource source(*database);
    QList<qint64> ids = requested;
    if (line.isSet(QStringLiteral("all")))
        ids = events ? source.eventIds() : source.speakerIds();
    if (!source.errorString().isEmpty())
        return context.failure(QCoreApplication::translate("Cli", "Reading failed: %1").arg(source.errorString()));

    QByteArray bytes;
    QString defaultName;
    if (events) {
        QList<Event> loaded;
        for (qint64 id : std::as_const(ids)) {
            const std::optional<Event> event = source.event(id);
            if (!event)
                return context.failure(QCoreApplication::translate("Cli", "There is no event with id %1.").arg(id));
            loaded.append(*event);
        }
        bytes = ICalendarExporter::render(loaded, source.contextFor(loaded));
        defaultName = loaded.size() == 1 ? loaded.first().start.date().toString(Qt::ISODate) + QLatin1Char('-')
                + ExportFile::slug(loaded.first().name) + QStringLiteral(".ics")
                                         : QStringLiteral("events.ics");
    } else {
        QList<Speaker> loaded;
        for (qint64 id : std::as_const(ids)) {
            const std::optional<Speaker> speaker = source.speaker(id);
            if (!speaker)
                return context.failure(QCoreApplication::translate("Cli", "There is no speaker with id %1.").arg(id));
            loaded.append(*speaker);
        }
        bytes = VCardExporter::render(loaded, source.contextFor(QList<Event> {}));
        defaultName = loaded.size() == 1 ? ExportFile::slug(loaded.first().fullName) + QStringLiteral(".vcf")
                                         : QStringLiteral("speakers.vcf");
    }
    QString output = line.value(QStringLiteral("output")).value_or(QString());
    if (output.isEmpty() || QFileInfo(output).isDir())
        output = QDir(output.isEmpty() ? QStringLiteral(".") : output).filePath(defaultName);
    return deliver(context, output, bytes, output != QLatin1String("-")) ? ExitSuccess : ExitFailure;
}

// Everyone on a media list now (those left out of a send too, with their marks) as CSV or vCard.
int exportList(CliContext &context, CommandLine &line)
{
    const QStringList positional = line.positional();
    if (positional.size() != 2)
        return context.usageError(
            QCoreApplication::translate("Cli", "Name the list to export."), usageFor(QStringLiteral("list")));
    const QString format = line.value(QStringLiteral("format")).value_or(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("vcf"))
        return context.usageError(QCoreApplication::translate("Cli", "Unknown format \"%1\" for %2; use %3.")
                                      .arg(format, QStringLiteral("list"), QStringLiteral("csv|vcf")),
            usageFor(QStringLiteral("list")));
    for (const char *option : { "out-dir", "status", "paper", "fragment", "pdfa", "all" }) {
        if (line.isSet(QLatin1String(option)))
            return context.usageError(
                QCoreApplication::translate("Cli", "--%1 does not apply to export list.").arg(QLatin1String(option)),
                usageFor(QStringLiteral("list")));
    }
    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    RecipientResolver resolver(*database);
    QList<RecipientResolver::Exclusion> excluded;
    QString error;
    const auto recipients = resolver.resolve({ positional.at(1) }, {}, &excluded, &error);
    if (!recipients)
        return context.failure(error);
    ContactRepository repository(*database);
    QList<MediaContact> contacts;
    QList<qint64> ids;
    for (const Recipient &recipient : *recipients)
        ids.append(recipient.contactId);
    for (const RecipientResolver::Exclusion &exclusion : std::as_const(excluded))
        ids.append(exclusion.contactId);
    for (qint64 id : std::as_const(ids)) {
        if (const std::optional<MediaContact> contact = repository.load(id))
            contacts.append(*contact);
        else if (!repository.errorString().isEmpty())
            return context.failure(repository.errorString());
    }
    const bool vcard = format == QLatin1String("vcf");
    const QByteArray bytes = vcard ? ContactExporter::vcard(contacts) : ContactExporter::csv(contacts);
    QString output = line.value(QStringLiteral("output")).value_or(QString());
    const QString defaultName =
        ExportFile::slug(positional.at(1)) + (vcard ? QStringLiteral(".vcf") : QStringLiteral(".csv"));
    if (output.isEmpty() || QFileInfo(output).isDir())
        output = QDir(output.isEmpty() ? QStringLiteral(".") : output).filePath(defaultName);
    return deliver(context, output, bytes, output != QLatin1String("-")) ? ExitSuccess : ExitFailure;
}

} // namespace

int ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    CommandLine line(arguments,
        { QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("out-dir"), QStringLiteral("status"),
            QStringLiteral("paper") },
        { QStringLiteral("fragment"), QStringLiteral("pdfa"), QStringLiteral("all") });
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    const QStringList positional = line.positional();
    const QString what = positional.value(0);
    if (what == QLatin1String("list"))
        return exportList(context, line);
    if (!QStringList {
            QStringLiteral("release"), QStringLiteral("releases"), QStringLiteral("event"), QStringLiteral("speaker") }
             .contains(what))
        return context.usageError(what.isEmpty()
                ? QCoreApplication::translate("Cli", "Say what to export: release, releases, event or speaker.")
                : QCoreApplication::translate("Cli", "Cannot export \"%1\".").arg(what),
            usage);

    Options options;
    const std::optional<QString> formatText = line.value(QStringLiteral("format"));
    const bool isRelease = what.startsWith(QLatin1String("release"));
    QList<ExportFormat> allowed = releaseExportFormats();
    if (what == QLatin1String("event"))
        allowed = { ExportFormat::ICalendar };
    else if (what == QLatin1String("speaker"))
        allowed = { ExportFormat::VCard };
    if (!formatText && isRelease)
        return context.usageError(
            QCoreApplication::translate("Cli", "Say which format with --format."), usageFor(what));
    const std::optional<ExportFormat> format = formatText ? exportFormatFromKey(*formatText) : allowed.first();
    if (!format || !allowed.contains(*format)) {
        QStringList keys;
        for (ExportFormat candidate : std::as_const(allowed))
            keys.append(exportFormatKey(candidate));
        return context.usageError(QCoreApplication::translate("Cli", "Unknown format \"%1\" for %2; use %3.")
                                      .arg(formatText.value_or(QString()), what, keys.join(QLatin1Char('|'))),
            usageFor(what));
    }
    options.format = *format;
    const QString paper = line.value(QStringLiteral("paper")).value_or(QStringLiteral("a4")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return context.usageError(QCoreApplication::translate("Cli", "--paper must be a4 or letter."), usageFor(what));
    options.context.paperSize = paper == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4;
    options.context.pdfA = line.isSet(QStringLiteral("pdfa"));
    options.context.fragment = line.isSet(QStringLiteral("fragment"));
    if (options.context.pdfA && options.format != ExportFormat::Pdf)
        return context.usageError(
            QCoreApplication::translate("Cli", "--pdfa applies to --format pdf only."), usageFor(what));
    if (options.context.fragment && options.format != ExportFormat::Html)
        return context.usageError(
            QCoreApplication::translate("Cli", "--fragment applies to --format html only."), usageFor(what));

    if (what == QLatin1String("releases")) {
        if (positional.size() > 1)
            return context.usageError(
                QCoreApplication::translate("Cli", "export releases takes no ids; use export release ID..."),
                usageFor(what));
        if (line.isSet(QStringLiteral("output")))
            return context.usageError(
                QCoreApplication::translate("Cli", "export releases writes to a folder: use --out-dir DIR."),
                usageFor(what));
        return exportBatch(context, line, options);
    }
    if (line.isSet(QStringLiteral("out-dir")) || line.isSet(QStringLiteral("status")))
        return context.usageError(
            QCoreApplication::translate("Cli", "--out-dir and --status apply to export releases only."),
            usageFor(what));

    int exitCode = ExitSuccess;
    const std::optional<QList<qint64>> ids = parseIds(context, positional.mid(1), &exitCode);
    if (!ids)
        return exitCode;
    const bool all = line.isSet(QStringLiteral("all"));
    if (what == QLatin1String("release")) {
        if (all)
            return context.usageError(
                QCoreApplication::translate("Cli", "To export every release, use export releases --all --out-dir DIR."),
                usage);
        if (ids->isEmpty())
            return context.usageError(
                QCoreApplication::translate("Cli", "Say which release to export by its id."), usageFor(what));
        const QString output = line.value(QStringLiteral("output")).value_or(QString());
        if (ids->size() > 1 && !output.isEmpty() && !QFileInfo(output).isDir())
            return context.usageError(
                QCoreApplication::translate("Cli", "With several releases, --output must be an existing folder."),
                usage);
        return exportReleases(context, line, options, *ids);
    }
    if (all == !ids->isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "Give ids or --all, not both and not neither."), usageFor(what));
    return exportEventsOrSpeakers(context, line, what == QLatin1String("event"), *ids);
}

} // namespace pressdesk
