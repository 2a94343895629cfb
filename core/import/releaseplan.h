#pragma once

#include "datelineparser.h"
#include "importrecord.h"
#include "releasetextparser.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

// How ReleaseTextParser read a pasted release or page: every block with the field it went
// to and how sure the parser is, plus the stamps found above the lead. The review shows it
// and lets the user move a block to another field; ReleaseTextParser::build() derives the
// record again from the blocks as assigned.
struct ReleasePlan
{
    enum class Field { Headline, Subheadline, Lead, Body, Quote, Notes, Boilerplate, Ignored };
    static constexpr int fieldCount = 8;
    enum class DateSource { None, Dateline, Stamp, Page };

    struct Item
    {
        ReleaseTextParser::Block block;
        Field field = Field::Ignored;
        QString text; // what the block gives its field ("About Acme: Acme is …" gives "Acme is …")
        double confidence = 0.0; // 0 to 1
        bool manual = false; // the user chose the field
    };

    QList<Item> items;
    ReleaseTextParser::Page page;
    int order = 0; // DateTextParser::Order for the page
    QDate stampDate;
    std::optional<DatelineParser::Dateline> standalone;
    QString embargoLine;
    QString language; // declared or from the dateline; empty: guessed from the article
    ProposedQuote statement; // the speaker a statement's headline names, when it names one
    ImportRecord record; // as derived from the items
    DateSource dateSource = DateSource::None;

    // Moves a block to a field, as the user decided.
    void assign(qsizetype index, Field field);
    // The lowest confidence among the field's blocks; -1 when no block went to it.
    double confidence(Field field) const;
    static QString key(Field field); // "headline", "subheadline", … (untranslated)
};

} // namespace pressdesk
