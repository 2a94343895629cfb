#include "markdownrenderer.h"

#include <QUrl>

#include <cmark.h>
#include <cstdlib>

namespace pressdesk {

namespace {

QString fromCmark(char *rendered)
{
    const QString text = QString::fromUtf8(rendered);
    std::free(rendered);
    return text;
}

QString literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

// Moves a node's children in front of it, then removes it: a link keeps its words.
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

QString inlineText(cmark_node *node)
{
    QString text;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += literal(child);
            break;
        case CMARK_NODE_SOFTBREAK:
            text += QLatin1Char(' ');
            break;
        case CMARK_NODE_LINEBREAK:
            text += QLatin1Char('\n');
            break;
        case CMARK_NODE_LINK: {
            const QString words = inlineText(child);
            const QString url = QString::fromUtf8(cmark_node_get_url(child));
            const QString shownUrl = url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? url.mid(7) : url;
            text += words == shownUrl ? words : words + QStringLiteral(" <") + shownUrl + QLatin1Char('>');
            break;
        }
        default:
            text += inlineText(child);
            break;
        }
    }
    return text;
}

void blockText(cmark_node *node, const QString &indent, QStringList &lines)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
        lines.append(indent + inlineText(node));
        break;
    case CMARK_NODE_CODE_BLOCK: {
        QString code = literal(node);
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        const QStringList codeLines = code.split(QLatin1Char('\n'));
        for (const QString &line : codeLines)
            lines.append(indent + QStringLiteral("    ") + line);
        break;
    }
    case CMARK_NODE_THEMATIC_BREAK:
        lines.append(indent + QStringLiteral("* * *"));
        break;
    case CMARK_NODE_LIST: {
        const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        int number = cmark_node_get_list_start(node);
        for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
            const QString marker = ordered ? QString::number(number++) + QStringLiteral(". ") : QStringLiteral("- ");
            QStringList itemLines;
            for (cmark_node *child = cmark_node_first_child(item); child; child = cmark_node_next(child))
                blockText(child, QString(), itemLines);
            for (qsizetype i = 0; i < itemLines.size(); ++i)
                lines.append(indent + (i == 0 ? marker : QString(marker.size(), QLatin1Char(' '))) + itemLines.at(i));
        }
        break;
    }
    case CMARK_NODE_BLOCK_QUOTE:
        for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
            blockText(child, indent + QStringLiteral("> "), lines);
        break;
    default:
        break;
    }
}

} // namespace

MarkdownRenderer::MarkdownRenderer(const QString &markdown)
    : m_lines(markdown.split(QLatin1Char('\n')))
{
    const QByteArray utf8 = markdown.toUtf8();
    m_document = cmark_parse_document(utf8.constData(), static_cast<size_t>(utf8.size()), CMARK_OPT_DEFAULT);
    sanitize();
    for (cmark_node *block = cmark_node_first_child(m_document); block; block = cmark_node_next(block))
        m_blocks.append(block);
}

MarkdownRenderer::~MarkdownRenderer()
{
    cmark_node_free(m_document);
}

QString MarkdownRenderer::source(int block) const
{
    const int first = cmark_node_get_start_line(m_blocks.at(block)) - 1;
    const int last = cmark_node_get_end_line(m_blocks.at(block)) - 1;
    if (first < 0 || last < first || first >= m_lines.size())
        return {};
    QStringList lines = m_lines.mid(first, last - first + 1);
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

bool MarkdownRenderer::isAllowedLink(const QString &url)
{
    const QString scheme = QUrl(url.trimmed()).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

void MarkdownRenderer::sanitize()
{
    QList<cmark_node *> unsafe;
    cmark_iter *iterator = cmark_iter_new(m_document);
    while (cmark_iter_next(iterator) != CMARK_EVENT_DONE) {
        if (cmark_iter_get_event_type(iterator) != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iterator);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_IMAGE:
            unsafe.append(node);
            break;
        case CMARK_NODE_LINK:
            if (!isAllowedLink(QString::fromUtf8(cmark_node_get_url(node))))
                unsafe.append(node);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iterator);
    // Changing the tree while iterating is not allowed, hence the second pass. HTML nodes
    // have no children; links and images keep theirs (their words).
    for (cmark_node *node : std::as_const(unsafe))
        unwrap(node);
}

QString MarkdownRenderer::html(int first, int last) const
{
    if (last < 0 || last > blockCount())
        last = blockCount();
    QString html;
    for (int i = first; i < last; ++i)
        html += fromCmark(cmark_render_html(m_blocks.at(i), CMARK_OPT_DEFAULT));
    return html;
}

QString MarkdownRenderer::text(int block) const
{
    QStringList lines;
    blockText(m_blocks.at(block), QString(), lines);
    return lines.join(QLatin1Char('\n'));
}

bool MarkdownRenderer::isHeading(int block) const
{
    return cmark_node_get_type(m_blocks.at(block)) == CMARK_NODE_HEADING;
}

bool MarkdownRenderer::isParagraph(int block) const
{
    return cmark_node_get_type(m_blocks.at(block)) == CMARK_NODE_PARAGRAPH;
}

} // namespace pressdesk
