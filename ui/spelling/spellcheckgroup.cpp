#include "spellcheckgroup.h"

#include "spellhighlighter.h"
#include "spelling/spellingservice.h"
#include "spelllineedit.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>

#include <memory>

namespace pressdesk {

namespace {

// The misspelled word of a text edit at a viewport position, selected in a cursor.
template<typename Edit>
std::optional<QTextCursor> misspelledWordAt(
    SpellingService &service, const QString &language, Edit *edit, const QPoint &pos)
{
    const QTextCursor at = edit->cursorForPosition(pos);
    const QTextBlock block = at.block();
    const int inBlock = at.positionInBlock();
    for (const SpellToken &token : service.misspellings(language, block.text())) {
        if (inBlock >= token.start && inBlock <= token.start + token.length) {
            QTextCursor word(edit->document());
            word.setPosition(block.position() + static_cast<int>(token.start));
            word.setPosition(block.position() + static_cast<int>(token.start + token.length), QTextCursor::KeepAnchor);
            return word;
        }
    }
    return std::nullopt;
}

// Replaces the selected word as one undo step, keeping its character format (bold, link).
void replaceSelection(QTextCursor cursor, const QString &replacement)
{
    const QTextCharFormat format = cursor.charFormat();
    cursor.beginEditBlock();
    cursor.insertText(replacement, format);
    cursor.endEditBlock();
}

// Leaves the word being typed in a text edit without underline: after an edit that puts
// the cursor right at the end of what was inserted, until the cursor moves elsewhere or
// the field loses focus.
template<typename Edit>
void followTyping(Edit *edit, SpellHighlighter *highlighter)
{
    auto expected = std::make_shared<int>(-1);
    QObject::connect(edit->document(), &QTextDocument::contentsChange, highlighter,
        [expected](int position, int removed, int added) {
            // Format-only changes (the highlighter's own) have removed == added.
            if (added != removed)
                *expected = position + added;
        });
    QObject::connect(edit, &Edit::cursorPositionChanged, highlighter, [edit, highlighter, expected] {
        const int position = edit->textCursor().position();
        highlighter->setTypingPosition(position == *expected && edit->hasFocus() ? position : -1);
        *expected = -1;
    });
    edit->installEventFilter(highlighter);
}

} // namespace

SpellCheckGroup::SpellCheckGroup(SpellingService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void SpellCheckGroup::attach(QTextEdit *edit)
{
    attachDocument(edit, edit->viewport());
}

void SpellCheckGroup::attach(QPlainTextEdit *edit)
{
    attachDocument(edit, edit->viewport());
}

template<typename Edit>
void SpellCheckGroup::attachDocument(Edit *edit, QWidget *viewport)
{
    auto *highlighter = new SpellHighlighter(m_service, edit->document());
    highlighter->setLanguage(m_language);
    followTyping(edit, highlighter);
    m_highlighters.append(highlighter);
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(edit, &QWidget::customContextMenuRequested, this,
        [this, edit, viewport](const QPoint &pos) { showMenu(edit, viewport, pos); });
}

void SpellCheckGroup::attach(SpellLineEdit *edit)
{
    edit->setSpelling(&m_service, m_language);
    m_lineEdits.append(edit);
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(edit, &QWidget::customContextMenuRequested, this,
        [this, edit](const QPoint &pos) { showMenu(edit, edit, pos); });
}

void SpellCheckGroup::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    for (const QPointer<SpellHighlighter> &highlighter : std::as_const(m_highlighters)) {
        if (highlighter)
            highlighter->setLanguage(language);
    }
    for (const QPointer<SpellLineEdit> &edit : std::as_const(m_lineEdits)) {
        if (edit)
            edit->setSpelling(&m_service, language);
    }
}

void SpellCheckGroup::showMenu(QWidget *field, QWidget *coordinates, const QPoint &pos)
{
    const std::unique_ptr<QMenu> menu(createMenu(field, pos));
    if (menu)
        menu->exec(coordinates->mapToGlobal(pos));
}

QMenu *SpellCheckGroup::createMenu(QWidget *field, const QPoint &pos)
{
    QMenu *menu = nullptr;
    if (auto *line = qobject_cast<SpellLineEdit *>(field)) {
        menu = line->createStandardContextMenu();
        if (const auto token = line->misspellingAt(line->cursorPositionAt(pos))) {
            const QString word = line->text().mid(token->start, token->length);
            addSpellingActions(menu, word, [line, token](const QString &replacement) {
                line->setSelection(static_cast<int>(token->start), static_cast<int>(token->length));
                line->insert(replacement);
            });
        }
    } else if (auto *text = qobject_cast<QTextEdit *>(field)) {
        menu = text->createStandardContextMenu(pos);
        if (const auto cursor = misspelledWordAt(m_service, m_language, text, pos)) {
            addSpellingActions(menu, cursor->selectedText(),
                [cursor](const QString &replacement) { replaceSelection(*cursor, replacement); });
        }
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(field)) {
        menu = plain->createStandardContextMenu(pos);
        if (const auto cursor = misspelledWordAt(m_service, m_language, plain, pos)) {
            addSpellingActions(menu, cursor->selectedText(),
                [cursor](const QString &replacement) { replaceSelection(*cursor, replacement); });
        }
    }
    if (menu) {
        menu->setObjectName(QStringLiteral("spellContextMenu"));
        // A rich-text field's own actions (the body's "Insert Quote Here") follow the
        // standard ones. Line edits are left out: their actions() hold the icons drawn
        // inside them (a clear button), which are no menu items.
        const QList<QAction *> own = qobject_cast<QTextEdit *>(field) ? field->actions() : QList<QAction *>();
        if (!own.isEmpty()) {
            menu->addSeparator();
            menu->addActions(own);
        }
    }
    return menu;
}

void SpellCheckGroup::addSpellingActions(
    QMenu *menu, const QString &word, const std::function<void(const QString &)> &replace)
{
    QAction *first = menu->actions().value(0);
    QList<QAction *> actions;
    const QStringList suggestions = m_service.suggestions(m_language, word, maxSuggestions);
    for (int i = 0; i < suggestions.size(); ++i) {
        auto *action = new QAction(suggestions.at(i), menu);
        action->setObjectName(QStringLiteral("spellSuggestion%1").arg(i));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, menu, [replace, text = suggestions.at(i)] { replace(text); });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setObjectName(QStringLiteral("spellNoSuggestions"));
        none->setEnabled(false);
        actions.append(none);
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    actions.append(separator);

    auto *add = new QAction(tr("Add \u201C%1\u201D to Dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, word] {
        if (!m_service.addToDictionary(word)) {
            QMessageBox::warning(nullptr, tr("Add to Dictionary"),
                tr("The word is accepted until Pressdesk quits, but it could not be saved: %1")
                    .arg(m_service.personalDictionary().errorString()));
        }
    });
    actions.append(add);
    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellIgnore"));
    ignore->setToolTip(tr("Accept this word until Pressdesk quits"));
    connect(ignore, &QAction::triggered, this, [this, word] { m_service.ignore(word); });
    actions.append(ignore);
    auto *end = new QAction(menu);
    end->setSeparator(true);
    actions.append(end);
    menu->insertActions(first, actions);
}

} // namespace pressdesk
