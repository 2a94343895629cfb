#pragma once

#include <QString>
#include <QStringList>

namespace pressdesk {

// What a block of a pasted release or page is, judged from its words alone: site furniture
// (skip links, menus, language switchers, breadcrumbs, share buttons, copyright lines),
// the labels above a release ("Press release", "FOR IMMEDIATE RELEASE"), prose, a line that
// could be a headline, and the headings that close a release ("About …", "Media
// contacts", "Notes to editors") or a page's article ("Related news").
class BlockClassifier final
{
public:
    // lines: the block's lines as printed, when it had several (a menu copied from a page).
    static bool isFurniture(const QString &text, const QStringList &lines = {});
    static bool isReleaseLine(const QString &text);
    static bool isEndMark(const QString &text);
    // "Related news", "Share this page", "À lire aussi": the article is over.
    static bool isEndOfArticle(const QString &text);
    // "About Acme" as a heading, or "About Acme: Acme is …" inline; returns the inline text.
    static bool isAboutHeading(const QString &text, QString *inlineText);
    static bool isContactHeading(const QString &text);
    // A sentence or more of running text: enough words, stop words and a sentence end.
    static bool isProse(const QString &text);
    // Could head an article: a few words to a long line, no sentence end, not furniture.
    static bool isHeadlineLike(const QString &text);
    static int wordCount(const QString &text);
    // Han, kana or Thai: scripts written without spaces between words.
    static bool isIdeographic(QChar c);
};

} // namespace pressdesk
