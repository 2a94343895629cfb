#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QMenu;
class QPlainTextEdit;
class QPoint;
class QTextEdit;
class QWidget;

namespace pressdesk {

class SpellHighlighter;
class SpellingService;
class SpellLineEdit;

// Spell checking for the text fields of one editor, all in the editor's language: red
// wavy underlines as you type, and a context menu whose top offers up to five
// suggestions (each replaces the word as one undo step), "Add to Dictionary" and
// "Ignore", above the field's standard actions. Fields without a dictionary for the
// language simply show no underlines.
class SpellCheckGroup final : public QObject
{
    Q_OBJECT

public:
    explicit SpellCheckGroup(SpellingService &service, QObject *parent = nullptr);

    void attach(QTextEdit *edit);
    void attach(QPlainTextEdit *edit);
    void attach(SpellLineEdit *edit);
    // A BCP 47 tag (en, es-419, fr-CA); re-checks every field at once.
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    static constexpr int maxSuggestions = 5;

private:
    // A QTextEdit or QPlainTextEdit: a highlighter on its document and the context menu.
    template<typename Edit>
    void attachDocument(Edit *edit, QWidget *viewport);
    // The field's standard context menu with the spelling actions for the word at pos
    // (viewport coordinates for the text edits) on top.
    QMenu *createMenu(QWidget *field, const QPoint &pos);
    void addSpellingActions(QMenu *menu, const QString &word, const std::function<void(const QString &)> &replace);
    void showMenu(QWidget *field, QWidget *coordinates, const QPoint &pos);

    SpellingService &m_service;
    QString m_language;
    QList<QPointer<SpellHighlighter>> m_highlighters;
    QList<QPointer<SpellLineEdit>> m_lineEdits;
};

} // namespace pressdesk
