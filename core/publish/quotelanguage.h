#pragma once

#include <QString>

namespace pressdesk {

// The language of a quote when it is not the release's (WCAG 2.1 "language of parts"): a
// Spanish minister quoted in an English release. Quotes carry no language of their own, so
// it is read from the quote's words with the import's LanguageGuesser, and only a clear
// verdict counts: a quote in another script than the release's, or, in Latin script, one
// whose short words point at another language at least three times as often as at any
// other. Empty when the quote is (or may be) in the release's language.
QString quoteLanguage(const QString &releaseLanguage, const QString &text);

} // namespace pressdesk
