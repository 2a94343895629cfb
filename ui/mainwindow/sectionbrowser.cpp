#include "sectionbrowser.h"

#include "contacts/contactspage.h"
#include "lists/sectionview.h"
#include "models/listmodel.h"
#include "models/roles.h"
#include "navigationlist.h"
#include "preview/detailpane.h"

#include <QItemSelectionModel>
#include <QStackedWidget>
#include <QTableView>

namespace pressdesk {

SectionBrowser::SectionBrowser(
    Database &database, NavigationList *navigation, QStackedWidget *stack, DetailPane *detail, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_navigation(navigation)
    , m_stack(stack)
    , m_detail(detail)
{ }

QString SectionBrowser::kindOf(Section section)
{
    switch (section) {
    case Section::Releases:
        return QStringLiteral("release");
    case Section::Speakers:
        return QStringLiteral("speaker");
    case Section::Events:
        return QStringLiteral("event");
    case Section::Organizations:
        return QStringLiteral("organization");
    case Section::Contacts: // its own page, not a SectionView
    case Section::Trash:
        return {};
    }
    return {};
}

ContactsPage *SectionBrowser::contactsPage()
{
    if (!m_contacts) {
        m_contacts = new ContactsPage(m_database, m_stack);
        m_stack->addWidget(m_contacts);
    }
    return m_contacts;
}

SectionView *SectionBrowser::view(Section section)
{
    Q_ASSERT(section != Section::Contacts);
    if (SectionView *existing = m_views.value(section))
        return existing;
    auto *view = new SectionView(section, m_database, m_stack);
    m_stack->addWidget(view);
    m_views.insert(section, view);
    connect(view, &SectionView::currentChanged, this, [this, view](qint64 id, const QString &kind) {
        if (view == m_stack->currentWidget())
            m_detail->showRecord(kind.isEmpty() ? kindOf(view->section()) : kind, id);
        Q_EMIT selectionChanged();
    });
    // After a search, filter or refresh the first row is selected after it became current:
    // the actions follow the selection too, or Move to Trash stayed off for the row shown.
    connect(view->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SectionBrowser::selectionChanged);
    connect(view->model(), &ListModel::totalCountChanged, this, &SectionBrowser::countChanged);
    if (section != Section::Trash)
        connect(view->table(), &QTableView::activated, this, &SectionBrowser::openRequested);
    connect(view, &SectionView::searchApplied, this, [this, view](const SearchQuery &query) {
        if (view == m_stack->currentWidget())
            m_detail->setHighlightedWords(query.words());
    });
    return view;
}

Section SectionBrowser::currentSection() const
{
    if (m_contacts && m_stack->currentWidget() == m_contacts)
        return Section::Contacts;
    const auto *view = qobject_cast<const SectionView *>(m_stack->currentWidget());
    return view ? view->section() : Section::Releases;
}

void SectionBrowser::show(Section section)
{
    if (section == Section::Contacts) {
        m_stack->setCurrentWidget(contactsPage());
        if (m_navigation->currentSection() != section)
            m_navigation->setCurrentSection(section);
        // The page shows the contact or list it edits: the detail pane has nothing to add.
        m_detail->hide();
        return;
    }
    m_detail->show();
    SectionView *shown = view(section);
    m_stack->setCurrentWidget(shown);
    if (m_navigation->currentSection() != section)
        m_navigation->setCurrentSection(section);
    const QString kind = shown->currentKind().isEmpty() ? kindOf(section) : shown->currentKind();
    m_detail->setHighlightedWords(shown->searchWords());
    m_detail->showRecord(kind, shown->currentId());
}

QList<qint64> SectionBrowser::ids(Section section, bool selectedOnly)
{
    QList<qint64> ids;
    if (section == Section::Contacts)
        return ids;
    SectionView *listed = view(section);
    if (selectedOnly) {
        const QModelIndexList rows = listed->table()->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows)
            ids.append(row.data(IdRole).toLongLong());
        return ids;
    }
    // Every row the list shows under its filter, not just the pages loaded so far.
    ListModel *model = listed->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->idAt(row));
    return ids;
}

QList<QPair<QString, qint64>> SectionBrowser::selectedRecords() const
{
    QList<QPair<QString, qint64>> records;
    const auto *listed = qobject_cast<const SectionView *>(m_stack->currentWidget());
    if (!listed)
        return records;
    const QModelIndexList rows = listed->table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString kind = row.data(KindRole).toString();
        records.append({ kind.isEmpty() ? kindOf(listed->section()) : kind, row.data(IdRole).toLongLong() });
    }
    return records;
}

} // namespace pressdesk
