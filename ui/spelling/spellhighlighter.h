#pragma once

#include <QSyntaxHighlighter>

namespace pressdesk {

class SpellingService;

// Underlines the misspelled words of a QTextDocument with a red wavy line, in one
// language. Formats go into the layout only (QSyntaxHighlighter), never into the
// document, so the Markdown of the body is not touched. Re-checks everything when the
// language changes, its dictionary finishes loading or a word is added or ignored.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellingService &service, QTextDocument *document);

    void setLanguage(const QString &language);
    // The word ending at this document position is being typed: not underlined yet. -1: none.
    void setTypingPosition(int position);
    const QString &language() const { return m_language; }
    // The look of a misspelled word: a red wavy underline (SpellCheckUnderline).
    static QTextCharFormat misspelledFormat();
    static QColor underlineColor();

protected:
    void highlightBlock(const QString &text) override;
    // Installed on the field: leaving it shows the line under the word being typed.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SpellingService &m_service;
    QString m_language;
    int m_typingPosition = -1;
};

} // namespace pressdesk
