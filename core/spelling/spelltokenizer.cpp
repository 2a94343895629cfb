#include "spelltokenizer.h"

#include <QChar>

namespace pressdesk {

namespace {

struct CodePoint
{
    char32_t value = 0;
    qsizetype width = 1;
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return { QChar::surrogateToUcs4(c, text.at(i + 1)), 2 };
    return { c.unicode(), 1 };
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

// The script that decides where a word ends; marks and digits belong to any script.
QChar::Script scriptOf(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Inherited ? QChar::Script_Common : script;
}

// A whitespace-delimited chunk that is an address, a name of a file or domain, a mention or
// a tag: never spell checked.
bool isSkippedChunk(QStringView chunk)
{
    if (chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive)
        || chunk.startsWith(u"mailto:", Qt::CaseInsensitive))
        return true;
    const qsizetype at = chunk.indexOf(u'@');
    if (at >= 0)
        return true;
    if (chunk.startsWith(u'#'))
        return true;
    if (chunk.contains(u'_') || chunk.contains(u'\\'))
        return true;
    // example.org, report.pdf, e.g.: a dot between two word characters.
    for (qsizetype i = 1; i + 1 < chunk.size(); ++i) {
        if (chunk.at(i) == u'.' && chunk.at(i - 1).isLetterOrNumber() && chunk.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

bool isWorthChecking(QStringView word)
{
    int letters = 0;
    int upper = 0;
    for (qsizetype i = 0; i < word.size();) {
        const CodePoint cp = codePointAt(word, i);
        i += cp.width;
        if (QChar::isDigit(cp.value) || QChar::isNumber(cp.value))
            return false;
        if (QChar::isLetter(cp.value)) {
            ++letters;
            if (QChar::isUpper(cp.value))
                ++upper;
        }
    }
    if (letters < 2)
        return false;
    // Acronyms: UNESCO, ONU, UE-CELAC.
    return upper < letters;
}

} // namespace

QList<SpellToken> SpellTokenizer::words(QStringView text)
{
    QList<SpellToken> tokens;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        // One whitespace-delimited chunk at a time.
        while (i < size && isSpace(text.at(i).unicode()))
            ++i;
        const qsizetype chunkStart = i;
        while (i < size && !isSpace(text.at(i).unicode()))
            ++i;
        const QStringView chunk = text.mid(chunkStart, i - chunkStart);
        if (chunk.isEmpty() || isSkippedChunk(chunk))
            continue;

        qsizetype j = 0;
        while (j < chunk.size()) {
            CodePoint cp = codePointAt(chunk, j);
            if (!isWordCharacter(cp.value)) {
                j += cp.width;
                continue;
            }
            const qsizetype wordStart = j;
            QChar::Script script = scriptOf(cp.value);
            qsizetype wordEnd = j + cp.width;
            j = wordEnd;
            while (j < chunk.size()) {
                cp = codePointAt(chunk, j);
                if (isWordCharacter(cp.value)) {
                    const QChar::Script next = scriptOf(cp.value);
                    if (script != QChar::Script_Common && next != QChar::Script_Common && next != script)
                        break;
                    if (script == QChar::Script_Common)
                        script = next;
                    j += cp.width;
                    wordEnd = j;
                    continue;
                }
                // An apostrophe or hyphen joins only when a word character follows.
                if ((isApostrophe(cp.value) || isHyphen(cp.value)) && j + cp.width < chunk.size()
                    && isWordCharacter(codePointAt(chunk, j + cp.width).value)) {
                    j += cp.width;
                    continue;
                }
                break;
            }
            j = wordEnd;
            const QStringView word = chunk.mid(wordStart, wordEnd - wordStart);
            if (isWorthChecking(word))
                tokens.append({ chunkStart + wordStart, wordEnd - wordStart });
        }
    }
    return tokens;
}

QList<SpellToken> SpellTokenizer::hyphenParts(QStringView word)
{
    QList<SpellToken> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= word.size(); ++i) {
        if (i == word.size() || isHyphen(word.at(i).unicode())) {
            if (i > start && isWorthChecking(word.mid(start, i - start)))
                parts.append({ start, i - start });
            start = i + 1;
        }
    }
    return parts;
}

} // namespace pressdesk
