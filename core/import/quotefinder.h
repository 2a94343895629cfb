#pragma once

#include "importrecord.h"
#include "releasetextparser.h"

#include <QList>
#include <QString>

namespace pressdesk {

// The quotes of a release's body and who said them. Each quote paragraph (also one over
// several paragraphs, or a block quote signed "— NAME, TITLE") becomes a ProposedQuote;
// its speaker is matched, accent- and case-insensitively, to a known speaker or proposed as
// new. A surname, a pronoun or a title alone ("Okafor said", "she said", "the minister
// added") points back at the person named before; the attribution is the title printed
// for that person anywhere in the release.
class QuoteFinder final
{
public:
    // consumed: one flag per body block, set for the blocks that became quotes.
    static QList<ProposedQuote> find(const QList<ReleaseTextParser::Block> &body, const QString &context,
        const QList<Speaker> &knownSpeakers, QList<bool> *consumed);
};

} // namespace pressdesk
