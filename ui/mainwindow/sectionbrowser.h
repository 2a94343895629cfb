#pragma once

#include "section.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

class QStackedWidget;

namespace pressdesk {

class Database;
class ContactsPage;
class DetailPane;
class NavigationList;
class SearchQuery;
class SectionView;

// The window's lists: one SectionView per section in a stack, each built when first shown
// (start-up pays only for the release list), the navigation beside them, and the detail
// pane following the current row and the search's words.
class SectionBrowser final : public QObject
{
    Q_OBJECT

public:
    SectionBrowser(
        Database &database, NavigationList *navigation, QStackedWidget *stack, DetailPane *detail, QObject *parent);

    SectionView *view(Section section); // built on first use; not for Section::Contacts
    ContactsPage *contactsPage(); // the media contacts section, built on first use
    SectionView *existingView(Section section) const { return m_views.value(section); }
    const QHash<Section, SectionView *> &views() const { return m_views; }
    Section currentSection() const;
    void show(Section section);
    // The ids the section lists: the selected rows, or every row under its filter.
    QList<qint64> ids(Section section, bool selectedOnly);
    // (kind, id) of the rows selected in the list in front.
    QList<QPair<QString, qint64>> selectedRecords() const;
    static QString kindOf(Section section);

Q_SIGNALS:
    // The current row or the selection changed: the actions follow.
    void selectionChanged();
    // A list's count may have changed.
    void countChanged();
    // A row was activated (double-click, Enter) in a list that opens records.
    void openRequested();

private:
    Database &m_database;
    NavigationList *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    DetailPane *m_detail = nullptr;
    QHash<Section, SectionView *> m_views;
    ContactsPage *m_contacts = nullptr;
};

} // namespace pressdesk
