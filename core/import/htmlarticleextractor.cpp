#include "htmlarticleextractor.h"

#include "htmlpagereader.h"
#include "htmltokenizer.h"
#include "importlimits.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pressdesk {

namespace {

const QSet<QString> &skippedElements()
{
    static const QSet<QString> names = { QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("form"),
        QStringLiteral("button"), QStringLiteral("menu"), QStringLiteral("svg"), QStringLiteral("iframe"),
        QStringLiteral("select"), QStringLiteral("dialog"), QStringLiteral("script"), QStringLiteral("style"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("head"), QStringLiteral("object"),
        QStringLiteral("canvas"), QStringLiteral("input"), QStringLiteral("label"), QStringLiteral("figure") };
    return names;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> names = { QStringLiteral("br"), QStringLiteral("img"), QStringLiteral("hr"),
        QStringLiteral("meta"), QStringLiteral("link"), QStringLiteral("input"), QStringLiteral("source"),
        QStringLiteral("wbr"), QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("param"), QStringLiteral("track") };
    return names;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> names = { QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("li"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("blockquote"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("main"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("pre"), QStringLiteral("address"), QStringLiteral("dd"), QStringLiteral("dt"),
        QStringLiteral("body"), QStringLiteral("html"), QStringLiteral("hr") };
    return names;
}

struct Open
{
    QString name;
    bool skip = false;
    bool main = false;
};

struct RawBlock
{
    HtmlArticleExtractor::Block block;
    bool inArticle = false;
    bool inMain = false;
};

QString collapse(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n\\x{00A0}]+"));
    QString collapsed = text;
    // Keep line breaks from <br>: they arrive as \u2028 and become \n after collapsing.
    collapsed.replace(spaces, QStringLiteral(" "));
    collapsed.replace(QStringLiteral(" \u2028 "), QStringLiteral("\n"));
    collapsed.replace(QStringLiteral("\u2028 "), QStringLiteral("\n"));
    collapsed.replace(QStringLiteral(" \u2028"), QStringLiteral("\n"));
    collapsed.replace(QChar(0x2028), QLatin1Char('\n'));
    collapsed.remove(QChar(0x00AD));
    return collapsed.trimmed();
}

} // namespace

bool HtmlArticleExtractor::isBoilerplateName(const QString &value)
{
    static const QRegularExpression furniture(
        QStringLiteral(
            "(^|[-_\\s])(nav|navbar|navigation|menu|menubar|cookies?|consent|gdpr|cmp|banner|share|sharing|"
            "sharebar|social|socials|breadcrumbs?|newsletter|subscribe|subscription|related|sidebar|popup|"
            "modal|skip|skiplink|toolbar|pagination|pager|comments?|ads?|advert|advertisement|promo|"
            "masthead|topbar|top-bar|topnav|site-header|site-footer|footer|login|search|rail|widgets?|widget-area|"
            "most-read|mostread|popular|ranking|rank|hot-news|hotnews|ticker|blogroll|sharedaddy)([-_\\s]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(value).hasMatch();
}

namespace {

// How deep the page's elements nest, roughly (void elements count too): gumbo frees its
// tree recursively, so a page nested thousands deep goes to the tokenizer instead.
int nestingEstimate(const QString &html)
{
    int depth = 0;
    int deepest = 0;
    const QChar *data = html.constData();
    const qsizetype size = html.size();
    // indexOf is Qt's vectorised search: most of a page is not '<'.
    for (qsizetype i = html.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < size;
         i = html.indexOf(QLatin1Char('<'), i + 1)) {
        const QChar next = data[i + 1];
        if (next == QLatin1Char('/'))
            depth = qMax(0, depth - 1);
        else if (next.isLetter())
            deepest = qMax(deepest, ++depth);
    }
    return deepest;
}

} // namespace

HtmlArticleExtractor::Result HtmlArticleExtractor::extract(const QString &html)
{
    if (nestingEstimate(html) < 4000)
        return HtmlPageReader::read(html);
    return extractWithTokenizer(html);
}

HtmlArticleExtractor::Result HtmlArticleExtractor::extractWithTokenizer(const QString &html)
{
    Result result;
    const QList<HtmlToken> tokens = HtmlTokenizer::tokenize(html);
    QList<Open> stack;
    QList<RawBlock> raw;
    QString buffer;
    int skipDepth = 0;
    int articleDepth = 0;
    int mainDepth = 0;
    bool inTitle = false;

    const auto currentKind = [&] {
        return Block::kindWithin(stack);
    };
    const auto flush = [&] {
        const QString text = collapse(buffer);
        buffer.clear();
        if (text.isEmpty())
            return;
        RawBlock block;
        block.block.kind = currentKind();
        block.block.text = text;
        block.inArticle = articleDepth > 0;
        block.inMain = mainDepth > 0;
        raw.append(block);
    };
    const auto closeTo = [&](qsizetype index) {
        while (stack.size() > index) {
            const Open open = stack.takeLast();
            if (open.skip)
                --skipDepth;
            if (open.name == QLatin1String("article"))
                --articleDepth;
            if (open.main)
                --mainDepth;
        }
    };

    for (const HtmlToken &token : tokens) {
        if (token.kind == HtmlToken::Text) {
            if (inTitle)
                result.title += token.text;
            else if (skipDepth == 0)
                buffer += token.text;
            continue;
        }
        const QString &name = token.name;
        if (token.kind == HtmlToken::StartTag) {
            // What the page declares about itself, wherever it sits.
            const QString property = token.attributes.value(QStringLiteral("property")).isEmpty()
                ? token.attributes.value(QStringLiteral("name"))
                : token.attributes.value(QStringLiteral("property"));
            const QString content = token.attributes.value(QStringLiteral("content")).trimmed();
            if (name == QLatin1String("meta") && property == QLatin1String("og:title") && result.headline.isEmpty())
                result.headline = collapse(content);
            else if (name == QLatin1String("meta") && property == QLatin1String("article:published_time"))
                result.published = content;
            else if (name == QLatin1String("meta") && property == QLatin1String("og:locale")
                && result.language.isEmpty())
                result.language = content;
            else if (name == QLatin1String("meta") && property == QLatin1String("og:site_name")
                && result.siteName.isEmpty())
                result.siteName = collapse(content);
            else if (name == QLatin1String("html") && result.language.isEmpty())
                result.language = token.attributes.value(QStringLiteral("lang")).trimmed();
            else if (name == QLatin1String("time") && result.published.isEmpty())
                result.published = token.attributes.value(QStringLiteral("datetime")).trimmed();
        }
        if (name == QLatin1String("title")) {
            inTitle = token.kind == HtmlToken::StartTag;
            continue;
        }
        if (token.kind == HtmlToken::StartTag) {
            if (name == QLatin1String("br")) {
                if (skipDepth == 0)
                    buffer += QChar(0x2028);
                continue;
            }
            const bool isBlock = blockElements().contains(name);
            if (isBlock && skipDepth == 0)
                flush();
            if (voidElements().contains(name) || token.selfClosing)
                continue;
            // p and li close an open p or li, as browsers do.
            if (name == QLatin1String("p") || name == QLatin1String("li")) {
                for (qsizetype i = stack.size() - 1; i >= 0 && i >= stack.size() - 3; --i) {
                    if (stack.at(i).name == name) {
                        closeTo(i);
                        break;
                    }
                }
            }
            if (stack.size() >= ImportLimits::maxHtmlDepth)
                continue;
            const QString role = token.attributes.value(QStringLiteral("role"));
            const bool landmark = role == QLatin1String("navigation") || role == QLatin1String("banner")
                || role == QLatin1String("contentinfo") || role == QLatin1String("dialog")
                || role == QLatin1String("alertdialog") || role == QLatin1String("complementary")
                || role == QLatin1String("search") || role == QLatin1String("menu") || role == QLatin1String("menubar");
            const bool inArticle = articleDepth > 0 || mainDepth > 0;
            const bool pageChrome = !inArticle && (name == QLatin1String("header") || name == QLatin1String("footer"));
            const bool hidden = token.attributes.contains(QStringLiteral("hidden"))
                || token.attributes.value(QStringLiteral("aria-hidden")) == QLatin1String("true");
            Open open;
            open.name = name;
            open.skip = skippedElements().contains(name) || landmark || pageChrome || hidden
                || isBoilerplateName(token.attributes.value(QStringLiteral("class")))
                || isBoilerplateName(token.attributes.value(QStringLiteral("id")));
            if (open.skip)
                ++skipDepth;
            if (name == QLatin1String("article"))
                ++articleDepth;
            open.main = name == QLatin1String("main") || role == QLatin1String("main");
            if (open.main)
                ++mainDepth;
            stack.append(open);
        } else {
            qsizetype match = -1;
            for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                if (stack.at(i).name == name) {
                    match = i;
                    break;
                }
            }
            if (match < 0)
                continue;
            if (skipDepth == 0 && blockElements().contains(name))
                flush();
            closeTo(match);
        }
    }
    if (skipDepth == 0)
        flush();
    result.title = collapse(result.title);

    const bool anyArticle = std::any_of(raw.cbegin(), raw.cend(), [](const RawBlock &b) { return b.inArticle; });
    const bool anyMain = std::any_of(raw.cbegin(), raw.cend(), [](const RawBlock &b) { return b.inMain; });
    bool hasHeading = false;
    for (const RawBlock &block : std::as_const(raw)) {
        const bool keep = anyArticle ? block.inArticle : (anyMain ? block.inMain : true);
        if (!keep)
            continue;
        hasHeading = hasHeading || block.block.kind == Block::Heading1;
        result.blocks.append(block.block);
    }
    // The headline often sits above the article element.
    if (!hasHeading && (anyArticle || anyMain)) {
        for (const RawBlock &block : std::as_const(raw)) {
            if (block.block.kind == Block::Heading1) {
                result.blocks.prepend(block.block);
                break;
            }
        }
    }
    return result;
}

} // namespace pressdesk
