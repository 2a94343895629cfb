#include "richtextedit.h"

#include "text/markdowntext.h"

#include <QMimeData>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace pressdesk {

RichTextEdit::RichTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
}

QString RichTextEdit::markdown() const
{
    return MarkdownText::fromDocument(*document());
}

void RichTextEdit::setMarkdown(const QString &markdown)
{
    MarkdownText::toDocument(*document(), markdown);
}

void RichTextEdit::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (m_overlay) {
        QPainter painter(viewport());
        m_overlay(painter);
    }
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void RichTextEdit::insertFromMimeData(const QMimeData *source)
{
    QTextCursor cursor = textCursor();
    if (source->hasHtml())
        cursor.insertFragment(MarkdownText::cleanFragmentFromHtml(source->html()));
    else if (source->hasText())
        cursor.insertText(source->text());
    setTextCursor(cursor);
}

} // namespace pressdesk
