#pragma once

#include <QList>
#include <QStringView>

namespace pressdesk {

// A word in a text: where it starts and how many UTF-16 code units it takes.
struct SpellToken
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const SpellToken &a, const SpellToken &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

// Splits text into the words worth spell checking. A word is a run of letters (with their
// combining marks) that may hold apostrophes (' and U+2019: l'Organisation, aujourd'hui)
// and hyphens (well-known) between letters. Left out: web addresses, e-mail addresses,
// domain and file names, @mentions and #hashtags, anything with a digit (2026, G20,
// COVID-19), acronyms in capitals (UNESCO), single letters. A change of script (Latin to
// Han, say) ends a word.
class SpellTokenizer final
{
public:
    static QList<SpellToken> words(QStringView text);
    // The parts of a hyphenated word, as tokens relative to the word.
    static QList<SpellToken> hyphenParts(QStringView word);
    static bool isApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
    static bool isHyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
};

} // namespace pressdesk
