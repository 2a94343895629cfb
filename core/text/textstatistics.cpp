#include "textstatistics.h"

namespace pressdesk {

int TextStatistics::wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        // Markdown markers (#, *, >, -) alone are not words; letters and digits are.
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++words;
        if (c.isSpace())
            inWord = false;
        else if (wordChar)
            inWord = true;
    }
    return words;
}

int TextStatistics::readingMinutes(int words)
{
    if (words <= 0)
        return 0;
    return (words + wordsPerMinute - 1) / wordsPerMinute;
}

} // namespace pressdesk
