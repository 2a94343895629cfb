#include "pdfblockbuilder.h"

#include "markdownrenderer.h"

#include <QHash>
#include <QRegularExpression>

#include <cmark.h>

namespace pressdesk {

namespace {

const QByteArray sans = "Liberation Sans,DejaVu Sans,Arial,sans-serif";
const QByteArray mono = "Liberation Mono,DejaVu Sans Mono,monospace";
const QRgb accent = qRgb(0x1d, 0x4e, 0x89);
const QRgb muted = qRgb(0x5b, 0x65, 0x73);
const QRgb ink = qRgb(0x1c, 0x24, 0x30);
const QRgb embargo = qRgb(0xa1, 0x26, 0x22);

PdfBlock sansBlock(double size, bool bold = false, QRgb color = ink)
{
    PdfBlock block;
    block.family = sans;
    block.size = size;
    block.bold = bold;
    block.color = color;
    block.lineSpacing = 1.25;
    return block;
}

// The language of a quote written in a script the release's language does not use: a
// guess from the script (Arabic script is taken as Arabic), so that a screen reader
// switches voice. Empty when the quote is in the release's script.
QString scriptLanguage(const QString &text)
{
    QHash<QChar::Script, int> letters;
    int total = 0;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        ++letters[QChar::script(c)];
        ++total;
    }
    static const QList<QPair<QChar::Script, QString>> languages {
        { QChar::Script_Arabic, QStringLiteral("ar") },
        { QChar::Script_Hebrew, QStringLiteral("he") },
        { QChar::Script_Greek, QStringLiteral("el") },
    };
    for (const auto &[script, language] : languages) {
        if (total > 0 && letters.value(script) * 2 > total)
            return language;
    }
    return {};
}

QString literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace

QList<PdfBlock> PdfBlockBuilder::build(const ReleaseParts &parts)
{
    QList<PdfBlock> blocks;
    PdfBlockBuilder builder(blocks);
    builder.letterhead(parts);
    builder.masthead(parts);

    const MarkdownRenderer body(parts.body);
    const QList<QList<int>> slots = parts.quoteSlots(body);
    for (int block = 0; block < slots.size(); ++block) {
        for (const int index : slots.at(block))
            builder.quote(parts.quotes.at(index));
        if (block < body.blockCount())
            builder.bodyBlock(body.node(block), 0);
    }
    for (const ReleaseParts::EventPart &event : parts.events)
        builder.event(parts, event);

    PdfBlock end;
    end.text.append(ReleaseParts::endMark(), StyledText::Bold);
    end.align = PdfBlock::Align::Center;
    end.spaceBefore = 18;
    end.spaceAfter = 14;
    builder.add(end);
    builder.closingSections(parts);
    if (!blocks.isEmpty()) {
        blocks.first().opens.prepend("Document");
        blocks.last().closes += 1;
    }
    return blocks;
}

PdfBlock &PdfBlockBuilder::add(PdfBlock block)
{
    m_blocks.append(std::move(block));
    return m_blocks.last();
}

void PdfBlockBuilder::closeLast(int count)
{
    if (!m_blocks.isEmpty())
        m_blocks.last().closes += count;
}

void PdfBlockBuilder::letterhead(const ReleaseParts &parts)
{
    PdfBlock block = sansBlock(11, false, accent);
    block.text.append(parts.organizationName, StyledText::Bold);
    QStringList lines;
    if (!parts.organizationAddress.isEmpty())
        lines.append(parts.organizationAddress);
    if (!parts.organizationWebsite.isEmpty())
        lines.append(QString(parts.organizationWebsite).remove(QRegularExpression(QStringLiteral("^https?://"))));
    if (!lines.isEmpty())
        block.text.append(QLatin1Char('\n') + lines.join(QLatin1Char('\n')), StyledText::Plain, muted, 8);
    block.logoPng = parts.logoPng;
    block.logoSvg = parts.logoSvg;
    block.ruleBelow = accent;
    block.spaceAfter = 8;
    block.breakable = false;
    add(std::move(block));
}

void PdfBlockBuilder::masthead(const ReleaseParts &parts)
{
    const bool immediate = parts.releaseLine.startsWith(parts.labels.immediateRelease());
    PdfBlock line = sansBlock(8.5, true, immediate ? accent : embargo);
    line.text.append(parts.releaseLine);
    line.letterSpacing = 0.6;
    line.spaceBefore = 20;
    line.spaceAfter = 8;
    line.keepWithNext = true;
    add(std::move(line));

    PdfBlock headline = sansBlock(19, true);
    headline.tag = "H1";
    headline.text.append(parts.headline);
    headline.lineSpacing = 1.15;
    headline.spaceAfter = 7;
    headline.keepWithNext = true;
    headline.outline = parts.headline;
    add(std::move(headline));

    if (!parts.subheadline.isEmpty()) {
        PdfBlock subheadline;
        subheadline.text.append(parts.subheadline);
        subheadline.size = 12.5;
        subheadline.italic = true;
        subheadline.color = muted;
        subheadline.lineSpacing = 1.25;
        subheadline.spaceAfter = 14;
        subheadline.keepWithNext = true;
        add(std::move(subheadline));
    }

    PdfBlock lead;
    if (!parts.dateline.isEmpty()) {
        lead.text.append(parts.dateline, StyledText::Bold);
        if (!parts.lead.isEmpty())
            lead.text.append(QStringLiteral(" — "));
    }
    lead.text.append(parts.lead);
    lead.spaceAfter = 9;
    lead.align = PdfBlock::Align::Justify;
    lead.hyphenate = true;
    add(std::move(lead));
}

void PdfBlockBuilder::inlines(cmark_node *node, StyledText &text, unsigned style)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
            text.append(literal(child), style);
            break;
        case CMARK_NODE_CODE:
            text.append(literal(child), style | StyledText::Mono);
            break;
        case CMARK_NODE_SOFTBREAK:
            text.append(QStringLiteral(" "), style);
            break;
        case CMARK_NODE_LINEBREAK:
            text.append(QStringLiteral("\n"), style);
            break;
        case CMARK_NODE_EMPH:
            inlines(child, text, style | StyledText::Italic);
            break;
        case CMARK_NODE_STRONG:
            inlines(child, text, style | StyledText::Bold);
            break;
        case CMARK_NODE_LINK: {
            StyledText words;
            inlines(child, words, style);
            const QString url = QString::fromUtf8(cmark_node_get_url(child));
            text.appendLink(QString::fromUtf8(words.utf8()), url, style, accent);
            break;
        }
        default:
            inlines(child, text, style);
            break;
        }
    }
}

void PdfBlockBuilder::bodyBlock(cmark_node *node, double indent)
{
    PdfBlock block;
    block.indent = indent;
    block.spaceAfter = 9;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        inlines(node, block.text, StyledText::Plain);
        block.align = PdfBlock::Align::Justify;
        block.hyphenate = true;
        break;
    case CMARK_NODE_HEADING: {
        const int level = cmark_node_get_heading_level(node);
        block = sansBlock(level <= 2 ? 12.5 : 11, true, accent);
        block.indent = indent;
        // The headline is the H1; PDF/UA allows no skipped level, so an H3 needs an H2 before it.
        block.tag = level <= 2 || !m_sectionHeadingSeen ? "H2" : "H3";
        m_sectionHeadingSeen = true;
        inlines(node, block.text, StyledText::Plain);
        block.spaceBefore = 14;
        block.spaceAfter = 5;
        block.keepWithNext = true;
        block.breakable = false;
        block.outline = QString::fromUtf8(block.text.utf8());
        break;
    }
    case CMARK_NODE_CODE_BLOCK: {
        QString code = literal(node);
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        block.family = mono;
        block.size = 9.5;
        block.lineSpacing = 1.2;
        block.text.append(code);
        break;
    }
    case CMARK_NODE_LIST:
        list(node, indent);
        return;
    case CMARK_NODE_BLOCK_QUOTE: {
        const int first = static_cast<int>(m_blocks.size());
        for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
            bodyBlock(child, indent + 18);
        if (m_blocks.size() > first) {
            m_blocks[first].opens.append("BlockQuote");
            for (qsizetype i = first; i < m_blocks.size(); ++i)
                m_blocks[i].italic = true;
            closeLast();
        }
        return;
    }
    default: // thematic breaks and anything without text
        return;
    }
    if (!block.text.isEmpty())
        add(std::move(block));
}

void PdfBlockBuilder::list(cmark_node *node, double indent)
{
    const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    int number = cmark_node_get_list_start(node);
    const int first = static_cast<int>(m_blocks.size());
    for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
        const int itemFirst = static_cast<int>(m_blocks.size());
        const QString label = ordered ? QString::number(number++) + QLatin1Char('.') : QStringLiteral("•");
        for (cmark_node *child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
            if (cmark_node_get_type(child) == CMARK_NODE_LIST) {
                list(child, indent + 18);
                continue;
            }
            const int before = static_cast<int>(m_blocks.size());
            bodyBlock(child, indent + 18);
            if (m_blocks.size() > before) {
                PdfBlock &block = m_blocks[before];
                block.spaceAfter = 4;
                if (block.tag == "P")
                    block.tag = "LBody";
                if (before == itemFirst)
                    block.label = label;
            }
        }
        if (m_blocks.size() > itemFirst) {
            m_blocks[itemFirst].opens.append("LI");
            closeLast();
        }
    }
    if (m_blocks.size() > first) {
        m_blocks[first].opens.prepend("L");
        closeLast();
        m_blocks.last().spaceAfter = 9;
    }
}

void PdfBlockBuilder::quote(const ReleaseParts::QuotePart &quote)
{
    const int group = m_groups++;
    PdfBlock words;
    words.opens = { "BlockQuote" };
    words.language = scriptLanguage(quote.text);
    words.text.append(QStringLiteral("“") + quote.text + QStringLiteral("”"));
    words.size = 12;
    words.italic = true;
    words.lineSpacing = 1.3;
    words.indent = 40;
    words.align = PdfBlock::Align::Justify;
    words.hyphenate = true;
    words.spaceBefore = 12;
    words.spaceAfter = 4;
    words.keepWithNext = true;
    words.group = group;
    words.decoration = PdfBlock::Decoration::QuoteRule;
    add(std::move(words));

    PdfBlock byline = sansBlock(9, false, muted);
    byline.text.append(QStringLiteral("— "));
    byline.text.append(quote.speaker, StyledText::Bold, ink);
    if (!quote.attribution.isEmpty())
        byline.text.append(QStringLiteral(", ") + quote.attribution);
    byline.indent = 40;
    byline.spaceAfter = 12;
    byline.group = group;
    byline.decoration = PdfBlock::Decoration::QuoteRule;
    byline.closes = 1;
    add(std::move(byline));
}

void PdfBlockBuilder::event(const ReleaseParts &parts, const ReleaseParts::EventPart &event)
{
    const int group = m_groups++;
    const auto boxed = [&](PdfBlock block) {
        block.group = group;
        block.decoration = PdfBlock::Decoration::EventBox;
        block.keepGroupTogether = true;
        block.indent = 10;
        block.rightIndent = 10;
        return block;
    };
    PdfBlock label = boxed(sansBlock(8, true, accent));
    label.opens = { "Sect" };
    label.tag = "H2";
    label.text.append(parts.labels.event().toUpper());
    label.letterSpacing = 0.5;
    label.spaceBefore = 26;
    label.spaceAfter = 3;
    label.keepWithNext = true;
    label.outline = event.name;
    add(std::move(label));

    PdfBlock name = boxed(sansBlock(10, true));
    name.text.append(event.name);
    name.spaceAfter = 4;
    add(std::move(name));

    const auto row = [&](const QString &key, const QString &value, const QString &url = {}) {
        PdfBlock block = boxed(sansBlock(9));
        block.text.append(key + QStringLiteral(": "), StyledText::Plain, muted);
        if (url.isEmpty())
            block.text.append(value);
        else
            block.text.appendLink(value, url, StyledText::Plain, accent);
        block.spaceAfter = 1;
        add(std::move(block));
    };
    row(parts.labels.when(), event.dates);
    row(parts.labels.formatLabel(), event.format);
    if (!event.place.isEmpty())
        row(parts.labels.where(), event.place);
    if (!event.link.isEmpty())
        row(parts.labels.link(), event.link, event.link);
    m_blocks.last().spaceAfter = 18;
    closeLast();
}

void PdfBlockBuilder::sectionHeading(const QString &text)
{
    PdfBlock heading = sansBlock(10, true, accent);
    heading.tag = "H2";
    heading.text.append(text);
    heading.spaceBefore = 16;
    heading.spaceAfter = 4;
    heading.keepWithNext = true;
    heading.breakable = false;
    heading.outline = text;
    add(std::move(heading));
}

void PdfBlockBuilder::closingSections(const ReleaseParts &parts)
{
    const auto paragraphs = [&](const QString &text) {
        const QStringList pieces = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString &piece : pieces) {
            PdfBlock block;
            block.size = 10;
            block.lineSpacing = 1.3;
            block.text.append(piece.trimmed());
            block.spaceAfter = 6;
            block.align = PdfBlock::Align::Justify;
            block.hyphenate = true;
            add(std::move(block));
        }
    };
    if (!parts.notesToEditors.isEmpty()) {
        sectionHeading(parts.labels.notesToEditors());
        paragraphs(parts.notesToEditors);
    }
    if (!parts.boilerplate.isEmpty()) {
        sectionHeading(parts.aboutHeading);
        paragraphs(parts.boilerplate);
    }
    if (!parts.contacts.isEmpty()) {
        sectionHeading(parts.labels.mediaContacts());
        for (const ReleaseParts::ContactPart &contact : parts.contacts) {
            PdfBlock block = sansBlock(9);
            block.text.append(contact.name, StyledText::Bold);
            for (const QString &line : { contact.title, contact.email, contact.phone }) {
                if (!line.isEmpty())
                    block.text.append(QLatin1Char('\n') + line);
            }
            block.spaceAfter = 8;
            block.breakable = false;
            add(std::move(block));
        }
    }
}

} // namespace pressdesk
