#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace pressdesk {

// The search field of a list, with an inline message for anything the query language had
// to change. Emits searchRequested a moment after typing stops, so typing never waits.
class SearchBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(const QString &placeholder, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setMessage(const QString &message);
    void focusField();
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    void searchRequested(const QString &text);

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace pressdesk
