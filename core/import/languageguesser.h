#pragma once

#include <QString>

namespace pressdesk {

// The language of an article from its letters and words: the script first (Arabic, Persian
// and Urdu letters; Cyrillic with Ukrainian letters or not; Chinese, Japanese kana, Korean,
// Greek, Hebrew, Thai, Devanagari), then, in Latin script, the commonest short words of
// English, Spanish, French, Portuguese, German, Italian and Dutch.
class LanguageGuesser final
{
public:
    enum class Script { Unknown, Latin, Arabic, Cyrillic, Greek, Hebrew, Han, Hangul, Thai, Devanagari };
    struct Guess
    {
        QString language; // "en" when nothing tells
        Script script = Script::Unknown;
        int evidence = 0; // short words (Latin) or letters (other scripts) that agree
        int runnerUp = 0; // the same for the next language in the same script
    };

    static Guess guess(const QString &text);
    // The script a language code is written in (Latin for codes it does not know).
    static Script scriptOf(const QString &language);
    // What a page declares ("de-AT", "zh_Hans", "pt-BR") as a primary code, or empty.
    static QString primaryCode(const QString &declared);
    // The declared language, unless the article's own letters or words say otherwise
    // (a template that says "en" around a German or Arabic article).
    static QString decide(const QString &declared, const QString &article);
};

} // namespace pressdesk
