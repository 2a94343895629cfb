#pragma once

#include <QString>
#include <QStringList>

namespace pressdesk {

// Marks where words may be hyphenated, with soft hyphens (U+00AD), by the hyphenation
// patterns of a language (libhyphen with the pattern files LibreOffice uses: Debian
// hyphen-en-us, hyphen-es, hyphen-fr, hyphen-pt-pt, hyphen-pt-br). Only plain lower-case
// words are touched: a word with a capital (a name, an acronym), a digit, an existing hyphen
// or any of . @ / : _ (an address, a URL, a file name) is left whole, and so is everything
// when no patterns are found for the language. Safe to call from any thread.
class Hyphenator final
{
public:
    static constexpr QChar softHyphen { 0x00AD };

    // text with soft hyphens at the points where a word may break.
    static QString hyphenate(const QString &text, const QString &language);
    // Whether patterns for the language (BCP 47, e.g. "pt-BR") were found.
    static bool available(const QString &language);
    // Folders searched for hyph_*.dic files: PRESSDESK_HYPHENATION_PATH first.
    static QStringList searchPaths();

private:
    static QString hyphenateWord(const QString &word, const QString &language);
};

} // namespace pressdesk
