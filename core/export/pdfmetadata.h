#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pressdesk {

// What a PDF says about itself, written once into both the information dictionary and the
// XMP packet so that the two agree, as PDF/A requires.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString language; // BCP 47
    QStringList keywords;
    QString publisher;
    QString creatorTool; // "Pressdesk 0.1.0"
    QString producer;
    QDateTime created; // UTC
    QString figureAlt; // alternative text of the letterhead's logo
    QStringList blockQuoteLanguages; // /Lang of each BlockQuote in reading order ("" for none)
};

} // namespace pressdesk
