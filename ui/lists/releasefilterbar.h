#pragma once

#include "search/searchquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace pressdesk {

// Filters picked for the release list: status, language, release dates, tag, event,
// speaker, author and embargo. The toggle shows how many are active; one click clears all.
class ReleaseFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ReleaseFilterBar(QWidget *parent = nullptr);

    ReleaseFilters filters() const;
    void setFilters(const ReleaseFilters &filters);
    void clear();

Q_SIGNALS:
    void filtersChanged();

private:
    void updateToggle();

    QToolButton *m_toggle = nullptr;
    QToolButton *m_clear = nullptr;
    QWidget *m_panel = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_embargo = nullptr;
    QDateEdit *m_after = nullptr;
    QDateEdit *m_before = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_event = nullptr;
    QLineEdit *m_speaker = nullptr;
    QLineEdit *m_author = nullptr;
    bool m_updating = false;
};

} // namespace pressdesk
