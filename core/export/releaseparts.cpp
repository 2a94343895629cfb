#include "releaseparts.h"

#include "markdownrenderer.h"
#include "svglogo.h"

#include <QBuffer>
#include <QImage>

#include <algorithm>

namespace pressdesk {

namespace {

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(separator);
}

// PNG bytes of the logo. SVG is rasterized by librsvg (never embedded: an SVG file can
// carry script, and Qt's reader would fetch the files it links to), and anything unreadable
// is left out.
QByteArray logoAsPng(const QByteArray &logo)
{
    if (logo.isEmpty())
        return {};
    if (SvgLogo::isSvg(logo))
        return SvgLogo::png(logo, 400);
    if (logo.startsWith("\x89PNG\r\n\x1a\n"))
        return logo;
    QImage image;
    if (!image.loadFromData(logo))
        return {};
    if (image.height() > 400)
        image = image.scaledToHeight(400, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

ReleaseParts ReleaseParts::build(const Release &release, const ExportContext &context)
{
    ReleaseParts parts;
    parts.labels = ReleaseLabels::forLanguage(release.language);
    parts.language = release.language.isEmpty() ? QStringLiteral("en") : release.language;
    parts.releaseLine = release.isEmbargoed()
        ? parts.labels.embargoedUntil(release.embargoUntil, release.embargoTimeZone)
        : parts.labels.immediateRelease();
    parts.headline = release.headline.trimmed();
    parts.subheadline = release.subheadline.trimmed();
    parts.date = release.releaseDate.isValid() ? parts.labels.date(release.releaseDate) : QString();
    parts.dateline = joinNonEmpty({ release.datelineCity, release.datelineCountry, parts.date }, QStringLiteral(", "));
    parts.lead = release.lead.trimmed();
    parts.body = release.body;
    parts.tags = release.tags;
    parts.author = release.author;

    for (const Quote &quote : release.quotes) {
        QuotePart part;
        part.text = quote.text.trimmed();
        part.speaker =
            quote.speakerName.isEmpty() ? context.speakers.value(quote.speakerId).fullName : quote.speakerName;
        part.attribution = quote.attribution.trimmed();
        part.byline = joinNonEmpty({ part.speaker, part.attribution }, QStringLiteral(", "));
        part.placement = quote.placement;
        parts.quotes.append(part);
    }

    const Organization &organization = context.organization;
    parts.organizationName = organization.name.trimmed();
    parts.organizationAddress = organization.address.trimmed();
    if (MarkdownRenderer::isAllowedLink(organization.website)
        && !organization.website.startsWith(QLatin1String("mailto")))
        parts.organizationWebsite = organization.website.trimmed();
    parts.logoPng = logoAsPng(organization.logo);
    if (SvgLogo::isSvg(organization.logo))
        parts.logoSvg = organization.logo;
    parts.boilerplate =
        release.boilerplate.trimmed().isEmpty() ? organization.boilerplate.trimmed() : release.boilerplate.trimmed();
    if (!parts.boilerplate.isEmpty()) {
        const QString aboutName =
            organization.shortName.trimmed().isEmpty() ? parts.organizationName : organization.shortName.trimmed();
        parts.aboutHeading = parts.labels.about(aboutName);
    }

    for (const ContactRef &contact : release.contacts) {
        const Speaker speaker = context.speakers.value(contact.id);
        parts.contacts.append({ contact.name.isEmpty() ? speaker.fullName : contact.name,
            contact.title.isEmpty() ? speaker.title : contact.title,
            contact.email.isEmpty() ? speaker.email : contact.email,
            contact.phone.isEmpty() ? speaker.phone : contact.phone });
    }
    parts.notesToEditors = release.notesToEditors.trimmed();

    for (const Event &event : context.events) {
        EventPart part;
        part.name = joinNonEmpty({ event.edition, event.name }, QStringLiteral(" "));
        part.dates = parts.labels.eventDates(event);
        part.format = parts.labels.format(event.format);
        if (event.format != EventFormat::Online)
            part.place = joinNonEmpty({ event.venue, event.city, event.country }, QStringLiteral(", "));
        if (event.format != EventFormat::InPerson && MarkdownRenderer::isAllowedLink(event.onlineUrl)
            && !event.onlineUrl.startsWith(QLatin1String("mailto")))
            part.link = event.onlineUrl.trimmed();
        parts.events.append(part);
    }
    return parts;
}

} // namespace pressdesk

namespace pressdesk {

int ReleaseParts::defaultSlot(const MarkdownRenderer &body)
{
    return body.blockCount() > 0 && body.isParagraph(0) ? 1 : 0;
}

int ReleaseParts::slotOf(int placement, const MarkdownRenderer &body)
{
    return placement < 0 ? defaultSlot(body) : std::min(placement, body.blockCount());
}

QList<QList<int>> ReleaseParts::quoteSlots(const MarkdownRenderer &body) const
{
    QList<QList<int>> slots(body.blockCount() + 1);
    for (qsizetype i = 0; i < quotes.size(); ++i)
        slots[slotOf(quotes.at(i).placement, body)].append(static_cast<int>(i));
    return slots;
}

} // namespace pressdesk
