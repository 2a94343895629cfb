#include "sectionview.h"

#include "highlightdelegate.h"
#include "models/eventlistmodel.h"
#include "models/organizationlistmodel.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "models/speakerlistmodel.h"
#include "models/trashlistmodel.h"
#include "preferences/preferences.h"
#include "presencedelegate.h"
#include "releasefilterbar.h"
#include "searchbar.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

ListModel *createModel(Section section, Database &database, QObject *parent)
{
    switch (section) {
    case Section::Releases:
        return new ReleaseListModel(database, parent);
    case Section::Speakers:
        return new SpeakerListModel(database, parent);
    case Section::Events:
        return new EventListModel(database, parent);
    case Section::Organizations:
        return new OrganizationListModel(database, parent);
    case Section::Trash:
        return new TrashListModel(database, parent);
    case Section::Contacts: // ContactsPage, not a SectionView
        break;
    }
    return nullptr;
}

QString settingsKey(Section section, const char *what)
{
    return QStringLiteral("lists/%1/%2").arg(sectionKey(section), QLatin1String(what));
}

} // namespace

SectionView::SectionView(Section section, Database &database, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
    , m_model(createModel(section, database, this))
    , m_table(new QTableView(this))
{
    setObjectName(sectionKey(section) + QLatin1String("Section"));
    m_model->setRankingCandidates(ListModel::interactiveRankingCandidates);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    if (section != Section::Organizations && section != Section::Trash) {
        auto *top = new QVBoxLayout;
        top->setContentsMargins(6, 6, 6, 0);
        top->setSpacing(4);
        m_searchBar = new SearchBar(tr("Search %1 (Ctrl+F)").arg(sectionTitle(section).toLower()), this);
        top->addWidget(m_searchBar);
        if (section == Section::Releases) {
            m_filterBar = new ReleaseFilterBar(this);
            top->addWidget(m_filterBar);
            connect(m_filterBar, &ReleaseFilterBar::filtersChanged, this, &SectionView::applySearch);
        }
        layout->addLayout(top);
        connect(m_searchBar, &SearchBar::searchRequested, this, &SectionView::applySearch);
    }

    m_table->setObjectName(sectionKey(section) + QLatin1String("List"));
    // An empty list says what belongs in it and how to start, instead of a blank table.
    m_emptyHint = new QLabel(m_table->viewport());
    m_emptyHint->setObjectName(sectionKey(section) + QLatin1String("EmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->hide();
    // A failed read keeps the rows and says so above them, until a read works again.
    m_readError = new QLabel(this);
    m_readError->setObjectName(sectionKey(section) + QLatin1String("ReadError"));
    m_readError->setWordWrap(true);
    m_readError->setStyleSheet(QStringLiteral("color: #a12622;"));
    m_readError->hide();
    layout->addWidget(m_readError); // above the table, added below
    connect(m_model, &ListModel::readFailed, this, [this](const QString &message) {
        m_readError->setText(tr("The list could not be read (%1). What it shows may be out of date; Refresh (F5) "
                                "tries again.")
                                 .arg(message));
        m_readError->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->lastError().isEmpty())
            m_readError->hide();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionView::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &SectionView::updateEmptyHint);
    QTimer::singleShot(0, this, &SectionView::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SectionView::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SectionView::updateEmptyHint);
    m_table->setAccessibleName(sectionTitle(section));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Rows are picked with the arrow keys; Tab moves on to the next control instead of
    // walking every cell of a long list (and wrapping round, a keyboard trap).
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_table);
    // The indicator must show the model's order before sorting is enabled, since enabling
    // sorting sorts by whatever the indicator says.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    restoreLayout();
    m_table->setSortingEnabled(true);
    updateEmptyHint();
    // Who else is editing a release: a pencil on its headline (a team newsroom).
    if (section == Section::Releases && database.isServer())
        m_table->setItemDelegateForColumn(ReleaseListModel::Headline, new PresenceDelegate(m_table));
    const int matchColumn = m_model->columnOfKey(QStringLiteral("match"));
    if (matchColumn >= 0) {
        m_table->setItemDelegateForColumn(matchColumn, new HighlightDelegate(m_table));
        m_table->setColumnHidden(matchColumn, true);
    }
    // bm25 scores mean little to a reader; the column chooser can show them.
    if (const int rankColumn = m_model->columnOfKey(QStringLiteral("rank")); rankColumn >= 0)
        m_table->setColumnHidden(rankColumn, true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &SectionView::showColumnMenu);
    connect(m_model, &ListModel::sortingChanged, this,
        [this](int column, Qt::SortOrder order) { m_table->horizontalHeader()->setSortIndicator(column, order); });
    if (m_searchBar) {
        // The last search of this section comes back, with its filters.
        const QSignalBlocker blockSearch(m_searchBar);
        m_searchBar->setText(Preferences::viewState(settingsKey(m_section, "search")).toString());
        if (m_filterBar) {
            const QSignalBlocker blockFilters(m_filterBar);
            m_filterBar->setFilters(
                SearchQuery::parse(Preferences::viewState(settingsKey(m_section, "filters")).toString()).filters());
        }
        if (!m_searchBar->text().isEmpty() || (m_filterBar && !m_filterBar->filters().isEmpty()))
            applySearch();
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SectionView::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionView::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionView::selectFirstRowIfNone);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SectionView::selectFirstRowIfNone);
    selectFirstRowIfNone();
    m_table->viewport()->installEventFilter(this);
}

SectionView::~SectionView() = default;

void SectionView::restoreLayout()
{
    const QByteArray header = Preferences::viewState(settingsKey(m_section, "header")).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        return;
    // First run: the first column (headline or name) takes the room; the others fit a
    // typical value.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(0, metrics.averageCharWidth() * 48);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column, std::max(metrics.horizontalAdvance(header) + 36, metrics.averageCharWidth() * 14));
    }
    // While searching, the matched words show beside the headline or name, not after every
    // other column (off screen with the preview open).
    if (const int match = m_model->columnOfKey(QStringLiteral("match")); match > 1) {
        QHeaderView *columns = m_table->horizontalHeader();
        columns->moveSection(columns->visualIndex(match), 1);
        m_table->setColumnWidth(match, metrics.averageCharWidth() * 40);
    }
}

void SectionView::saveLayout() const
{
    Preferences::setViewState(settingsKey(m_section, "header"), m_table->horizontalHeader()->saveState());
}

qint64 SectionView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

QString SectionView::currentKind() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(KindRole).toString() : QString();
}

QString SectionView::emptyText() const
{
    const bool searching =
        (m_searchBar && !m_searchBar->text().trimmed().isEmpty()) || (m_filterBar && !m_filterBar->filters().isEmpty());
    if (searching)
        return tr("Nothing matches this search. Clear the search field (Esc) to see everything.");
    switch (m_section) {
    case Section::Releases:
        return tr("No releases yet.\nWrite the first one with New (Ctrl+N), paste one you already have with "
                  "Edit \u25B8 Paste as New Release (Ctrl+Shift+V), or import files with File \u25B8 Import "
                  "(Ctrl+Shift+I).");
    case Section::Speakers:
        return tr("No speakers yet.\nAdd the people your releases quote with New (Ctrl+N), with their exact "
                  "titles, or import a list (CSV or vCard) with File \u25B8 Import (Ctrl+Shift+I).");
    case Section::Events:
        return tr("No events yet.\nAdd a congress, workshop or launch with New (Ctrl+N), or import a calendar "
                  "(.ics) with File \u25B8 Import (Ctrl+Shift+I).");
    case Section::Organizations:
        return tr("No organizations yet.\nAdd your own with New (Ctrl+N) and choose Use as Our Organization: "
                  "it gives new releases their letterhead, logo and boilerplate. Partners and funders go here too.");
    case Section::Trash:
        return tr("The trash is empty.\nWhat you move to the trash waits here until you restore it.");
    case Section::Contacts:
        break;
    }
    return {};
}

void SectionView::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty)
        m_emptyHint->setText(emptyText());
    m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_emptyHint->setVisible(empty);
}

void SectionView::applySearch()
{
    SearchQuery query = SearchQuery::parse(m_searchBar->text());
    if (m_filterBar)
        query.filters().merge(m_filterBar->filters());
    m_searchBar->setMessage(query.notesFor(m_section == Section::Releases).join(QLatin1Char(' ')));
    switch (m_section) {
    case Section::Releases:
        static_cast<ReleaseListModel *>(m_model)->setSearch(query);
        break;
    case Section::Speakers:
        static_cast<SpeakerListModel *>(m_model)->setSearch(query);
        break;
    case Section::Events:
        static_cast<EventListModel *>(m_model)->setSearch(query);
        break;
    case Section::Organizations:
    case Section::Contacts:
    case Section::Trash:
        break;
    }
    const int matchColumn = m_model->columnOfKey(QStringLiteral("match"));
    if (matchColumn >= 0)
        m_table->setColumnHidden(matchColumn, !query.hasText());
    if (!m_model->lastError().isEmpty())
        m_searchBar->setMessage(tr("The search could not run: %1").arg(m_model->lastError()));
    Preferences::setViewState(settingsKey(m_section, "search"), m_searchBar->text());
    if (m_filterBar)
        Preferences::setViewState(settingsKey(m_section, "filters"), m_filterBar->filters().toQueryText());
    Q_EMIT searchApplied(query);
}

QStringList SectionView::searchWords() const
{
    return m_searchBar ? SearchQuery::parse(m_searchBar->text()).words() : QStringList();
}

bool SectionView::focusSearch()
{
    if (!m_searchBar)
        return false;
    m_searchBar->focusField();
    return true;
}

void SectionView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The first column names the row; it always stays.
        action->setEnabled(column != 0);
        connect(
            action, &QAction::toggled, this, [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void SectionView::selectFirstRowIfNone()
{
    if (m_table->currentIndex().isValid() || m_model->rowCount() == 0)
        return;
    m_table->selectRow(0);
}

void SectionView::emitCurrent()
{
    Q_EMIT currentChanged(currentId(), currentKind());
}

bool SectionView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    if (!m_painted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_painted = true;
        // Emitted after this paint event has been delivered.
        QTimer::singleShot(0, this, &SectionView::firstPainted);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pressdesk
