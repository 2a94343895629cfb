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

        // The kind of text inside these open elements (outermost first, each with a lower-case
        // `name`): the innermost heading, else the innermost quote or list item, else a
        // paragraph. Shared by the gumbo reader and the tokenizer.
        template<typename Elements>
        static Kind kindWithin(const Elements &open)
        {
            for (qsizetype i = open.size() - 1; i >= 0; --i) {
                const QString &name = open.at(i).name;
                if (name == QLatin1String("h1"))
                    return Heading1;
                if (name == QLatin1String("h2"))
                    return Heading2;
                if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('3')
                    && name.at(1) <= QLatin1Char('6'))
                    return Heading3;
            }
            for (qsizetype i = open.size() - 1; i >= 0; --i) {
                if (open.at(i).name == QLatin1String("blockquote"))
                    return Quote;
                if (open.at(i).name == QLatin1String("li"))
                    return ListItem;
            }
            return Paragraph;
        }
    };
    struct Result
    {
        QString title; // the page's <title>
        QString headline; // what the page declares: JSON-LD headline, else og:title
        QString published; // JSON-LD datePublished, article:published_time or the first <time datetime>
        QString language; // JSON-LD inLanguage, og:locale or <html lang>, as written ("en-US")
        QString siteName; // og:site_name, JSON-LD publisher name or application-name
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
