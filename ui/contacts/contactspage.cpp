#include "contactspage.h"

#include "contacteditor/contacteditor.h"
#include "contactimport.h"
#include "distribution/recipientresolver.h"
#include "medialisteditor/medialisteditor.h"
#include "search/contactfilter.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/medialistrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pressdesk {

ContactsPage::ContactsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("contactsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("contactsTabs"));
    auto *contactsTab = new QWidget(m_tabs);
    auto *contactsLayout = new QVBoxLayout(contactsTab);
    m_search = new QLineEdit(contactsTab);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search contacts: words, lang:es, beat:economy, country:Panamá, outlet:…"));
    m_searchNotes = new QLabel(contactsTab);
    m_searchNotes->setObjectName(QStringLiteral("contactSearchNotes"));
    m_searchNotes->setWordWrap(true);
    m_searchNotes->hide();
    m_table = new QTableWidget(contactsTab);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Outlet"), tr("E-mail"), tr("Languages"), tr("Country") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Media contacts"));
    contactsLayout->addWidget(m_search);
    contactsLayout->addWidget(m_searchNotes);
    contactsLayout->addWidget(m_table, 1);
    m_tabs->addTab(contactsTab, tr("Contacts"));

    auto *listsTab = new QWidget(m_tabs);
    auto *listsLayout = new QVBoxLayout(listsTab);
    m_lists = new QListWidget(listsTab);
    m_lists->setObjectName(QStringLiteral("mediaLists"));
    m_lists->setAccessibleName(tr("Media lists"));
    listsLayout->addWidget(m_lists);
    m_tabs->addTab(listsTab, tr("Lists"));

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("contactsCount"));
    m_newContact = new QPushButton(tr("New Contact"), this);
    m_newContact->setObjectName(QStringLiteral("newContact"));
    m_newList = new QPushButton(tr("New List"), this);
    m_newList->setObjectName(QStringLiteral("newMediaList"));
    m_addToList = new QPushButton(tr("Add to List Being Edited"), this);
    m_addToList->setObjectName(QStringLiteral("addToList"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteContactOrList"));
    m_importButton = new QPushButton(tr("Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importContacts"));
    m_importButton->setToolTip(tr("Media contacts from CSV or vCard files; those already here are found by e-mail"));
    m_import = new ContactImport(database, this);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_newContact);
    bottom->addWidget(m_newList);
    bottom->addWidget(m_addToList);
    bottom->addWidget(m_delete);
    bottom->addWidget(m_importButton);
    layout->addLayout(bottom);

    m_editors = new QStackedWidget(splitter);
    m_contactEditor = new ContactEditor(database, m_editors);
    m_listEditor = new MediaListEditor(database, m_editors);
    m_editors->addWidget(m_contactEditor);
    m_editors->addWidget(m_listEditor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_search, &QLineEdit::textChanged, this, &ContactsPage::showContacts);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !m_table->item(row, 0))
            return;
        // Several rows picked are for adding to the list being edited, not for editing.
        if (m_table->selectionModel()->selectedRows().size() > 1)
            return;
        m_contactEditor->load(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
        m_editors->setCurrentWidget(m_contactEditor);
    });
    connect(m_lists, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_listEditor->load(m_lists->item(row)->data(Qt::UserRole).toLongLong());
        m_editors->setCurrentWidget(m_listEditor);
    });
    connect(m_newContact, &QPushButton::clicked, this, &ContactsPage::newContact);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_import->run())
            refresh();
    });
    connect(m_newList, &QPushButton::clicked, this, [this] {
        m_listEditor->startNew();
        m_listEditor->addMembers(selectedContacts());
        m_editors->setCurrentWidget(m_listEditor);
    });
    connect(m_addToList, &QPushButton::clicked, this, [this] {
        m_listEditor->addMembers(selectedContacts());
        m_editors->setCurrentWidget(m_listEditor);
    });
    connect(m_delete, &QPushButton::clicked, this, &ContactsPage::deleteSelected);
    connect(m_contactEditor, &ContactEditor::saved, this, &ContactsPage::refresh);
    connect(m_listEditor, &MediaListEditor::saved, this, &ContactsPage::refresh);
    connect(&m_database, &Database::changed, this, [this](Entity entity) {
        if (entity == Entity::Contact || entity == Entity::MediaList)
            refresh();
    });
    refresh();
}

void ContactsPage::refresh()
{
    showContacts();
    showLists();
}

void ContactsPage::newContact()
{
    m_contactEditor->startNew();
    m_editors->setCurrentWidget(m_contactEditor);
    m_contactEditor->findChild<QLineEdit *>(QStringLiteral("contactName"))->setFocus();
}

bool ContactsPage::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus();
    m_search->selectAll();
    return true;
}

void ContactsPage::showContacts()
{
    const QStringList notes = ContactFilter::parse(m_search->text()).notes();
    m_searchNotes->setText(notes.join(QLatin1Char(' ')));
    m_searchNotes->setVisible(!notes.isEmpty());
    ContactRepository repository(m_database);
    const QList<MediaContact> contacts = repository.search(m_search->text());
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const MediaContact &contact = contacts.at(row);
        const QStringList values { contact.name, contact.outlet, contact.email,
            contact.languages.join(QStringLiteral(", ")), contact.country };
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            item->setData(Qt::UserRole, contact.id);
            if (contact.doNotContact || contact.isBounced())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        if (contact.doNotContact)
            m_table->item(row, 0)->setToolTip(tr("Do not contact"));
        else if (contact.isBounced())
            m_table->item(row, 0)->setToolTip(tr("The address bounced: %1").arg(contact.bounceReply));
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n contact(s)", nullptr, static_cast<int>(contacts.size())));
}

void ContactsPage::showLists()
{
    MediaListRepository repository(m_database);
    RecipientResolver resolver(m_database);
    const qint64 current = m_lists->currentItem() ? m_lists->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_lists);
    m_lists->clear();
    for (const MediaList &list : repository.list()) {
        QString error;
        const auto recipients = resolver.resolveLists(QList<MediaList> { list }, {}, nullptr, &error);
        auto *item = new QListWidgetItem(
            tr("%1 (%n recipient(s))", nullptr, recipients ? static_cast<int>(recipients->size()) : 0).arg(list.name),
            m_lists);
        item->setData(Qt::UserRole, list.id);
        item->setToolTip(list.description);
        if (list.id == current)
            m_lists->setCurrentItem(item);
    }
    if (m_listEditor->listId() > 0)
        m_listEditor->updatePreview();
}

QList<qint64> ContactsPage::selectedContacts() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(Qt::UserRole).toLongLong());
    return ids;
}

void ContactsPage::deleteSelected()
{
    if (m_tabs->currentIndex() == 1) {
        QListWidgetItem *item = m_lists->currentItem();
        if (!item)
            return;
        if (QMessageBox::question(this, tr("Delete List"),
                tr("Delete the list \u201C%1\u201D? The contacts on it are kept.").arg(item->text()))
            != QMessageBox::Yes)
            return;
        MediaListRepository repository(m_database);
        if (!repository.remove(item->data(Qt::UserRole).toLongLong()))
            QMessageBox::warning(this, tr("Delete List"), repository.errorString());
        m_listEditor->startNew();
    } else {
        const QList<qint64> ids = selectedContacts();
        if (ids.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Delete Contacts"),
                tr("Delete %n contact(s) for good? They also leave every list.", nullptr, static_cast<int>(ids.size())))
            != QMessageBox::Yes)
            return;
        ContactRepository repository(m_database);
        for (qint64 id : ids) {
            if (!repository.remove(id)) {
                QMessageBox::warning(this, tr("Delete Contacts"), repository.errorString());
                break;
            }
        }
        m_contactEditor->startNew();
    }
    refresh();
}

} // namespace pressdesk
