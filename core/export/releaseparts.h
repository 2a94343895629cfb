#pragma once

#include "domain/release.h"
#include "exportcontext.h"
#include "releaselabels.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

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
    QStringList tags;
    QString author;

    static ReleaseParts build(const Release &release, const ExportContext &context);
    // The end mark of a press release.
    static QString endMark() { return QStringLiteral("###"); }
};

} // namespace pressdesk
