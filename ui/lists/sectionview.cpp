#include "sectionview.h"

#include "models/eventlistmodel.h"
#include "models/organizationlistmodel.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "models/speakerlistmodel.h"
#include "models/trashlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

SqlListModel *createModel(Section section, Database &database, QObject *parent)
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    if (section == Section::Releases) {
        auto *filterBar = new QHBoxLayout;
        filterBar->setContentsMargins(6, 6, 6, 0);
        auto *label = new QLabel(tr("&Status:"), this);
        m_statusFilter = new QComboBox(this);
        m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
        m_statusFilter->addItem(tr("All statuses"), QString());
        for (ReleaseStatus status : allStatuses())
            m_statusFilter->addItem(statusLabel(status), statusKey(status));
        label->setBuddy(m_statusFilter);
        filterBar->addWidget(label);
        filterBar->addWidget(m_statusFilter);
        filterBar->addStretch();
        layout->addLayout(filterBar);
        connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
            auto *releases = static_cast<ReleaseListModel *>(m_model);
            releases->setStatusFilter(statusFromKey(m_statusFilter->currentData().toString()));
        });
    }

    m_table->setObjectName(sectionKey(section) + QLatin1String("List"));
    m_table->setAccessibleName(sectionTitle(section));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
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

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SectionView::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionView::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionView::selectFirstRowIfNone);
    selectFirstRowIfNone();
    m_table->viewport()->installEventFilter(this);
}

SectionView::~SectionView() = default;

void SectionView::restoreLayout()
{
    QSettings settings;
    const QByteArray header = settings.value(settingsKey(m_section, "header")).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        return;
    // First run: the first column (headline or name) takes the room; the others fit a
    // typical value.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(0, metrics.averageCharWidth() * 48);
    for (int column = 1; column < m_model->columnCount(); ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, std::max(metrics.horizontalAdvance(header) + 36, metrics.averageCharWidth() * 14));
    }
}

void SectionView::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingsKey(m_section, "header"), m_table->horizontalHeader()->saveState());
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
    if (!m_painted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_painted = true;
        // Emitted after this paint event has been delivered.
        QTimer::singleShot(0, this, &SectionView::firstPainted);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pressdesk
