#include "markdowntext.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace pressdesk {

namespace {

const auto dialect = QTextDocument::MarkdownDialectCommonMark;

QString trimmed(QString markdown)
{
    while (markdown.endsWith(QLatin1Char('\n')) || markdown.endsWith(QLatin1Char(' ')))
        markdown.chop(1);
    return markdown;
}

// Qt's Markdown writer breaks every line at 80 columns. A stored body must not change
// because it went through the editor, so the lines it broke are joined again: a line
// continues the one before when both are in the same block quote, the one before is not
// blank, ends in no hard break and is no table row or fence, and this one starts no block
// of its own. List items continue on indented lines, paragraphs and headings on unindented
// ones (an unindented continuation of a heading is how Qt splits a long heading in two).
enum class Run { None, Paragraph, ListItem };

qsizetype quotePrefixLength(const QString &line)
{
    qsizetype length = 0;
    while (length < line.size() && line.at(length) == QLatin1Char('>')) {
        ++length;
        if (length < line.size() && line.at(length) == QLatin1Char(' '))
            ++length;
    }
    return length;
}

bool isFence(const QString &text)
{
    const QString trimmedText = text.trimmed();
    return trimmedText.startsWith(QLatin1String("```")) || trimmedText.startsWith(QLatin1String("~~~"));
}

bool startsBlock(const QString &text)
{
    static const QRegularExpression blockStart(QStringLiteral(
        "^\\s*(?:[-+*](?:\\s|$)|\\d{1,9}[.)](?:\\s|$)|#{1,6}(?:\\s|$)|\\||```|~~~|- - -|\\*\\*\\*$|___$)"));
    return blockStart.match(text).hasMatch();
}

Run runOf(const QString &text)
{
    if (text.trimmed().isEmpty() || text.startsWith(QLatin1String("    ")) || isFence(text)
        || text.trimmed().startsWith(QLatin1Char('|')))
        return Run::None;
    static const QRegularExpression listItem(QStringLiteral("^\\s*(?:[-+*]|\\d{1,9}[.)])\\s"));
    if (listItem.match(text).hasMatch())
        return Run::ListItem;
    if (startsBlock(text) && !text.startsWith(QLatin1Char('#')))
        return Run::None;
    return Run::Paragraph;
}

QString joinWrappedLines(const QString &markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList joined;
    Run run = Run::None;
    QString runPrefix;
    bool inFence = false;
    for (const QString &line : lines) {
        const qsizetype prefixLength = quotePrefixLength(line);
        const QString prefix = line.left(prefixLength);
        const QString body = line.mid(prefixLength);
        if (isFence(body) || inFence) {
            if (isFence(body))
                inFence = !inFence;
            joined.append(line);
            run = Run::None;
            continue;
        }
        const QString previous = joined.isEmpty() ? QString() : joined.constLast();
        const bool hardBreak = previous.endsWith(QLatin1String("  ")) || previous.endsWith(QLatin1Char('\\'));
        const bool indented = body.startsWith(QLatin1Char(' '));
        const bool continues = run != Run::None && prefix == runPrefix && !body.trimmed().isEmpty() && !hardBreak
            && !startsBlock(body) && (run == Run::ListItem ? indented : !indented);
        if (!continues) {
            joined.append(line);
            run = runOf(body);
            runPrefix = prefix;
            continue;
        }
        QString text = body.trimmed();
        // The writer escapes a -, + or * that begins a line it broke; inside a line it does not.
        if (text.size() > 1 && text.at(0) == QLatin1Char('\\') && QStringView(u"-+*").contains(text.at(1)))
            text.remove(0, 1);
        QString &last = joined.last();
        while (last.endsWith(QLatin1Char(' ')))
            last.chop(1);
        last += QLatin1Char(' ') + text;
    }
    return joined.join(QLatin1Char('\n'));
}

} // namespace

QString MarkdownText::fromDocument(const QTextDocument &document)
{
    if (document.isEmpty())
        return {};
    return trimmed(joinWrappedLines(document.toMarkdown(dialect)));
}

void MarkdownText::toDocument(QTextDocument &document, const QString &markdown)
{
    document.setMarkdown(markdown, dialect);
}

QString MarkdownText::fromHtml(const QString &html)
{
    QTextDocument scratch;
    scratch.setHtml(html);
    return fromDocument(scratch);
}

QTextDocumentFragment MarkdownText::cleanFragmentFromHtml(const QString &html)
{
    return QTextDocumentFragment::fromMarkdown(fromHtml(html), dialect);
}

} // namespace pressdesk
