#pragma once

#include "mainwindow/section.h"

#include <QWidget>

class QComboBox;
class QTableView;

namespace pressdesk {

class Database;
class SqlListModel;

// The middle pane of one section: a lazily paged table over that section's read model,
// with a status filter for releases. Remembers its column layout and sort order.
class SectionView final : public QWidget
{
    Q_OBJECT

public:
    SectionView(Section section, Database &database, QWidget *parent = nullptr);
    ~SectionView() override;

    Section section() const { return m_section; }
    SqlListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 currentId() const;
    QString currentKind() const;
    void saveLayout() const;

Q_SIGNALS:
    void currentChanged(qint64 id, const QString &kind);
    // The table has painted for the first time (with its first page of rows, if any).
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreLayout();
    void emitCurrent();
    void selectFirstRowIfNone();

    Section m_section;
    SqlListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_statusFilter = nullptr;
    bool m_painted = false;
};

} // namespace pressdesk
