#pragma once

#include <QTextEdit>

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

protected:
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
};

} // namespace pressdesk
