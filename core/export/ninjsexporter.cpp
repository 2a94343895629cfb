#include "ninjsexporter.h"

#include "exportfile.h"
#include "markdownrenderer.h"
#include "plaintextexporter.h"
#include "releaseparts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace pressdesk {

namespace {

QString timestamp(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

QJsonObject body(const QString &contentType, const QString &value, const QString &plain)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return { { QStringLiteral("role"), QStringLiteral("main") }, { QStringLiteral("contenttype"), contentType },
        { QStringLiteral("charcount"), plain.size() },
        { QStringLiteral("wordcount"), plain.split(spaces, Qt::SkipEmptyParts).size() },
        { QStringLiteral("value"), value } };
}

QString storyHtml(const ReleaseParts &parts)
{
    QString html = QStringLiteral("<p>");
    if (!parts.dateline.isEmpty())
        html += QStringLiteral("<strong>%1</strong> — ").arg(parts.dateline.toHtmlEscaped());
    html += parts.lead.toHtmlEscaped() + QStringLiteral("</p>\n");
    const MarkdownRenderer renderer(parts.body);
    const QList<QList<int>> slots = parts.quoteSlots(renderer);
    for (int block = 0; block < slots.size(); ++block) {
        for (const int index : slots.at(block))
            html +=
                QStringLiteral("<blockquote><p>“%1”</p><p>— %2</p></blockquote>\n")
                    .arg(parts.quotes.at(index).text.toHtmlEscaped(), parts.quotes.at(index).byline.toHtmlEscaped());
        if (block < renderer.blockCount())
            html += renderer.html(block, block + 1);
    }
    return html;
}

QJsonArray contactInfo(const QString &email, const QString &phone)
{
    QJsonArray info;
    if (!email.isEmpty())
        info.append(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("email") }, { QStringLiteral("value"), email } });
    if (!phone.isEmpty())
        info.append(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("phone") }, { QStringLiteral("value"), phone } });
    return info;
}

} // namespace

QJsonObject NinjsExporter::item(const Release &release, const ExportContext &context)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    QJsonObject item;
    item.insert(QStringLiteral("uri"), QStringLiteral("urn:uuid:") + release.uuid);
    item.insert(QStringLiteral("standard"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("ninjs") },
            { QStringLiteral("version"), QStringLiteral("2.2") },
            { QStringLiteral("schema"), QStringLiteral("http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json") } });
    item.insert(QStringLiteral("type"), QStringLiteral("text"));
    item.insert(QStringLiteral("representationtype"), QStringLiteral("full"));
    item.insert(QStringLiteral("version"), QString::number(release.version));
    if (release.createdAt.isValid())
        item.insert(QStringLiteral("firstcreated"), timestamp(release.createdAt));
    item.insert(QStringLiteral("versioncreated"),
        timestamp(release.updatedAt.isValid() ? release.updatedAt : context.generatedAt));
    if (release.releaseDate.isValid())
        item.insert(QStringLiteral("contentcreated"),
            timestamp(release.publishedAt.isValid() ? release.publishedAt
                                                    : QDateTime(release.releaseDate, QTime(0, 0), Qt::UTC)));
    // Only what has been cleared for publication is usable by a receiving newsroom.
    const bool usable = release.status == ReleaseStatus::Published || release.status == ReleaseStatus::Approved
        || release.status == ReleaseStatus::Archived;
    item.insert(QStringLiteral("pubstatus"), usable ? QStringLiteral("usable") : QStringLiteral("withheld"));
    if (release.isEmbargoed())
        item.insert(QStringLiteral("embargoed"), timestamp(release.embargoUntil));
    item.insert(QStringLiteral("language"), parts.language);
    item.insert(QStringLiteral("slugline"), ExportFile::slug(parts.headline));

    QJsonArray headlines { QJsonObject {
        { QStringLiteral("role"), QStringLiteral("main") }, { QStringLiteral("value"), parts.headline } } };
    if (!parts.subheadline.isEmpty())
        headlines.append(QJsonObject {
            { QStringLiteral("role"), QStringLiteral("subhead") }, { QStringLiteral("value"), parts.subheadline } });
    item.insert(QStringLiteral("headlines"), headlines);
    if (!parts.lead.isEmpty())
        item.insert(QStringLiteral("descriptions"),
            QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("summary") },
                { QStringLiteral("contenttype"), QStringLiteral("text/plain") },
                { QStringLiteral("value"), parts.lead } } });

    const QString plain = PlainTextExporter::storyText(parts);
    item.insert(QStringLiteral("bodies"),
        QJsonArray { body(QStringLiteral("text/html"), storyHtml(parts), plain),
            body(QStringLiteral("text/plain"), plain, plain) });

    QJsonArray people;
    QSet<qint64> seen;
    for (const Quote &quote : release.quotes) {
        if (seen.contains(quote.speakerId))
            continue;
        seen.insert(quote.speakerId);
        const Speaker speaker = context.speakers.value(quote.speakerId);
        QJsonObject person { { QStringLiteral("name"),
                                 quote.speakerName.isEmpty() ? speaker.fullName : quote.speakerName },
            { QStringLiteral("rel"), QStringLiteral("quoted") } };
        QJsonArray info = contactInfo(speaker.email, speaker.phone);
        // ninjs has no job title field; the attribution as printed is a contact detail.
        if (!quote.attribution.isEmpty())
            info.prepend(QJsonObject { { QStringLiteral("type"), QStringLiteral("jobtitle") },
                { QStringLiteral("value"), quote.attribution } });
        if (!info.isEmpty())
            person.insert(QStringLiteral("contactinfo"), info);
        people.append(person);
    }
    for (const ReleaseParts::ContactPart &contact : parts.contacts) {
        QJsonObject person { { QStringLiteral("name"), contact.name },
            { QStringLiteral("rel"), QStringLiteral("mediacontact") } };
        QJsonArray info = contactInfo(contact.email, contact.phone);
        if (!contact.title.isEmpty())
            info.prepend(QJsonObject {
                { QStringLiteral("type"), QStringLiteral("jobtitle") }, { QStringLiteral("value"), contact.title } });
        if (!info.isEmpty())
            person.insert(QStringLiteral("contactinfo"), info);
        people.append(person);
    }
    if (!people.isEmpty())
        item.insert(QStringLiteral("people"), people);

    if (!parts.organizationName.isEmpty()) {
        QJsonObject organization { { QStringLiteral("name"), parts.organizationName },
            { QStringLiteral("rel"), QStringLiteral("issuer") } };
        if (!parts.organizationWebsite.isEmpty() && QUrl(parts.organizationWebsite).isValid())
            organization.insert(QStringLiteral("uri"), parts.organizationWebsite);
        item.insert(QStringLiteral("organisations"), QJsonArray { organization });
        item.insert(QStringLiteral("copyrightholder"), parts.organizationName);
    }
    const QString located = QStringList { release.datelineCity, release.datelineCountry }.join(QStringLiteral(", "));
    if (!release.datelineCity.isEmpty() || !release.datelineCountry.isEmpty())
        item.insert(QStringLiteral("located"),
            release.datelineCity.isEmpty() ? release.datelineCountry
                                           : (release.datelineCountry.isEmpty() ? release.datelineCity : located));
    if (!release.tags.isEmpty()) {
        QJsonArray subjects;
        for (const QString &tag : release.tags)
            subjects.append(QJsonObject { { QStringLiteral("name"), tag },
                { QStringLiteral("rel"), QStringLiteral("keyword") }, { QStringLiteral("literal"), tag } });
        item.insert(QStringLiteral("subjects"), subjects);
    }
    if (!context.events.isEmpty()) {
        QJsonArray events;
        for (const ReleaseParts::EventPart &event : parts.events)
            events.append(QJsonObject {
                { QStringLiteral("name"), event.name }, { QStringLiteral("rel"), QStringLiteral("announces") } });
        item.insert(QStringLiteral("events"), events);
    }
    item.insert(QStringLiteral("genres"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Press Release") },
            { QStringLiteral("uri"), QStringLiteral("http://cv.iptc.org/newscodes/genre/PressRelease") } } });
    if (!release.author.isEmpty())
        item.insert(QStringLiteral("by"), release.author);
    if (!parts.notesToEditors.isEmpty())
        item.insert(QStringLiteral("ednote"), parts.notesToEditors);
    return item;
}

QByteArray NinjsExporter::render(const Release &release, const ExportContext &context)
{
    return QJsonDocument(item(release, context)).toJson(QJsonDocument::Indented);
}

} // namespace pressdesk
