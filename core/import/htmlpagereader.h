#pragma once

#include "htmlarticleextractor.h"

#include <QString>

namespace pressdesk {

// A saved web page read with a real HTML5 parser (gumbo, as browsers build the tree): the
// article's blocks and what the page declares about it (JSON-LD NewsArticle/Article
// headline, datePublished and inLanguage; og:title, article:published_time, og:locale;
// <time datetime>; <html lang>). The same furniture as HtmlArticleExtractor is left out.
class HtmlPageReader final
{
public:
    static HtmlArticleExtractor::Result read(const QString &html);
};

} // namespace pressdesk
