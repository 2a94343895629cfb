#include "spellhighlighter.h"

#include "spelling/spellingservice.h"

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

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (m_language.isEmpty())
        return;
    const QTextCharFormat format = misspelledFormat();
    for (const SpellToken &token : m_service.misspellings(m_language, text))
        setFormat(static_cast<int>(token.start), static_cast<int>(token.length), format);
}

} // namespace pressdesk
