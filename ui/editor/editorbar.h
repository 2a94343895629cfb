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

private:
    QLabel *m_label = nullptr;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace pressdesk
