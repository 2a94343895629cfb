#include "releasecomments.h"

#include "comments/commentspanel.h"
#include "editor/richtextedit.h"
#include "editor/richtexteditor.h"
#include "ui_releaseeditor.h"
#include "widgets/themecolors.h"

#include <QAction>
#include <QApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace pressdesk {

namespace {

// The number (from 1) of the body paragraph a block is in, counting blocks that have text.
int paragraphOf(const QTextBlock &block)
{
    int number = 0;
    for (QTextBlock b = block.document()->begin(); b.isValid(); b = b.next()) {
        if (!b.text().trimmed().isEmpty())
            ++number;
        if (b == block)
            break;
    }
    return std::max(number, 1);
}

QTextBlock blockOfParagraph(const QTextDocument *document, int paragraph)
{
    int number = 0;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (!b.text().trimmed().isEmpty() && ++number == paragraph)
            return b;
    }
    return {};
}

} // namespace

ReleaseComments::ReleaseComments(Ui::ReleaseEditor &ui, Database &database, QWidget *editor)
    : m_ui(ui)
    , m_editor(editor)
    , m_panel(new CommentsPanel(database, editor))
    , m_button(new QPushButton(editor))
    , m_action(new QAction(tr("Comment on This Field"), editor))
{
    m_ui.editorSplitter->addWidget(m_panel);
    m_ui.editorSplitter->setStretchFactor(2, 1);
    m_ui.editorSplitter->setCollapsible(2, false);
    m_panel->setMinimumWidth(m_panel->fontMetrics().averageCharWidth() * 32);
    m_panel->hide();
    m_button->setObjectName(QStringLiteral("commentsButton"));
    m_button->setCheckable(true);
    m_button->setToolTip(tr("Show or hide the comments beside the release (Ctrl+Alt+M comments on the field "
                            "you are in)"));
    m_ui.headerLayout->insertWidget(m_ui.headerLayout->indexOf(m_ui.historyButton), m_button);
    connect(m_button, &QPushButton::toggled, m_panel, &QWidget::setVisible);
    connect(m_button, &QPushButton::toggled, this, [this](bool on) {
        if (!on) {
            highlight(QString());
            return;
        }
        // Shown for the first time: a third of the preview's room.
        QList<int> sizes = m_ui.editorSplitter->sizes();
        if (sizes.size() == 3 && sizes.at(2) <= m_panel->minimumWidth() && sizes.at(1) > 3 * m_panel->minimumWidth()) {
            const int width = sizes.at(1) / 3;
            sizes[1] -= width - sizes.at(2);
            sizes[2] = width;
            m_ui.editorSplitter->setSizes(sizes);
        }
    });
    m_action->setObjectName(QStringLiteral("commentOnFieldAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setStatusTip(tr("Comment on the field that has the focus"));
    editor->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &ReleaseComments::commentOnFocusedField);
    connect(m_panel, &CommentsPanel::fieldSelected, this, &ReleaseComments::highlight);
    connect(m_panel, &CommentsPanel::openCountChanged, this, &ReleaseComments::updateButton);
    updateButton();
}

void ReleaseComments::setRelease(qint64 releaseId)
{
    const bool other = releaseId != m_panel->releaseId();
    m_panel->setRelease(releaseId);
    // A release with open comments shows them when it opens.
    if (other) {
        highlight(QString());
        m_button->setChecked(m_panel->openCount() > 0);
    }
    updateButton();
}

void ReleaseComments::updateButton()
{
    const int open = m_panel->openCount();
    m_button->setText(open > 0 ? tr("Comments (%1)").arg(open) : tr("Comments"));
    m_button->setAccessibleName(tr("%n open comment(s)", nullptr, open));
}

QString ReleaseComments::focusedField() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_editor->isAncestorOf(focus))
        return {};
    if (focus == m_ui.headlineEdit)
        return QStringLiteral("headline");
    if (focus == m_ui.subheadlineEdit)
        return QStringLiteral("subheadline");
    if (focus == m_ui.leadEdit)
        return QStringLiteral("lead");
    if (m_ui.bodyEditor->isAncestorOf(focus))
        return QStringLiteral("body:%1").arg(paragraphOf(m_ui.bodyEditor->edit()->textCursor().block()));
    if (m_ui.quotesPage->isAncestorOf(focus) && m_ui.quotesList->currentRow() >= 0)
        return QStringLiteral("quote:%1").arg(m_ui.quotesList->currentRow() + 1);
    return {};
}

void ReleaseComments::commentOnFocusedField()
{
    const QString field = focusedField();
    m_button->setChecked(true);
    m_panel->startComment(field);
    highlight(field);
}

void ReleaseComments::showPanel()
{
    m_button->setChecked(true);
}

QWidget *ReleaseComments::widgetFor(const QString &field) const
{
    if (field == QLatin1String("headline"))
        return m_ui.headlineEdit;
    if (field == QLatin1String("subheadline"))
        return m_ui.subheadlineEdit;
    if (field == QLatin1String("lead"))
        return m_ui.leadEdit;
    if (field.startsWith(QLatin1String("body:")))
        return m_ui.bodyEditor->edit();
    if (field.startsWith(QLatin1String("quote:")))
        return m_ui.quotesList;
    return nullptr;
}

void ReleaseComments::showPageOf(QWidget *widget)
{
    for (int page = 0; page < m_ui.pagesTabs->count(); ++page) {
        if (m_ui.pagesTabs->widget(page)->isAncestorOf(widget))
            m_ui.pagesTabs->setCurrentIndex(page);
    }
}

void ReleaseComments::highlight(const QString &field)
{
    // The previous field loses its mark.
    if (QWidget *previous = widgetFor(m_highlighted)) {
        previous->setStyleSheet(QString());
        previous->setProperty("commentHighlight", false);
    }
    m_ui.bodyEditor->edit()->setExtraSelections({});
    m_highlighted = field;
    QWidget *widget = widgetFor(field);
    if (!widget)
        return;
    const QColor mark = ThemeColors::matchBackground(widget->palette());
    widget->setProperty("commentHighlight", true);
    showPageOf(widget);
    if (field.startsWith(QLatin1String("body:"))) {
        RichTextEdit *body = m_ui.bodyEditor->edit();
        const QTextBlock block = blockOfParagraph(body->document(), field.section(QLatin1Char(':'), 1).toInt());
        if (!block.isValid())
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setBackground(mark);
        body->setExtraSelections({ selection });
        return;
    }
    if (field.startsWith(QLatin1String("quote:"))) {
        const int row = field.section(QLatin1Char(':'), 1).toInt() - 1;
        if (row >= 0 && row < m_ui.quotesList->count())
            m_ui.quotesList->setCurrentRow(row);
        return;
    }
    widget->setStyleSheet(QStringLiteral("background-color: %1;").arg(mark.name()));
}

} // namespace pressdesk
