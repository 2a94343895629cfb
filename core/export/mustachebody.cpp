#include "mustachebody.h"

#include "markdownrenderer.h"
#include "releaseparts.h"

namespace pressdesk {

kainjow::mustache::data mustacheBody(
    const ReleaseParts &parts, const std::function<void(int quoteIndex, kainjow::mustache::data &piece)> &addToQuote)
{
    const auto utf8 = [](const QString &text) {
        return text.toStdString();
    };
    const MarkdownRenderer body(parts.body);
    const QList<QList<int>> slots = parts.quoteSlots(body);
    kainjow::mustache::data pieces(kainjow::mustache::data::type::list);
    for (int block = 0; block < slots.size(); ++block) {
        for (const int index : slots.at(block)) {
            const ReleaseParts::QuotePart &quote = parts.quotes.at(index);
            kainjow::mustache::data piece;
            piece.set("is_quote", true);
            piece.set("text", utf8(quote.text));
            piece.set("speaker", utf8(quote.speaker));
            piece.set("has_attribution", !quote.attribution.isEmpty());
            piece.set("attribution", utf8(quote.attribution));
            if (addToQuote)
                addToQuote(index, piece);
            pieces.push_back(piece);
        }
        if (block < body.blockCount()) {
            kainjow::mustache::data piece;
            piece.set("is_quote", false);
            piece.set("html", utf8(body.html(block, block + 1)));
            pieces.push_back(piece);
        }
    }
    return pieces;
}

} // namespace pressdesk
