#include "searchbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace pressdesk {

SearchBar::SearchBar(const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(placeholder);
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_message);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_field, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    // Clearing with the button or Escape should not wait.
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_debounce->stop();
            Q_EMIT searchRequested(text);
        }
    });
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(m_field->text()); });
}

QString SearchBar::text() const
{
    return m_field->text();
}

void SearchBar::setText(const QString &text)
{
    m_field->setText(text);
}

void SearchBar::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

} // namespace pressdesk
