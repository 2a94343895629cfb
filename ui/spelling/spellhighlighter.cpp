#include "spellhighlighter.h"

#include "spelling/spellingservice.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextDocument>

namespace pressdesk {

SpellHighlighter::SpellHighlighter(SpellingService &service, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_service(service)
{
    connect(&m_service, &SpellingService::changed, this, [this](const QString &language) {
        if (!m_language.isEmpty() && (language.isEmpty() || language == m_language))
            rehighlight();
    });
}

QColor SpellHighlighter::underlineColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QTextCharFormat SpellHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(underlineColor());
    return format;
}

void SpellHighlighter::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void SpellHighlighter::setTypingPosition(int position)
{
    if (position == m_typingPosition)
        return;
    const QTextBlock before = m_typingPosition >= 0 ? document()->findBlock(m_typingPosition) : QTextBlock();
    m_typingPosition = position;
    const QTextBlock now = position >= 0 ? document()->findBlock(position) : QTextBlock();
    if (before.isValid())
        rehighlightBlock(before);
    if (now.isValid() && now != before)
        rehighlightBlock(now);
}

bool SpellHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        setTypingPosition(-1);
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (m_language.isEmpty())
        return;
    const QTextCharFormat format = misspelledFormat();
    const qsizetype typing = m_typingPosition - currentBlock().position();
    for (const SpellToken &token : m_service.misspellings(m_language, text)) {
        if (token.start + token.length != typing)
            setFormat(static_cast<int>(token.start), static_cast<int>(token.length), format);
    }
}

} // namespace pressdesk
