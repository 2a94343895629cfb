#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace pressdesk {

// A message across the top of an editor with buttons at its end ("Being edited by Anna since
// 10:42 — Edit Anyway"), hidden until there is something to say.
class EditorBar final : public QFrame
{
    Q_OBJECT

public:
    explicit EditorBar(const QString &objectName, QWidget *parent = nullptr);

    QPushButton *addButton(const QString &text, const QString &objectName);
    void setText(const QString &text);
    QString text() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // As tall as the text needs at the bar's width: a word-wrapped label's size hint is
    // several lines tall whatever its width, and the editor's layout gave the bar that.
    void fitHeight();

    QLabel *m_label = nullptr;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace pressdesk
