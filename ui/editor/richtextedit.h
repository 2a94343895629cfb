#pragma once

#include <QTextEdit>

#include <functional>

namespace pressdesk {

// The body's text area. Its content is Markdown (markdown()/setMarkdown()); pasting HTML
// from a word processor or a web page keeps headings, lists, emphasis and links and drops
// fonts, colours and sizes, because it goes through Markdown on the way in.
class RichTextEdit final : public QTextEdit
{
    Q_OBJECT

public:
    explicit RichTextEdit(QWidget *parent = nullptr);

    QString markdown() const;
    void setMarkdown(const QString &markdown);

    // Room on the left of the text for a gutter widget (the quote markers), and a painter
    // over the text, called after the text is drawn, in viewport coordinates.
    void setGutterWidth(int width) { setViewportMargins(width, 0, 0, 0); }
    void setOverlay(std::function<void(QPainter &)> overlay) { m_overlay = std::move(overlay); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

private:
    std::function<void(QPainter &)> m_overlay;
};

} // namespace pressdesk
