#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QToolBar;

namespace pressdesk {

class RichTextEdit;

// The body editor: a small formatting toolbar (bold, italic, link, heading, bulleted and
// numbered list, block quote, clear formatting) over a RichTextEdit whose content is
// Markdown. The link address is asked through linkProvider, which tests can replace.
class RichTextEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RichTextEditor(QWidget *parent = nullptr);

    RichTextEdit *edit() const { return m_edit; }
    QString markdown() const;
    void setMarkdown(const QString &markdown);
    void setLinkProvider(std::function<QString(const QString &current)> provider)
    {
        m_linkProvider = std::move(provider);
    }

Q_SIGNALS:
    void changed();

private:
    QAction *addFormatAction(const QString &name, const QString &themeIcon, const QString &text,
        const QKeySequence &shortcut, void (RichTextEditor::*slot)());
    void toggleBold();
    void toggleItalic();
    void editLink();
    void toggleHeading();
    void toggleBullets();
    void toggleNumbers();
    void toggleBlockQuote();
    void clearFormatting();
    void toggleList(int style);
    void updateActions();

    QToolBar *m_toolBar = nullptr;
    RichTextEdit *m_edit = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    std::function<QString(const QString &)> m_linkProvider;
};

} // namespace pressdesk
