#pragma once

#include <QString>

namespace pressdesk {

// Word count and reading time of a text, as the release editor's status line shows them.
class TextStatistics final
{
public:
    static constexpr int wordsPerMinute = 200;

    static int wordCount(const QString &text);
    // Whole minutes, at least 1 for any text.
    static int readingMinutes(int words);
};

} // namespace pressdesk
