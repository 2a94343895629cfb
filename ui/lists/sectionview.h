#pragma once

#include "mainwindow/section.h"
#include "search/searchquery.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace pressdesk {

class Database;
class ReleaseFilterBar;
class SearchBar;
class ListModel;

// The middle pane of one section: a lazily paged table over that section's read model,
// with a status filter for releases. Remembers its column layout and sort order.
class SectionView final : public QWidget
{
    Q_OBJECT

public:
    SectionView(Section section, Database &database, QWidget *parent = nullptr);
    ~SectionView() override;

    Section section() const { return m_section; }
    ListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 currentId() const;
    QString currentKind() const;
    void saveLayout() const;
    // Puts the keyboard focus in the search field (Ctrl+F); false when the section has none.
    bool focusSearch();
    SearchBar *searchBar() const { return m_searchBar; }
    // The words of the current search, for highlighting.
    QStringList searchWords() const;

Q_SIGNALS:
    void currentChanged(qint64 id, const QString &kind);
    // The table has painted for the first time (with its first page of rows, if any).
    void firstPainted();
    // A search or filter change was applied to the list.
    void searchApplied(const pressdesk::SearchQuery &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreLayout();
    void emitCurrent();
    void applySearch();
    void updateEmptyHint();
    QString emptyText() const;
    void showColumnMenu(const QPoint &position);
    void selectFirstRowIfNone();

    Section m_section;
    ListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    SearchBar *m_searchBar = nullptr;
    ReleaseFilterBar *m_filterBar = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_readError = nullptr;
    bool m_painted = false;
};

} // namespace pressdesk
