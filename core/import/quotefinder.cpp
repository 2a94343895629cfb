#include "quotefinder.h"

#include "attributionparser.h"
#include "textfolding.h"

namespace pressdesk {

QList<ProposedQuote> QuoteFinder::find(const QList<ReleaseTextParser::Block> &body, const QString &context,
    const QList<Speaker> &knownSpeakers, QList<bool> *consumed)
{
    Q_UNUSED(context)
    using Block = ReleaseTextParser::Block;
    QList<ProposedQuote> quotes;
    QList<ProposedSpeaker> named; // speakers named in this release, for later references
    QList<QString> namedAttribution;
    const auto matchKnown = [&](const QString &name) -> qint64 {
        const QString key = TextFolding::fold(name);
        for (const Speaker &speaker : knownSpeakers) {
            if (TextFolding::fold(speaker.fullName) == key)
                return speaker.id;
        }
        return 0;
    };
    for (qsizetype j = 0; j < body.size(); ++j) {
        const Block &block = body.at(j);
        if (block.kind != Block::Paragraph && block.kind != Block::Quote)
            continue;
        QString candidate = block.text;
        qsizetype last = j;
        const QList<AttributionParser::Span> spans = AttributionParser::quoteSpans(candidate);
        if (!spans.isEmpty() && spans.constLast().close < 0 && spans.constFirst().open == 0) {
            // A quote over several paragraphs: each opens with a quote mark, only the last closes.
            for (qsizetype k = j + 1; k < body.size() && k < j + 12; ++k) {
                QString next = body.at(k).text;
                if (!next.isEmpty() && AttributionParser::isOpeningMark(next.at(0)))
                    next.remove(0, 1);
                candidate += QStringLiteral("\n\n") + next.trimmed();
                last = k;
                const QList<AttributionParser::Span> joined = AttributionParser::quoteSpans(candidate);
                if (!joined.isEmpty() && joined.constFirst().close > 0)
                    break;
            }
        }
        std::optional<AttributionParser::Attribution> found = AttributionParser::parse(candidate);
        // A block quote followed by "— NAME, TITLE" (how Pressdesk and many sites print quotes).
        if (!found && j + 1 < body.size()) {
            const QString next = body.at(j + 1).text.trimmed();
            if (!next.isEmpty()
                && (next.at(0) == QChar(0x2014) || next.at(0) == QChar(0x2013) || next.startsWith(QLatin1String("- ")))
                && next.size() < 300
                && (block.kind == Block::Quote || AttributionParser::isOpeningMark(candidate.at(0)))) {
                AttributionParser::Attribution byline;
                QString words = candidate.trimmed();
                if (!words.isEmpty() && AttributionParser::isOpeningMark(words.at(0)))
                    words.remove(0, 1);
                while (!words.isEmpty()
                    && (words.endsWith(QChar(0x201D)) || words.endsWith(QLatin1Char('"'))
                        || words.endsWith(QChar(0x00BB))))
                    words.chop(1);
                byline.quote = words.trimmed();
                AttributionParser::describeSubject(next.mid(1), byline);
                if (!byline.name.isEmpty()) {
                    found = byline;
                    last = j + 1;
                }
            }
        }
        if (!found || found->quote.isEmpty())
            continue;
        ProposedQuote quote;
        quote.text = found->quote;
        if (!found->name.isEmpty()) {
            const QString key = TextFolding::fold(found->name);
            qsizetype index = -1;
            for (qsizetype n = 0; n < named.size(); ++n) {
                if (TextFolding::fold(named.at(n).fullName) == key)
                    index = n;
            }
            if (index < 0) {
                ProposedSpeaker speaker;
                speaker.fullName = found->name;
                speaker.title = found->title;
                speaker.organization = found->organization;
                speaker.existingId = matchKnown(found->name);
                named.append(speaker);
                namedAttribution.append(found->attribution);
                index = named.size() - 1;
            }
            quote.speaker = named.at(index);
            quote.attribution = found->attribution.isEmpty() ? namedAttribution.at(index) : found->attribution;
        } else if (!found->reference.isEmpty()) {
            for (qsizetype n = named.size() - 1; n >= 0; --n) {
                if (AttributionParser::refersTo(found->reference, named.at(n).fullName, named.at(n).title)) {
                    quote.speaker = named.at(n);
                    quote.attribution = namedAttribution.at(n);
                    break;
                }
            }
            if (quote.speaker.isNone()) {
                // A surname alone may name a known speaker, when only one fits.
                qint64 match = 0;
                int matches = 0;
                for (const Speaker &speaker : knownSpeakers) {
                    if (AttributionParser::refersTo(found->reference, speaker.fullName, QString())) {
                        match = speaker.id;
                        ++matches;
                        quote.speaker.fullName = speaker.fullName;
                        quote.speaker.title = speaker.title;
                    }
                }
                if (matches == 1)
                    quote.speaker.existingId = match;
                else
                    quote.speaker = {};
                quote.attribution = matches == 1 ? quote.speaker.title : found->reference;
            }
        }
        quotes.append(quote);
        for (qsizetype k = j; k <= last; ++k)
            (*consumed)[k] = true;
        j = last;
    }
    return quotes;
}

} // namespace pressdesk
