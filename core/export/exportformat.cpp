#include "exportformat.h"

#include <QCoreApplication>

namespace pressdesk {

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Text:
        return QStringLiteral("txt");
    case ExportFormat::Ninjs:
        return QStringLiteral("ninjs");
    case ExportFormat::ICalendar:
        return QStringLiteral("ics");
    case ExportFormat::VCard:
        return QStringLiteral("vcf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    for (ExportFormat format :
        { ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Odt, ExportFormat::Markdown, ExportFormat::Text,
            ExportFormat::Ninjs, ExportFormat::ICalendar, ExportFormat::VCard, ExportFormat::Csv }) {
        if (exportFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QString exportFormatExtension(ExportFormat format)
{
    // ninjs is JSON; the rest use their key as the extension.
    return format == ExportFormat::Ninjs ? QStringLiteral("json") : exportFormatKey(format);
}

QString exportFormatMimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("application/pdf");
    case ExportFormat::Html:
        return QStringLiteral("text/html");
    case ExportFormat::Odt:
        return QStringLiteral("application/vnd.oasis.opendocument.text");
    case ExportFormat::Markdown:
        return QStringLiteral("text/markdown");
    case ExportFormat::Text:
        return QStringLiteral("text/plain");
    case ExportFormat::Ninjs:
        return QStringLiteral("application/ninjs+json");
    case ExportFormat::ICalendar:
        return QStringLiteral("text/calendar");
    case ExportFormat::VCard:
        return QStringLiteral("text/vcard");
    case ExportFormat::Csv:
        return QStringLiteral("text/csv");
    }
    return {};
}

QString exportFormatFilter(ExportFormat format)
{
    const QString pattern = QStringLiteral(" (*.%1)").arg(exportFormatExtension(format));
    switch (format) {
    case ExportFormat::Pdf:
        return QCoreApplication::translate("ExportFormat", "PDF document") + pattern;
    case ExportFormat::Html:
        return QCoreApplication::translate("ExportFormat", "Web page") + pattern;
    case ExportFormat::Odt:
        return QCoreApplication::translate("ExportFormat", "OpenDocument text") + pattern;
    case ExportFormat::Markdown:
        return QCoreApplication::translate("ExportFormat", "Markdown") + pattern;
    case ExportFormat::Text:
        return QCoreApplication::translate("ExportFormat", "Plain text") + pattern;
    case ExportFormat::Ninjs:
        return QCoreApplication::translate("ExportFormat", "IPTC ninjs 2.2") + pattern;
    case ExportFormat::ICalendar:
        return QCoreApplication::translate("ExportFormat", "iCalendar") + pattern;
    case ExportFormat::VCard:
        return QCoreApplication::translate("ExportFormat", "vCard") + pattern;
    case ExportFormat::Csv:
        return QCoreApplication::translate("ExportFormat", "CSV") + pattern;
    }
    return {};
}

QList<ExportFormat> releaseExportFormats()
{
    return { ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Odt, ExportFormat::Markdown, ExportFormat::Text,
        ExportFormat::Ninjs };
}

} // namespace pressdesk
