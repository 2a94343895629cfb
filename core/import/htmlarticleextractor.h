#pragma once

#include <QList>
#include <QString>

namespace pressdesk {

// The article of a saved web page as text blocks: site navigation, menus, cookie and
// consent banners, share buttons, forms, sidebars and scripts are left out. When the page
// marks its article (<article>, <main>, role="main") only that is kept.
class HtmlArticleExtractor final
{
public:
    struct Block
    {
        enum Kind { Heading1, Heading2, Heading3, Paragraph, ListItem, Quote };
        Kind kind = Paragraph;
        QString text;
    };
    struct Result
    {
        QString title; // the page's <title>
        QString headline; // what the page declares: JSON-LD headline, else og:title
        QString published; // JSON-LD datePublished, article:published_time or the first <time datetime>
        QString language; // JSON-LD inLanguage, og:locale or <html lang>, as written ("en-US")
        QList<Block> blocks;
    };

    // With gumbo (HtmlPageReader); a page nested thousands of elements deep with the
    // forgiving tokenizer instead.
    static Result extract(const QString &html);
    static Result extractWithTokenizer(const QString &html);
    // Whether a class, id or role names page furniture rather than content.
    static bool isBoilerplateName(const QString &value);
};

} // namespace pressdesk
