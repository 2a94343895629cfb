#include "bodyblocks.h"

#include <QTextDocument>
#include <QTextList>

namespace pressdesk {

namespace {

enum class Kind { Paragraph, Heading, List, Quote, Code, Rule };

Kind kindOf(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    if (block.textList())
        return Kind::List;
    if (format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage))
        return Kind::Code;
    if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0)
        return Kind::Quote;
    if (format.headingLevel() > 0)
        return Kind::Heading;
    if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
        return Kind::Rule;
    return Kind::Paragraph;
}

bool isEmptyParagraph(const QTextBlock &block, Kind kind)
{
    return (kind == Kind::Paragraph || kind == Kind::Heading || kind == Kind::Quote)
        && block.text().trimmed().isEmpty();
}

} // namespace

BodyBlocks::BodyBlocks(const QTextDocument &document)
{
    Kind groupKind = Kind::Paragraph;
    const QTextList *topList = nullptr;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const Kind kind = kindOf(block);
        if (isEmptyParagraph(block, kind)) {
            continue;
        }
        bool continues = false;
        if (!m_first.isEmpty() && kind == groupKind) {
            if (kind == Kind::List) {
                const QTextList *list = block.textList();
                continues = list == topList || list->format().indent() > topList->format().indent();
            } else {
                // The lines of one code block. (Qt writes each paragraph of a block quote
                // as a block quote of its own.)
                continues = kind == Kind::Code;
            }
        }
        if (continues) {
            m_last.last() = block;
        } else {
            m_first.append(block);
            m_last.append(block);
            groupKind = kind;
            topList = kind == Kind::List ? block.textList() : nullptr;
        }
    }
}

int BodyBlocks::groupOf(const QTextBlock &block) const
{
    const int number = block.blockNumber();
    for (int group = 0; group < count(); ++group) {
        if (number <= m_last.at(group).blockNumber())
            return group;
    }
    return count();
}

} // namespace pressdesk
