#include "quotefinder.h"

#include "attributionparser.h"
#include "peopleindex.h"
#include "textfolding.h"

namespace pressdesk {

namespace {

using Block = ReleaseTextParser::Block;

// The same name folded, else the only known speaker with the same surname and first initial
// ("M. Hernández" and "María Hernández").
qint64 knownId(const QList<Speaker> &knownSpeakers, const QString &name)
{
    const QString key = TextFolding::fold(name);
    for (const Speaker &speaker : knownSpeakers) {
        if (TextFolding::fold(speaker.fullName) == key)
            return speaker.id;
    }
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return 0;
    qint64 match = 0;
    int matches = 0;
    for (const Speaker &speaker : knownSpeakers) {
        const QStringList known = TextFolding::fold(speaker.fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (known.size() >= 2 && known.constLast() == words.constLast()
            && known.constFirst().at(0) == words.constFirst().at(0)) {
            match = speaker.id;
            ++matches;
        }
    }
    return matches == 1 ? match : 0;
}

// A paragraph that is only a quote: “…” with nothing but punctuation around it.
std::optional<QString> wholeQuote(const QString &paragraph)
{
    const QString text = paragraph.trimmed();
    const QList<AttributionParser::Span> spans = AttributionParser::quoteSpans(text);
    if (spans.size() != 1 || spans.constFirst().open != 0 || spans.constFirst().close < 0)
        return std::nullopt;
    const QString after = text.mid(spans.constFirst().close + 1).trimmed();
    if (after.size() > 2)
        return std::nullopt;
    return text.mid(1, spans.constFirst().close - 1).trimmed();
}

// "“…”" followed by "— NAME, TITLE" (how Pressdesk and many sites print block quotes).
std::optional<AttributionParser::Attribution> byline(const Block &block, const QString &candidate, const QString &next)
{
    if (next.isEmpty() || next.size() >= 300
        || !(next.at(0) == QChar(0x2014) || next.at(0) == QChar(0x2013) || next.startsWith(QLatin1String("- ")))
        || !(block.kind == Block::Quote || AttributionParser::isOpeningMark(candidate.at(0))))
        return std::nullopt;
    AttributionParser::Attribution signed_;
    QString words = candidate.trimmed();
    if (!words.isEmpty() && AttributionParser::isOpeningMark(words.at(0)))
        words.remove(0, 1);
    while (!words.isEmpty()
        && (words.endsWith(QChar(0x201D)) || words.endsWith(QLatin1Char('"')) || words.endsWith(QChar(0x00BB))))
        words.chop(1);
    signed_.quote = words.trimmed();
    AttributionParser::describeSubject(next.mid(1), signed_);
    if (signed_.name.isEmpty())
        return std::nullopt;
    return signed_;
}

} // namespace

qint64 QuoteFinder::matchKnown(const QList<Speaker> &knownSpeakers, const QString &name)
{
    return knownId(knownSpeakers, name);
}

QList<ProposedQuote> QuoteFinder::find(QList<ReleaseTextParser::Block> *bodyBlocks, const QString &context,
    const QString &lead, const QList<Speaker> &knownSpeakers, QList<bool> *consumed,
    QList<std::pair<qsizetype, qsizetype>> *sources, const ProposedQuote *speaker)
{
    QList<Block> &body = *bodyBlocks;
    QList<ProposedQuote> quotes;
    PeopleIndex people;
    people.scan(context);
    qsizetype lastQuoteBlock = -2;
    // A lead that opens with a quote ("NEW YORK – “I am appalled …,” said …") stays the lead;
    // its quote joins the list and the paragraphs that continue it follow.
    const auto propose = [&](const AttributionParser::Attribution &found) {
        ProposedQuote quote;
        quote.text = found.quote;
        if (!found.name.isEmpty()) {
            const PeopleIndex::Person person = people.mention(found.name, found.title);
            quote.speaker.fullName = person.name;
            quote.speaker.title = found.title.isEmpty() ? person.title : found.title;
            quote.speaker.organization = found.organization;
            quote.speaker.existingId = knownId(knownSpeakers, person.name);
            quote.attribution = found.attribution.isEmpty() ? person.title : found.attribution;
        } else if (const std::optional<PeopleIndex::Person> person = people.resolve(found.reference, found.pronoun)) {
            people.mention(person->name, QString());
            quote.speaker.fullName = person->name;
            quote.speaker.title = person->title;
            quote.speaker.existingId = knownId(knownSpeakers, person->name);
            quote.attribution = person->title;
        } else if (!found.reference.isEmpty()) {
            // A surname alone may name a known speaker, when only one fits.
            qint64 match = 0;
            int matches = 0;
            for (const Speaker &speaker : knownSpeakers) {
                if (AttributionParser::refersTo(found.reference, speaker.fullName, QString())) {
                    match = speaker.id;
                    ++matches;
                    quote.speaker.fullName = speaker.fullName;
                    quote.speaker.title = speaker.title;
                }
            }
            if (matches == 1) {
                quote.speaker.existingId = match;
                quote.attribution = quote.speaker.title;
            } else {
                // "a déclaré le Directeur général de …": a title and no name.
                quote.speaker = {};
                quote.attribution = PeopleIndex::hasTitleWord(found.reference)
                    ? PeopleIndex::withoutArticle(found.reference)
                    : found.reference;
            }
        }
        return quote;
    };
    std::optional<ProposedQuote> previous; // the quote just before, for the paragraphs that continue it
    std::optional<AttributionParser::Attribution> leadQuote;
    if (!lead.isEmpty() && !AttributionParser::quoteSpans(lead).isEmpty())
        leadQuote = AttributionParser::parse(lead);
    for (qsizetype j = leadQuote ? -1 : 0; j < body.size(); ++j) {
        if (j < 0) {
            if (leadQuote->quote.isEmpty() || !leadQuote->remainder.isEmpty()
                || (leadQuote->name.isEmpty() && !leadQuote->pronoun && leadQuote->reference.isEmpty()))
                continue;
            // Not listed: the lead keeps those words, and a listed quote is printed again
            // after the first paragraph. It only says who goes on speaking.
            previous = propose(*leadQuote);
            lastQuoteBlock = -1;
            continue;
        }
        const Block &block = body.at(j);
        if (block.kind != Block::Paragraph && block.kind != Block::Quote) {
            people.scan(block.text);
            continue;
        }
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
        if (!found && j + 1 < body.size()) {
            found = byline(block, candidate, body.at(j + 1).text.trimmed());
            if (found)
                last = j + 1;
        }
        // "Executive Director Helena Fors said:" and the words in the next paragraph, unquoted.
        if (!found && j + 1 < body.size() && spans.isEmpty() && block.text.trimmed().endsWith(QLatin1Char(':'))
            && block.text.size() < 300 && AttributionParser::quoteSpans(body.at(j + 1).text).isEmpty()) {
            std::optional<AttributionParser::Attribution> introduced = AttributionParser::parse(
                block.text.trimmed() + QStringLiteral(" “") + body.at(j + 1).text.trimmed() + QStringLiteral("”"));
            if (introduced && (!introduced->name.isEmpty() || !introduced->reference.isEmpty() || introduced->pronoun)
                && introduced->remainder.isEmpty()) {
                found = introduced;
                last = j + 1;
            }
        }
        // A quote paragraph (or several) with no attribution right after another quote: the
        // same speaker.
        if (!found && lastQuoteBlock == j - 1 && previous) {
            if (const std::optional<QString> words = wholeQuote(candidate)) {
                ProposedQuote quote = *previous;
                quote.text = *words;
                quotes.append(quote);
                if (sources)
                    sources->append({ j, last });
                previous = quote;
                for (qsizetype k = j; k <= last; ++k)
                    (*consumed)[k] = true;
                lastQuoteBlock = last;
                j = last;
                continue;
            }
        }
        // "Statement by the Executive Director on …": the quotes nobody signs are hers.
        if (!found && speaker && lastQuoteBlock != j - 1) {
            if (const std::optional<QString> words = wholeQuote(candidate)) {
                ProposedQuote quote = *speaker;
                quote.text = *words;
                quotes.append(quote);
                if (sources)
                    sources->append({ j, last });
                previous = quote;
                for (qsizetype k = j; k <= last; ++k)
                    (*consumed)[k] = true;
                lastQuoteBlock = last;
                j = last;
                continue;
            }
        }
        if (!found || found->quote.isEmpty()) {
            people.scan(block.text);
            continue;
        }
        if (!found->remainder.isEmpty())
            people.scan(found->remainder);
        quotes.append(propose(*found));
        if (sources)
            sources->append({ j, last });
        previous = quotes.constLast();
        for (qsizetype k = j; k <= last; ++k)
            (*consumed)[k] = true;
        if (!found->remainder.isEmpty() && last == j) {
            body[j].text = found->remainder;
            (*consumed)[j] = false;
        }
        lastQuoteBlock = last;
        j = last;
    }
    return quotes;
}

} // namespace pressdesk
