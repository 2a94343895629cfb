#include "richtexteditor.h"

#include "richtextedit.h"

#include <QAction>
#include <QInputDialog>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace pressdesk {

RichTextEditor::RichTextEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_edit(new RichTextEdit(this))
{
    m_edit->setObjectName(QStringLiteral("bodyTextEdit"));
    m_toolBar->setObjectName(QStringLiteral("bodyToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_edit);

    m_bold = addFormatAction(QStringLiteral("boldAction"), QStringLiteral("format-text-bold"), tr("Bold"),
        QKeySequence::Bold, &RichTextEditor::toggleBold);
    m_bold->setCheckable(true);
    m_italic = addFormatAction(QStringLiteral("italicAction"), QStringLiteral("format-text-italic"), tr("Italic"),
        QKeySequence::Italic, &RichTextEditor::toggleItalic);
    m_italic->setCheckable(true);
    addFormatAction(QStringLiteral("linkAction"), QStringLiteral("insert-link"), tr("Link…"),
        QKeySequence(Qt::CTRL | Qt::Key_K), &RichTextEditor::editLink);
    m_toolBar->addSeparator();
    addFormatAction(QStringLiteral("headingAction"), QStringLiteral("format-text-heading"), tr("Heading"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2), &RichTextEditor::toggleHeading);
    // Toolbar buttons take no keyboard focus: every format has a key (those of common word
    // processors), listed in Help ▸ Keyboard Shortcuts.
    addFormatAction(QStringLiteral("bulletsAction"), QStringLiteral("format-list-unordered"), tr("• List"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), &RichTextEditor::toggleBullets);
    addFormatAction(QStringLiteral("numbersAction"), QStringLiteral("format-list-ordered"), tr("1. List"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), &RichTextEditor::toggleNumbers);
    addFormatAction(QStringLiteral("blockQuoteAction"), QStringLiteral("format-indent-more"), tr("Quote"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9), &RichTextEditor::toggleBlockQuote);
    m_toolBar->addSeparator();
    addFormatAction(QStringLiteral("clearFormattingAction"), QStringLiteral("edit-clear"), tr("Clear"),
        QKeySequence(Qt::CTRL | Qt::Key_Backslash), &RichTextEditor::clearFormatting);

    m_linkProvider = [this](const QString &current) {
        bool ok = false;
        const QString url = QInputDialog::getText(
            this, tr("Link"), tr("Address (https://…), empty to remove the link:"), QLineEdit::Normal, current, &ok);
        return ok ? url.trimmed() : current;
    };
    connect(m_edit, &QTextEdit::textChanged, this, &RichTextEditor::changed);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateActions);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEditor::updateActions);
}

QAction *RichTextEditor::addFormatAction(const QString &name, const QString &themeIcon, const QString &text,
    const QKeySequence &shortcut, void (RichTextEditor::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(themeIcon), text, this);
    action->setObjectName(name);
    action->setToolTip(
        shortcut.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(action, &QAction::triggered, this, slot);
    m_toolBar->addAction(action);
    addAction(action);
    return action;
}

QString RichTextEditor::markdown() const
{
    return m_edit->markdown();
}

void RichTextEditor::setMarkdown(const QString &markdown)
{
    // The same text again (the editor reloads what it just saved): keep caret, scroll, undo.
    if (m_edit->markdown() == markdown && !m_edit->document()->isEmpty())
        return;
    m_edit->setMarkdown(markdown);
}

void RichTextEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEditor::editLink()
{
    QTextCursor cursor = m_edit->textCursor();
    const QString current = cursor.charFormat().anchorHref();
    if (!cursor.hasSelection() && !current.isEmpty())
        cursor.select(QTextCursor::WordUnderCursor);
    const QString url = m_linkProvider(current);
    QTextCharFormat format;
    if (url.isEmpty()) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.setFontUnderline(false);
        format.clearForeground();
    } else {
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setFontUnderline(true);
        format.setForeground(palette().link());
        if (!cursor.hasSelection()) {
            cursor.insertText(url, format);
            return;
        }
    }
    cursor.mergeCharFormat(format);
}

void RichTextEditor::toggleHeading()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool heading = block.headingLevel() > 0;
    block.setHeadingLevel(heading ? 0 : 2);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(heading ? QFont::Normal : QFont::Bold);
    chars.setProperty(QTextFormat::FontSizeAdjustment, heading ? 0 : 1);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.mergeBlockCharFormat(chars);
    cursor.endEditBlock();
}

void RichTextEditor::toggleList(int style)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList()) {
        const bool same = list->format().style() == static_cast<QTextListFormat::Style>(style);
        QTextBlockFormat block = cursor.blockFormat();
        list->remove(cursor.block());
        block.setObjectIndex(-1);
        block.setIndent(0);
        cursor.setBlockFormat(block);
        if (!same)
            cursor.createList(static_cast<QTextListFormat::Style>(style));
    } else {
        cursor.createList(static_cast<QTextListFormat::Style>(style));
    }
    cursor.endEditBlock();
}

void RichTextEditor::toggleBullets()
{
    toggleList(QTextListFormat::ListDisc);
}

void RichTextEditor::toggleNumbers()
{
    toggleList(QTextListFormat::ListDecimal);
}

void RichTextEditor::toggleBlockQuote()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool quoted = block.intProperty(QTextFormat::BlockQuoteLevel) > 0;
    block.setProperty(QTextFormat::BlockQuoteLevel, quoted ? 0 : 1);
    block.setLeftMargin(quoted ? 0 : 24);
    cursor.setBlockFormat(block);
}

void RichTextEditor::clearFormatting()
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::BlockUnderCursor);
    cursor.setCharFormat(QTextCharFormat());
    QTextBlockFormat block;
    cursor.setBlockFormat(block);
    if (QTextList *list = cursor.currentList())
        list->remove(cursor.block());
    cursor.endEditBlock();
}

void RichTextEditor::updateActions()
{
    m_bold->setChecked(m_edit->fontWeight() >= QFont::Bold);
    m_italic->setChecked(m_edit->fontItalic());
}

} // namespace pressdesk
