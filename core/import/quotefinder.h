#pragma once

#include "importrecord.h"
#include "releasetextparser.h"

#include <QList>
#include <QString>

#include <utility>

namespace pressdesk {

// The quotes of a release's body and who said them. Each quote paragraph (also one over
// several paragraphs, or a block quote signed "— NAME, TITLE") becomes a ProposedQuote;
// its speaker is matched, accent- and case-insensitively, to a known speaker or proposed as
// new. People introduced in the prose with their title (PeopleIndex) are found again by a
// surname, a pronoun or a title alone ("Okafor said", "she said", "the minister added"); a
// quote paragraph with no attribution after another quote is the same speaker's. The
// attribution is the title printed for that person anywhere in the release; a title with no
// name ("a déclaré le Directeur général") is kept as the attribution of a quote by nobody.
class QuoteFinder final
{
public:
    // context: the headline and lead, where people are often introduced. consumed: one flag
    // per body block, set for the blocks that became quotes; a block whose paragraph began
    // with prose keeps that prose as its text.
    // lead: the lead paragraph; a quote opening it is not listed (the lead keeps it) but
    // gives its speaker to the quote paragraphs that continue it.
    // sources, when given: the first and last body block of each quote, in the same order.
    // speaker, when given: who speaks when a quote paragraph names nobody and follows no
    // other quote (the person a statement's headline names).
    static QList<ProposedQuote> find(QList<ReleaseTextParser::Block> *body, const QString &context, const QString &lead,
        const QList<Speaker> &knownSpeakers, QList<bool> *consumed,
        QList<std::pair<qsizetype, qsizetype>> *sources = nullptr, const ProposedQuote *speaker = nullptr);
    static qint64 matchKnown(const QList<Speaker> &knownSpeakers, const QString &name);
};

} // namespace pressdesk
