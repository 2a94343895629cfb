#include "publishsitecommand.h"

#include "commandline.h"
#include "publish/sitebuilder.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace pressdesk {

namespace {

const QString usage = QStringLiteral("pressdesk publish-site --out DIR [--base-url URL] [--language CODE]... "
                                     "[--templates DIR] [--no-pdf] [--format text|json]");

// --language may be repeated and takes comma-separated lists; CommandLine keeps one value
// per option, so the languages are taken out first.
QStringList takeLanguages(QStringList &arguments, QString *error)
{
    QStringList languages;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString value;
        if (argument == QLatin1String("--language")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                *error = QCoreApplication::translate("Cli", "--language needs a language code, such as en or es.");
                return {};
            }
            value = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--language="))) {
            value = argument.mid(11);
        } else {
            rest.append(argument);
            continue;
        }
        const QStringList codes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &code : codes) {
            const QString trimmed = code.trimmed();
            static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
            if (!tag.match(trimmed).hasMatch()) {
                *error =
                    QCoreApplication::translate("Cli", "\"%1\" is not a language code (en, es, pt-BR…).").arg(trimmed);
                return {};
            }
            if (!languages.contains(trimmed))
                languages.append(trimmed);
        }
    }
    arguments = rest;
    return languages;
}

} // namespace

int PublishSiteCommand::run(CliContext &context, const QStringList &arguments)
{
    QStringList rest = arguments;
    QString languageError;
    const QStringList languages = takeLanguages(rest, &languageError);
    if (!languageError.isEmpty())
        return context.usageError(languageError, usage);
    CommandLine line(rest,
        { QStringLiteral("out"), QStringLiteral("base-url"), QStringLiteral("templates"), QStringLiteral("format") },
        { QStringLiteral("no-pdf") });
    if (!line.isValid())
        return context.usageError(line.errorString(), usage);
    if (!line.positional().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "publish-site takes no arguments; give the folder with --out DIR."),
            usage);
    const QString out = line.value(QStringLiteral("out")).value_or(QString());
    if (out.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "publish-site needs --out DIR."), usage);
    const QString format = line.value(QStringLiteral("format")).value_or(QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.usageError(
            QCoreApplication::translate("Cli", "Unknown format \"%1\"; use text or json.").arg(format), usage);
    const QString baseUrl = line.value(QStringLiteral("base-url")).value_or(QString());
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return context.usageError(
                QCoreApplication::translate("Cli", "\"%1\" is not an http or https address.").arg(baseUrl), usage);
    }
    const QString templates = line.value(QStringLiteral("templates")).value_or(QString());
    if (!templates.isEmpty() && !QFileInfo(templates).isDir())
        return context.usageError(
            QCoreApplication::translate("Cli", "The template folder %1 does not exist.").arg(templates), usage);

    Database *database = context.openDatabase();
    if (!database)
        return ExitFailure;
    SiteOptions options;
    options.folder = QDir().absoluteFilePath(out);
    options.baseUrl = baseUrl;
    options.languages = languages;
    options.templateFolder = templates.isEmpty() ? QString() : QDir().absoluteFilePath(templates);
    options.pdfs = !line.isSet(QStringLiteral("no-pdf"));
    QElapsedTimer timer;
    timer.start();
    SiteBuilder builder(*database);
    if (!builder.publish(options))
        return context.failure(builder.errorString());
    const SiteReport report = builder.report();
    if (format == QLatin1String("json")) {
        const QJsonObject object { { QStringLiteral("folder"), QDir::toNativeSeparators(options.folder) },
            { QStringLiteral("base_url"), options.normalizedBaseUrl() },
            { QStringLiteral("languages"), QJsonArray::fromStringList(report.languages) },
            { QStringLiteral("releases"), report.releases }, { QStringLiteral("pages"), report.pages },
            { QStringLiteral("pdfs_made"), report.pdfsMade }, { QStringLiteral("written"), report.written },
            { QStringLiteral("unchanged"), report.unchanged }, { QStringLiteral("removed"), report.removed },
            { QStringLiteral("milliseconds"), timer.elapsed() } };
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        context.out << QCoreApplication::translate("Cli",
            "Published %1 releases in %2 (%3 pages) to %4\n"
            "%5 files written, %6 unchanged, %7 removed; %8 PDFs made; %9 ms\n")
                           .arg(report.releases)
                           .arg(report.languages.join(QStringLiteral(", ")))
                           .arg(report.pages)
                           .arg(QDir::toNativeSeparators(options.folder))
                           .arg(report.written)
                           .arg(report.unchanged)
                           .arg(report.removed)
                           .arg(report.pdfsMade)
                           .arg(timer.elapsed());
        if (baseUrl.isEmpty())
            context.out << QCoreApplication::translate(
                "Cli", "No --base-url: canonical links, the feeds and the sitemap point at %1.\n")
                               .arg(options.normalizedBaseUrl());
    }
    return ExitSuccess;
}

} // namespace pressdesk
