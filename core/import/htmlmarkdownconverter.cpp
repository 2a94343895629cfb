#include "htmlmarkdownconverter.h"

#include "htmltokenizer.h"
#include "importlimits.h"

#include <QList>
#include <QStringList>

namespace pressdesk {

namespace {

QString escapeText(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>&!#|~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// Escapes what would start a block at the beginning of a line: "- ", "+ ", "1. ", "1) ".
QString escapeLineStarts(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        if (indent > 0)
            line.remove(0, indent); // leading spaces would be code or lazy continuation
        if (line.isEmpty())
            continue;
        const QChar first = line.at(0);
        if (first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('=')) {
            line.prepend(QLatin1Char('\\'));
        } else if (first.isDigit()) {
            qsizetype digits = 0;
            while (digits < line.size() && line.at(digits).isDigit())
                ++digits;
            if (digits < line.size() && (line.at(digits) == QLatin1Char('.') || line.at(digits) == QLatin1Char(')')))
                line.insert(digits, QLatin1Char('\\'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

struct List
{
    bool ordered = false;
    int next = 1;
};

} // namespace

QString HtmlMarkdownConverter::toMarkdown(const QString &html)
{
    const QList<HtmlToken> tokens = HtmlTokenizer::tokenize(html);
    QStringList blocks; // finished blocks of the current container
    QList<QStringList> containers; // blockquote nesting: blocks of outer containers
    QList<List> lists;
    QString inline_;
    QString blockPrefix; // "## ", "- ", "1. "
    QString href;
    bool inPre = false;
    bool inCode = false;
    QString code;
    int depth = 0;
    bool lastWasItem = false;

    const auto finishBlock = [&] {
        const QString text = escapeLineStarts(inline_.trimmed());
        const bool item = !lists.isEmpty() && !blockPrefix.isEmpty() && !blockPrefix.startsWith(QLatin1Char('#'));
        if (!text.isEmpty() || item) {
            QString block = blockPrefix + text;
            if (item) {
                const QString pad(blockPrefix.size(), QLatin1Char(' '));
                block.replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
            }
            // Items of one list stay on consecutive lines: a tight list, as rendered.
            if (item && lastWasItem && !blocks.isEmpty())
                blocks.last() += QLatin1Char('\n') + block;
            else
                blocks.append(block);
            lastWasItem = item;
        }
        inline_.clear();
        blockPrefix.clear();
    };

    for (const HtmlToken &token : tokens) {
        if (token.kind == HtmlToken::Text) {
            if (inPre || inCode) {
                code += token.text;
            } else {
                QString text = token.text;
                text.replace(QLatin1Char('\r'), QString());
                inline_ += escapeText(text);
            }
            continue;
        }
        const QString &name = token.name;
        const bool start = token.kind == HtmlToken::StartTag;
        if (start && ++depth > ImportLimits::maxHtmlDepth)
            break;
        if (!start)
            --depth;
        if (name == QLatin1String("p") || name == QLatin1String("div")) {
            if (!start || !inline_.trimmed().isEmpty())
                finishBlock();
        } else if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1')
            && name.at(1) <= QLatin1Char('6')) {
            if (start) {
                finishBlock();
                blockPrefix = QString(name.at(1).digitValue(), QLatin1Char('#')) + QLatin1Char(' ');
            } else {
                finishBlock();
            }
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            finishBlock();
            if (start) {
                List list;
                list.ordered = name == QLatin1String("ol");
                list.next =
                    qBound(0, token.attributes.value(QStringLiteral("start"), QStringLiteral("1")).toInt(), 999999999);
                lists.append(list);
            } else if (!lists.isEmpty()) {
                lists.removeLast();
                if (lists.isEmpty())
                    lastWasItem = false;
            }
        } else if (name == QLatin1String("li")) {
            finishBlock();
            if (start && !lists.isEmpty()) {
                List &list = lists.last();
                blockPrefix = QString((lists.size() - 1) * 3, QLatin1Char(' '))
                    + (list.ordered ? QString::number(list.next++) + QStringLiteral(". ") : QStringLiteral("- "));
            }
        } else if (name == QLatin1String("blockquote")) {
            finishBlock();
            if (start) {
                containers.append(blocks);
                blocks.clear();
            } else if (!containers.isEmpty()) {
                QStringList quoted;
                for (const QString &block : std::as_const(blocks)) {
                    QStringList lines = block.split(QLatin1Char('\n'));
                    for (QString &line : lines)
                        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
                    quoted.append(lines.join(QLatin1Char('\n')));
                }
                blocks = containers.takeLast();
                blocks.append(quoted.join(QStringLiteral("\n>\n")));
            }
        } else if (name == QLatin1String("pre")) {
            if (start) {
                finishBlock();
                inPre = true;
                code.clear();
            } else if (inPre) {
                inPre = false;
                QString body = code;
                if (body.endsWith(QLatin1Char('\n')))
                    body.chop(1);
                blocks.append(QStringLiteral("```\n") + body + QStringLiteral("\n```"));
                code.clear();
            }
        } else if (name == QLatin1String("code")) {
            if (inPre)
                continue;
            if (start) {
                inCode = true;
                code.clear();
            } else if (inCode) {
                inCode = false;
                const QString fence = code.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
                const QString close = code.contains(QLatin1Char('`')) ? QStringLiteral(" ``") : QStringLiteral("`");
                inline_ += fence + code + close;
                code.clear();
            }
        } else if (name == QLatin1String("em") || name == QLatin1String("i")) {
            inline_ += QLatin1Char('*');
        } else if (name == QLatin1String("strong") || name == QLatin1String("b")) {
            inline_ += QStringLiteral("**");
        } else if (name == QLatin1String("a")) {
            if (start) {
                href = token.attributes.value(QStringLiteral("href"));
                inline_ += QLatin1Char('[');
            } else {
                QString target = href;
                target.replace(QLatin1Char('('), QStringLiteral("%28"))
                    .replace(QLatin1Char(')'), QStringLiteral("%29"));
                target.replace(QLatin1Char(' '), QStringLiteral("%20"))
                    .replace(QLatin1Char('<'), QStringLiteral("%3C"));
                inline_ += QStringLiteral("](") + target + QLatin1Char(')');
                href.clear();
            }
        } else if (name == QLatin1String("br")) {
            inline_ += QStringLiteral("\\\n");
        } else if (name == QLatin1String("hr")) {
            finishBlock();
            blocks.append(QStringLiteral("---"));
        }
    }
    finishBlock();
    while (!containers.isEmpty()) {
        const QStringList inner = blocks;
        blocks = containers.takeLast();
        blocks.append(inner);
    }
    blocks.removeAll(QString());
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace pressdesk
