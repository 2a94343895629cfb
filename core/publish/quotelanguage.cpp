#include "quotelanguage.h"

#include "import/languageguesser.h"

#include <algorithm>

namespace pressdesk {

QString quoteLanguage(const QString &releaseLanguage, const QString &text)
{
    const QString code = LanguageGuesser::primaryCode(releaseLanguage);
    const LanguageGuesser::Guess guess = LanguageGuesser::guess(text);
    if (code.isEmpty() || guess.script == LanguageGuesser::Script::Unknown || guess.language == code)
        return {};
    if (guess.script != LanguageGuesser::Script::Latin) {
        // Chinese and Japanese share their characters; a few letters of another script are
        // a name or a word, not the quote's language.
        if (guess.evidence < 4 || LanguageGuesser::scriptOf(code) == guess.script)
            return {};
        return guess.language;
    }
    if (LanguageGuesser::scriptOf(code) != LanguageGuesser::Script::Latin)
        return guess.evidence >= 4 ? guess.language : QString();
    // Latin both ways: short quotes have few words to go by, so the verdict must be clear.
    if (guess.evidence >= 4 && guess.evidence >= 3 * std::max(guess.runnerUp, 1))
        return guess.language;
    return {};
}

} // namespace pressdesk
