#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

// Every format Pressdesk writes. The keys are the CLI's --format values (docs/cli.md).
enum class ExportFormat { Pdf, Html, Odt, Markdown, Text, Ninjs, ICalendar, VCard, Csv };

QString exportFormatKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
// File name extension without the dot: "pdf", "md", "ics".
QString exportFormatExtension(ExportFormat format);
QString exportFormatMimeType(ExportFormat format);
// "PDF document (*.pdf)" for file dialogs, translated.
QString exportFormatFilter(ExportFormat format);
// The formats a single release can be exported to.
QList<ExportFormat> releaseExportFormats();

} // namespace pressdesk
