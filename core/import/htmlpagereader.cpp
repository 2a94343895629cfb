#include "htmlpagereader.h"

#include "importlimits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <gumbo.h>
#include <memory>

namespace pressdesk {

namespace {

using Block = HtmlArticleExtractor::Block;

const QSet<QString> &skippedElements()
{
    static const QSet<QString> names = { QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("form"),
        QStringLiteral("button"), QStringLiteral("menu"), QStringLiteral("svg"), QStringLiteral("iframe"),
        QStringLiteral("select"), QStringLiteral("dialog"), QStringLiteral("script"), QStringLiteral("style"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("head"), QStringLiteral("object"),
        QStringLiteral("canvas"), QStringLiteral("input"), QStringLiteral("label"), QStringLiteral("figure"),
        QStringLiteral("textarea"), QStringLiteral("math") };
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
        QStringLiteral("body"), QStringLiteral("html"), QStringLiteral("hr"), QStringLiteral("time"),
        QStringLiteral("figcaption") };
    return names;
}

bool isDateName(const QString &className)
{
    static const QRegularExpression date(
        QStringLiteral("(^|[-_\\s])(date|time|pubtime|pubdate|posted-on|published|timestamp)([-_\\s]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return date.match(className).hasMatch();
}

// Whether text has anything collapse() would change inside it: most paragraphs have not.
bool needsCollapsing(const QString &text)
{
    const QChar *data = text.constData();
    for (qsizetype i = 0, size = text.size(); i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c == u'\t' || c == u'\r' || c == u'\n' || c == 0x00A0 || c == 0x2028 || c == 0x00AD
            || (c == u' ' && i + 1 < size && data[i + 1] == QLatin1Char(' ')))
            return true;
    }
    return false;
}

QString collapse(const QString &text)
{
    if (!needsCollapsing(text))
        return text.trimmed();
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n\\x{00A0}]+"));
    QString collapsed = text;
    // Line breaks from <br> arrive as \u2028 and become \n after collapsing.
    collapsed.replace(spaces, QStringLiteral(" "));
    collapsed.replace(QStringLiteral(" \u2028 "), QStringLiteral("\n"));
    collapsed.replace(QStringLiteral("\u2028 "), QStringLiteral("\n"));
    collapsed.replace(QStringLiteral(" \u2028"), QStringLiteral("\n"));
    collapsed.replace(QChar(0x2028), QLatin1Char('\n'));
    collapsed.remove(QChar(0x00AD));
    return collapsed.trimmed();
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QString textOf(const GumboNode *node)
{
    QString text;
    if (node->type != GUMBO_NODE_ELEMENT)
        return text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
            text += QString::fromUtf8(child->v.text.text);
    }
    return text;
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = { QStringLiteral("NewsArticle"), QStringLiteral("Article"),
        QStringLiteral("ReportageNewsArticle"), QStringLiteral("AnalysisNewsArticle"), QStringLiteral("BlogPosting"),
        QStringLiteral("PressRelease"), QStringLiteral("WebPage") };
    if (type.isString())
        return types.contains(type.toString());
    const QJsonArray list = type.toArray();
    return std::any_of(
        list.begin(), list.end(), [](const QJsonValue &each) { return types.contains(each.toString()); });
}

// The first NewsArticle (or Article) in a JSON-LD block: an object, an array or an @graph.
void readJsonLd(const QJsonValue &value, HtmlArticleExtractor::Result &result, int depth)
{
    if (depth > 16)
        return;
    if (value.isArray()) {
        for (const QJsonValue &each : value.toArray())
            readJsonLd(each, result, depth + 1);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("@graph")))
        readJsonLd(object.value(QLatin1String("@graph")), result, depth + 1);
    if (!isArticleType(object.value(QLatin1String("@type"))))
        return;
    // A WebPage says less than an article: it fills only what is still empty.
    const bool page = object.value(QLatin1String("@type")).toString() == QLatin1String("WebPage");
    const QString headline = object.value(QLatin1String("headline")).toString().simplified();
    if (!headline.isEmpty() && (result.headline.isEmpty() || !page))
        result.headline = headline;
    const QString published = object.value(QLatin1String("datePublished")).toString().trimmed();
    if (!published.isEmpty() && (result.published.isEmpty() || !page))
        result.published = published;
    const QJsonValue publisher = object.value(QLatin1String("publisher"));
    if (result.siteName.isEmpty() && publisher.isObject())
        result.siteName = publisher.toObject().value(QLatin1String("name")).toString().simplified();
    QJsonValue language = object.value(QLatin1String("inLanguage"));
    if (language.isObject())
        language = language.toObject().value(QLatin1String("alternateName"));
    if (language.isString() && !language.toString().isEmpty() && (result.language.isEmpty() || !page))
        result.language = language.toString().trimmed();
}

struct Open
{
    QString name;
    bool dateLine = false; // a date's element, which ends a block like a paragraph
    bool skip = false;
    bool article = false;
    bool main = false;
};

struct ClassName
{
    bool furniture = false;
    bool date = false;
};

struct RawBlock
{
    Block block;
    bool inArticle = false;
    bool inMain = false;
    int article = 0; // which outermost <article>, 0 outside any
};

} // namespace

HtmlArticleExtractor::Result HtmlPageReader::read(const QString &html)
{
    HtmlArticleExtractor::Result result;
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100; // the parse recovers anyway; the list of errors is not used
    const auto destroy = [&options](GumboOutput *output) {
        gumbo_destroy_output(&options, output);
    };
    const std::unique_ptr<GumboOutput, decltype(destroy)> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())), destroy);
    if (!output || !output->root)
        return result;

    QString ogTitle;
    QString metaPublished;
    QString ogLocale;
    QString htmlLanguage;
    QString firstTime;
    QString articleTime; // a <time datetime> inside the article
    QString itemPublished; // microdata itemprop="datePublished"
    QString metaDate; // <meta name="date">, "pubdate", Dublin Core
    QString siteName;
    QHash<QString, ClassName> classNames;
    QList<RawBlock> raw;
    QList<Open> open;
    QString buffer;
    int skipDepth = 0;
    int articleDepth = 0;
    int articleCount = 0; // outermost <article> elements seen, numbered from 1
    int mainDepth = 0;

    const auto currentKind = [&] {
        return Block::kindWithin(open);
    };
    const auto flush = [&] {
        const QString text = collapse(buffer);
        buffer.clear();
        if (text.isEmpty())
            return;
        raw.append({ { currentKind(), text }, articleDepth > 0, mainDepth > 0, articleDepth > 0 ? articleCount : 0 });
    };

    // Depth first without recursion: a page nests as deep as it likes.
    struct Step
    {
        const GumboNode *node;
        bool leaving;
    };
    std::vector<Step> steps { { output->root, false } };
    while (!steps.empty()) {
        const Step step = steps.back();
        steps.pop_back();
        const GumboNode *node = step.node;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            if (skipDepth == 0)
                buffer += QString::fromUtf8(node->v.text.text);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement &element = node->v.element;
        const QString name = tagName(element);
        if (step.leaving) {
            if (skipDepth == 0 && (blockElements().contains(name) || open.constLast().dateLine))
                flush();
            const Open closed = open.takeLast();
            skipDepth -= closed.skip ? 1 : 0;
            articleDepth -= closed.article ? 1 : 0;
            mainDepth -= closed.main ? 1 : 0;
            continue;
        }

        // What the page declares, wherever it sits.
        if (name == QLatin1String("html") && htmlLanguage.isEmpty()) {
            htmlLanguage = attribute(element, "lang").trimmed();
        } else if (name == QLatin1String("title") && result.title.isEmpty()) {
            result.title = collapse(textOf(node));
        } else if (name == QLatin1String("meta")) {
            const QString property =
                attribute(element, "property").isEmpty() ? attribute(element, "name") : attribute(element, "property");
            const QString content = attribute(element, "content").trimmed();
            const QString key = property.toLower();
            if (key == QLatin1String("og:title") && ogTitle.isEmpty())
                ogTitle = collapse(content);
            else if ((key == QLatin1String("article:published_time") || key == QLatin1String("og:published_time"))
                && metaPublished.isEmpty())
                metaPublished = content;
            else if (key == QLatin1String("og:locale") && ogLocale.isEmpty())
                ogLocale = content;
            else if ((key == QLatin1String("og:site_name") || key == QLatin1String("application-name"))
                && siteName.isEmpty())
                siteName = collapse(content);
            else if ((key == QLatin1String("date") || key == QLatin1String("pubdate")
                         || key == QLatin1String("publishdate") || key == QLatin1String("publish-date")
                         || key == QLatin1String("dc.date.issued") || key == QLatin1String("dc.date")
                         || key == QLatin1String("dcterms.issued") || key == QLatin1String("dcterms.created")
                         || key == QLatin1String("parsely-pub-date") || key == QLatin1String("sailthru.date"))
                && metaDate.isEmpty())
                metaDate = content;
            if (attribute(element, "itemprop") == QLatin1String("datePublished") && itemPublished.isEmpty())
                itemPublished = content;
        } else if (name == QLatin1String("script")
            && attribute(element, "type").trimmed().toLower() == QLatin1String("application/ld+json")) {
            const QByteArray json = textOf(node).toUtf8();
            if (json.size() < 1'000'000) {
                const QJsonDocument document = QJsonDocument::fromJson(json);
                readJsonLd(
                    document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), result, 0);
            }
        } else if (name == QLatin1String("time") && skipDepth == 0) {
            // A date in the menus, a sidebar or a list of other stories is not this article's.
            const QString datetime = attribute(element, "datetime").trimmed();
            if (firstTime.isEmpty())
                firstTime = datetime;
            if (articleTime.isEmpty() && (articleDepth > 0 || mainDepth > 0))
                articleTime = datetime;
            if (itemPublished.isEmpty() && attribute(element, "itemprop") == QLatin1String("datePublished"))
                itemPublished = datetime;
        }

        if (name == QLatin1String("br")) {
            if (skipDepth == 0)
                buffer += QChar(0x2028);
            continue;
        }
        // A date printed in a line of its own element ("<span class=time>…</span><span
        // class=source>…</span>") stands apart, so it reads as a stamp.
        const QString className = attribute(element, "class");
        // Pages repeat their class names thousands of times: each is judged once.
        const auto judged = classNames.constFind(className);
        const ClassName kind = judged != classNames.cend()
            ? *judged
            : *classNames.insert(className,
                { HtmlArticleExtractor::isBoilerplateName(className), !className.isEmpty() && isDateName(className) });
        const bool dateElement = kind.date;
        if (skipDepth == 0 && (blockElements().contains(name) || dateElement))
            flush();
        const QString role = attribute(element, "role");
        const bool landmark = role == QLatin1String("navigation") || role == QLatin1String("banner")
            || role == QLatin1String("contentinfo") || role == QLatin1String("dialog")
            || role == QLatin1String("alertdialog") || role == QLatin1String("complementary")
            || role == QLatin1String("search") || role == QLatin1String("menu") || role == QLatin1String("menubar");
        const bool inArticle = articleDepth > 0 || mainDepth > 0;
        const bool pageChrome = !inArticle && (name == QLatin1String("header") || name == QLatin1String("footer"));
        const bool hidden = gumbo_get_attribute(&element.attributes, "hidden")
            || attribute(element, "aria-hidden") == QLatin1String("true");
        Open entry;
        entry.name = name;
        entry.dateLine = dateElement;
        entry.skip = skippedElements().contains(name) || landmark || pageChrome || hidden || kind.furniture
            || HtmlArticleExtractor::isBoilerplateName(attribute(element, "id"));
        entry.article = name == QLatin1String("article");
        entry.main = name == QLatin1String("main") || role == QLatin1String("main");
        skipDepth += entry.skip ? 1 : 0;
        if (entry.article && articleDepth == 0 && skipDepth == 0)
            ++articleCount;
        articleDepth += entry.article ? 1 : 0;
        mainDepth += entry.main ? 1 : 0;
        open.append(entry);
        steps.push_back({ node, true });
        const GumboVector &children = element.children;
        for (unsigned i = children.length; i > 0; --i)
            steps.push_back({ static_cast<const GumboNode *>(children.data[i - 1]), false });
    }
    flush();

    if (result.headline.isEmpty())
        result.headline = ogTitle;
    for (const QString &date : { metaPublished, itemPublished, metaDate, articleTime, firstTime }) {
        if (result.published.isEmpty())
            result.published = date;
    }
    if (result.siteName.isEmpty())
        result.siteName = siteName;
    if (result.language.isEmpty())
        result.language = ogLocale.isEmpty() ? htmlLanguage : ogLocale;

    const bool anyArticle = std::any_of(raw.cbegin(), raw.cend(), [](const RawBlock &b) { return b.inArticle; });
    const bool anyMain = std::any_of(raw.cbegin(), raw.cend(), [](const RawBlock &b) { return b.inMain; });
    // Several articles (teasers of other stories marked up as <article>): the one with the
    // most text is this page's.
    int mainArticle = 0;
    if (articleCount > 1) {
        QHash<int, qsizetype> length;
        for (const RawBlock &block : std::as_const(raw))
            length[block.article] += block.article > 0 ? block.block.text.size() : 0;
        qsizetype longest = -1;
        for (auto it = length.cbegin(); it != length.cend(); ++it) {
            if (it.key() > 0 && it.value() > longest) {
                longest = it.value();
                mainArticle = it.key();
            }
        }
    }
    bool hasHeading = false;
    for (const RawBlock &block : std::as_const(raw)) {
        const bool keep = anyArticle ? block.inArticle && (mainArticle == 0 || block.article == mainArticle)
                                     : (anyMain ? block.inMain : true);
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
