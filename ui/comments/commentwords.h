#pragma once

#include <QCoreApplication>
#include <QString>

namespace pressdesk {

// How a comment's field and time read in the window: "Headline", "Paragraph 3", "Quote 2",
// "Whole release"; "6 Dec, 10:42".
class CommentWords final
{
    Q_DECLARE_TR_FUNCTIONS(CommentWords)

public:
    static QString field(const QString &key);
    // "the headline", "paragraph 3": inside a sentence.
    static QString fieldInSentence(const QString &key);
    static QString time(const QString &iso);
};

} // namespace pressdesk
