#pragma once

#include "importformat.h"
#include "importrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

struct ReleasePlan;

// A published release as pasted or dropped text, Markdown or a saved web page, split into
// headline, subheadline, dateline (city, country, date), lead, body, quotes with proposed
// speakers, the "About …" boilerplate and the "For more information" block (kept in the
// notes to editors). Each quote's speaker is matched, accent- and case-insensitively, to a
// known speaker, or proposed as new with the title and organization of its attribution.
// The original text travels with the record.
class ReleaseTextParser final
{
public:
    struct Block
    {
        enum Kind { Heading1, Heading2, Heading3, Paragraph, ListItem, Quote };
        Kind kind = Paragraph;
        QString text;
        QStringList lines; // the lines as printed, when a pasted block had several
    };
    // What a saved page declares about its article (empty for text).
    struct Page
    {
        QString title;
        QString headline;
        QString published;
        QString language;
        QString siteName;
    };

    static ImportRecord parse(const QString &text, ImportFormat format, const QList<Speaker> &knownSpeakers);
    // The blocks with the field each went to and the record they make (plan.record).
    static ReleasePlan plan(const QString &text, ImportFormat format, const QList<Speaker> &knownSpeakers);
    // The record again from the blocks as (re)assigned: plan->record.
    static void build(ReleasePlan *plan, const QList<Speaker> &knownSpeakers);
    static QList<Block> blocks(const QString &text, ImportFormat format, Page *page = nullptr);
    // A language code from the letters and commonest short words (LanguageGuesser); "en" when unsure.
    static QString guessLanguage(const QString &text);
};

} // namespace pressdesk
