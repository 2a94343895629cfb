#include "editorbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>

namespace pressdesk {

EditorBar::EditorBar(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    // The tooltip colours: a note that stands apart from the form, in light and dark palettes.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    // As tall as its text, never a share of the editor's spare height (fitHeight).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_label->setObjectName(objectName + QLatin1String("Text"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // names come from other people
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_label, 1);
    hide();
}

QPushButton *EditorBar::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_layout->addWidget(button);
    return button;
}

void EditorBar::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
    fitHeight();
}

void EditorBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

void EditorBar::fitHeight()
{
    const int height = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (height > 0 && height != maximumHeight()) {
        setFixedHeight(height);
        // Inside a resize the layout may keep the text where the earlier height put it (a
        // bar given its text while hidden and narrow showed an empty strip): place it now.
        m_layout->setGeometry(contentsRect());
    }
}

QString EditorBar::text() const
{
    return m_label->text();
}

} // namespace pressdesk
