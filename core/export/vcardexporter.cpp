#include "vcardexporter.h"

#include "contentlines.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QUrl>

namespace pressdesk {

namespace {

// A component of a structured value (N, ORG): TEXT escaping covers ';' and ','.
QString component(const QString &value)
{
    return ContentLines::text(value.trimmed());
}

// "data:image/jpeg;base64,…". PNG and JPEG go in as they are; anything else readable
// (an SVG, which could carry script) is rasterized to PNG first.
QString photoUri(const QByteArray &photo)
{
    if (photo.isEmpty())
        return {};
    if (photo.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(photo.toBase64());
    if (photo.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(photo.toBase64());
    QImage image;
    if (!image.loadFromData(photo))
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QByteArray VCardExporter::render(const QList<Speaker> &speakers, const ExportContext &context)
{
    ContentLines lines;
    const QString domain = QUrl(context.organization.website).host();
    for (const Speaker &speaker : speakers) {
        lines.add(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
        lines.add(QStringLiteral("VERSION"), QStringLiteral("4.0"));
        lines.add(QStringLiteral("PRODID"),
            QStringLiteral("-//Pressdesk//Pressdesk %1//EN").arg(QCoreApplication::applicationVersion()));
        lines.add(QStringLiteral("UID"),
            QStringLiteral("urn:pressdesk:%1:speaker:%2")
                .arg(domain.isEmpty() ? QStringLiteral("local") : domain)
                .arg(speaker.id));
        lines.addText(QStringLiteral("FN"), speaker.fullName.trimmed());
        // The sort name says where the family name ends: "Hernández Peña, María José".
        const QString sortName = speaker.sortName.isEmpty() ? speaker.derivedSortName() : speaker.sortName;
        const qsizetype comma = sortName.indexOf(QLatin1Char(','));
        const QString family = comma >= 0 ? sortName.left(comma) : sortName;
        const QString given = comma >= 0 ? sortName.mid(comma + 1) : QString();
        lines.add(QStringLiteral("N"),
            QStringList { component(family), component(given), QString(), component(speaker.honorific), QString() }
                .join(QLatin1Char(';')));
        if (!speaker.title.isEmpty())
            lines.addText(QStringLiteral("TITLE"), speaker.title);
        if (!speaker.organizationName.isEmpty())
            lines.add(QStringLiteral("ORG"), component(speaker.organizationName));
        if (!speaker.email.isEmpty())
            lines.addText(QStringLiteral("EMAIL;TYPE=work"), speaker.email);
        if (!speaker.phone.isEmpty())
            lines.addText(QStringLiteral("TEL;VALUE=text;TYPE=work,voice"), speaker.phone);
        int preference = 1;
        for (const QString &language : speaker.languages) {
            if (!language.trimmed().isEmpty())
                lines.add(QStringLiteral("LANG;PREF=%1").arg(preference++), language.trimmed());
        }
        if (!speaker.country.isEmpty())
            lines.add(QStringLiteral("ADR;TYPE=work"), QStringLiteral(";;;;;;") + component(speaker.country));
        if (!speaker.bio.isEmpty())
            lines.addText(QStringLiteral("NOTE"), speaker.bio);
        const QString photo = photoUri(speaker.photo);
        if (!photo.isEmpty())
            lines.add(QStringLiteral("PHOTO"), photo);
        if (speaker.updatedAt.isValid())
            lines.add(
                QStringLiteral("REV"), speaker.updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        lines.add(QStringLiteral("END"), QStringLiteral("VCARD"));
    }
    return lines.bytes();
}

} // namespace pressdesk
