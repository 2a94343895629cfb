#pragma once

#include <functional>
#include <kainjow/mustache.hpp>

namespace pressdesk {

struct ReleaseParts;

// A release's body for a Mustache template, shared by the HTML export and the press room:
// the body's blocks in order ({is_quote: false, html}), each quote where the writer placed it
// ({is_quote: true, text, speaker, has_attribution, attribution}); addToQuote, when given,
// adds what a template needs more to the quote of that index.
kainjow::mustache::data mustacheBody(const ReleaseParts &parts,
    const std::function<void(int quoteIndex, kainjow::mustache::data &piece)> &addToQuote = {});

} // namespace pressdesk
