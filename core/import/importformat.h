#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pressdesk {

enum class ImportFormat { Auto, Text, Markdown, Html, Ninjs, Csv, Ics, Vcf };

// Names (the CLI's --format keys), file name patterns and recognition of import formats.
class ImportFormats final
{
public:
    static QString key(ImportFormat format);
    static std::optional<ImportFormat> fromKey(const QString &key);
    static QStringList keys();
    // By extension first, then by content; Text when nothing else fits.
    static ImportFormat detect(const QString &fileName, const QByteArray &bytes);
    // "Releases (*.txt *.md *.html *.json);;Speakers (*.vcf *.csv);;…" for a file chooser.
    static QString fileFilter();
    static bool isReleaseText(ImportFormat format)
    {
        return format == ImportFormat::Text || format == ImportFormat::Markdown || format == ImportFormat::Html;
    }
};

} // namespace pressdesk
