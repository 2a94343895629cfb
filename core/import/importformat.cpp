#include "importformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pressdesk {

namespace {

struct Entry
{
    ImportFormat format;
    const char *key;
};

constexpr Entry entries[] = {
    { ImportFormat::Auto, "auto" },
    { ImportFormat::Text, "text" },
    { ImportFormat::Markdown, "md" },
    { ImportFormat::Html, "html" },
    { ImportFormat::Ninjs, "ninjs" },
    { ImportFormat::Csv, "csv" },
    { ImportFormat::Ics, "ics" },
    { ImportFormat::Vcf, "vcf" },
};

} // namespace

QString ImportFormats::key(ImportFormat format)
{
    for (const Entry &entry : entries) {
        if (entry.format == format)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<ImportFormat> ImportFormats::fromKey(const QString &key)
{
    for (const Entry &entry : entries) {
        if (key == QLatin1String(entry.key))
            return entry.format;
    }
    return std::nullopt;
}

QStringList ImportFormats::keys()
{
    QStringList result;
    for (const Entry &entry : entries)
        result.append(QLatin1String(entry.key));
    return result;
}

ImportFormat ImportFormats::detect(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("ics") || suffix == QLatin1String("ical") || suffix == QLatin1String("ifb"))
        return ImportFormat::Ics;
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return ImportFormat::Vcf;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("ninjs"))
        return ImportFormat::Ninjs;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ImportFormat::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return ImportFormat::Html;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return ImportFormat::Text;
    // By content: skip a BOM and white space, then look at the start.
    QByteArray head = bytes.left(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        // UTF-16: drop the zero bytes of ASCII for the sniffing below.
        head = head.mid(2);
        head.replace('\0', QByteArray());
    }
    head = head.trimmed();
    const QByteArray upper = head.left(64).toUpper();
    if (upper.startsWith("BEGIN:VCALENDAR"))
        return ImportFormat::Ics;
    if (upper.startsWith("BEGIN:VCARD"))
        return ImportFormat::Vcf;
    if (head.startsWith('{') || head.startsWith('['))
        return ImportFormat::Ninjs;
    const QByteArray lower = head.toLower();
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
        || lower.contains("<p>") || lower.contains("<article"))
        return ImportFormat::Html;
    if (head.startsWith("# ") || head.contains("\n## ") || head.contains("\n> "))
        return ImportFormat::Markdown;
    return ImportFormat::Text;
}

QString ImportFormats::fileFilter()
{
    return QCoreApplication::translate("Import",
        "Everything Pressdesk imports (*.txt *.md *.markdown *.html *.htm *.json *.csv *.ics "
        "*.vcf);;Releases (*.txt *.md *.markdown *.html *.htm *.json);;Speakers and events "
        "(*.csv);;Calendars (*.ics);;Address cards (*.vcf);;All files (*)");
}

} // namespace pressdesk
