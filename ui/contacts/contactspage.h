#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace pressdesk {

class ContactEditor;
class ContactImport;
class Database;
class MediaListEditor;

// The "Media contacts" section: the contacts (searched with the query language) and the
// media lists on the left, the contact or list being edited on the right. Contacts selected
// in the table can be added to the list being edited. Follows the database's changes.
class ContactsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(Database &database, QWidget *parent = nullptr);

    ContactEditor *contactEditor() const { return m_contactEditor; }
    MediaListEditor *listEditor() const { return m_listEditor; }
    ContactImport *contactImport() const { return m_import; }
    void refresh();
    void newContact();
    bool focusSearch();

private:
    void showContacts();
    void showLists();
    QList<qint64> selectedContacts() const;
    void deleteSelected();

    Database &m_database;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchNotes = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_lists = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newContact = nullptr;
    QPushButton *m_newList = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_importButton = nullptr;
    ContactImport *m_import = nullptr;
    QPushButton *m_addToList = nullptr;
    QStackedWidget *m_editors = nullptr;
    ContactEditor *m_contactEditor = nullptr;
    MediaListEditor *m_listEditor = nullptr;
};

} // namespace pressdesk
