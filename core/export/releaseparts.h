#pragma once

#include "domain/release.h"
#include "exportcontext.h"
#include "releaselabels.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

class MarkdownRenderer;

// What a reader sees of a release, worked out once for every format: the release line,
// the dateline, attributed quotes, contacts, event boxes, the "About" text, all in the
// release's language. Values are plain text; each exporter escapes for its own syntax.
struct ReleaseParts
{
    struct QuotePart
    {
        QString text;
        QString speaker;
        QString attribution; // as printed in this release
        QString byline; // "María José Hernández Peña, Vice Minister of …"
        int placement = -1; // as in Quote: body blocks before it, -1 after the first paragraph
    };
    struct ContactPart
    {
        QString name;
        QString title;
        QString email;
        QString phone;
    };
    struct EventPart
    {
        QString name; // with the edition: "4th Regional Congress on …"
        QString dates;
        QString format;
        QString place; // venue, city, country
        QString link; // http(s) only
    };

    ReleaseLabels labels = ReleaseLabels::forLanguage(QStringLiteral("en"));
    QString language;
    QString releaseLine; // "FOR IMMEDIATE RELEASE" or "EMBARGOED UNTIL …"
    QString headline;
    QString subheadline;
    QString dateline; // "SAN JOSÉ, Costa Rica, 18 March 2026"
    QString date;
    QString lead;
    QString body; // Markdown
    QList<QuotePart> quotes;
    QString aboutHeading;
    QString boilerplate;
    QList<ContactPart> contacts;
    QString notesToEditors;
    QList<EventPart> events;
    QString organizationName;
    QString organizationAddress;
    QString organizationWebsite;
    QByteArray logoPng; // the logo as PNG (an SVG logo is rasterized), empty when none
    QByteArray logoSvg; // the logo as given when it is SVG (the PDF draws it as vectors)
    QStringList tags;
    QString author;

    static ReleaseParts build(const Release &release, const ExportContext &context);
    // The quotes set between the body's top-level blocks: entry i lists the quotes (by
    // index, in their order) that stand before block i; the last entry, at blockCount,
    // those after the whole body. Every exporter lays the body out from this, so the
    // preview, the PDF and every other format put a quote in the same place.
    QList<QList<int>> quoteSlots(const MarkdownRenderer &body) const;
    // The slot a quote with placement -1 takes: after the first block when it is a
    // paragraph, else before the body.
    static int defaultSlot(const MarkdownRenderer &body);
    static int slotOf(int placement, const MarkdownRenderer &body);
    // The end mark of a press release.
    static QString endMark() { return QStringLiteral("###"); }
};

} // namespace pressdesk
