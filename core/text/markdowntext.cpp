#include "markdowntext.h"

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

} // namespace

QString MarkdownText::fromDocument(const QTextDocument &document)
{
    if (document.isEmpty())
        return {};
    return trimmed(document.toMarkdown(dialect));
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
