#include "mainwindow.h"

#include "export/exportcontroller.h"
#include "import/importcontroller.h"
#include "export/htmlexporter.h"
#include "backup/backupcontroller.h"
#include "lists/sectionview.h"
#include "models/roles.h"
#include "models/sqllistmodel.h"
#include "navigationlist.h"
#include "preview/detailpane.h"
#include "widgets/icons.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

#include <memory>

namespace pressdesk {

namespace {

std::unique_ptr<Repository> repositoryFor(const QString &kind, Database &database)
{
    if (kind == QLatin1String("release"))
        return std::make_unique<ReleaseRepository>(database);
    if (kind == QLatin1String("speaker"))
        return std::make_unique<SpeakerRepository>(database);
    if (kind == QLatin1String("event"))
        return std::make_unique<EventRepository>(database);
    return std::make_unique<OrganizationRepository>(database);
}

QString kindOf(Section section)
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
    case Section::Trash:
        return {};
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Pressdesk"));
    setWindowIcon(Icons::application());

    m_navigation = new NavigationList(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sectionStack"));
    m_detail = new DetailPane(m_database, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({170, 720, 390});
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_pathLabel = new QLabel(QDir::toNativeSeparators(m_database.path()), this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setToolTip(tr("The database file in use"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_pathLabel);

    ExportController::Selection selection;
    selection.currentRelease = [this] {
        return currentSection() == Section::Releases ? sectionView(Section::Releases)->currentId() : qint64(0);
    };
    selection.releases = [this](bool selectedOnly) { return sectionIds(Section::Releases, selectedOnly); };
    selection.selectedEvents = [this] {
        return currentSection() == Section::Events ? sectionIds(Section::Events, true) : QList<qint64>{};
    };
    selection.selectedSpeakers = [this] {
        return currentSection() == Section::Speakers ? sectionIds(Section::Speakers, true) : QList<qint64>{};
    };
    selection.currentList = [this]() -> QAbstractItemModel * {
        SectionView *view = m_views.value(currentSection());
        return view ? view->model() : nullptr;
    };
    m_export = new ExportController(m_database, this, selection);

    m_backup = new BackupController(m_database, this);
    connect(m_backup, &BackupController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_import = new ImportController(m_database, this);
    connect(m_import, &ImportController::imported, this, [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    setAcceptDrops(true);
    createActions();
    createMenus();

    connect(m_navigation, &NavigationList::sectionChanged, this, &MainWindow::showSection);
    connect(&m_database, &Database::changed, this, &MainWindow::updateStatus);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("mainwindow/geometry")))
        resize(1280, 800);

    showSection(Section::Releases);
    // Counting a large archive costs a few milliseconds; it waits until the list is on
    // screen so that start-up is only the first page.
    connect(sectionView(Section::Releases), &SectionView::firstPainted, this, [this] {
        m_started = true;
        Q_EMIT ready();
        QTimer::singleShot(0, this, &MainWindow::updateStatus);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::startBackgroundWork()
{
    m_backup->startAutomaticBackup();
    // A colleague's Pressdesk on the same (shared) file: show their changes within seconds.
    m_database.watchOtherWriters(1500);
}

void MainWindow::createActions()
{
    m_trashAction = new QAction(Icons::themed(QStringLiteral("user-trash"), QStringLiteral("trash")), tr("Move to &Trash"), this);
    m_trashAction->setObjectName(QStringLiteral("moveToTrashAction"));
    m_trashAction->setShortcut(QKeySequence::Delete);
    m_trashAction->setStatusTip(tr("Move the selected items to the trash"));
    connect(m_trashAction, &QAction::triggered, this, &MainWindow::moveSelectionToTrash);

    m_restoreAction = new QAction(Icons::themed(QStringLiteral("edit-undo"), QStringLiteral("restore")), tr("&Restore"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Restore the selected items from the trash"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreSelection);

    m_emptyTrashAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Empty Trash…"), this);
    m_emptyTrashAction->setObjectName(QStringLiteral("emptyTrashAction"));
    connect(m_emptyTrashAction, &QAction::triggered, this, &MainWindow::emptyTrash);

    m_refreshAction = new QAction(Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("Re&fresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (SectionView *view = sectionView(currentSection()))
            view->model()->reload();
    });

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the current list"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (SectionView *view = sectionView(currentSection()); view && !view->focusSearch())
            statusBar()->showMessage(tr("This list has no search."), 3000);
    });

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Pressdesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (Section section : allSections) {
        auto *action = new QAction(sectionTitle(section), this);
        action->setObjectName(sectionKey(section) + QLatin1String("SectionAction"));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(section))));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, section] { m_navigation->setCurrentSection(section); });
        m_sectionActions.append(action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_import->importAction());
    file->addSeparator();
    file->addAction(m_backup->backupAction());
    file->addAction(m_backup->restoreAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_trashAction);
    edit->addAction(m_restoreAction);
    edit->addSeparator();
    edit->addAction(m_emptyTrashAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *sections = new QActionGroup(this);
    for (QAction *action : std::as_const(m_sectionActions)) {
        sections->addAction(action);
        view->addAction(action);
    }
    view->addSeparator();
    view->addAction(m_refreshAction);

    menuBar()->addMenu(m_export->createMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_trashAction);
    toolbar->addAction(m_restoreAction);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addActions(m_export->toolBarActions());
}

SectionView *MainWindow::sectionView(Section section)
{
    if (SectionView *existing = m_views.value(section))
        return existing;
    // Sections are built when first shown, so start-up pays only for the release list.
    auto *view = new SectionView(section, m_database, m_stack);
    m_stack->addWidget(view);
    m_views.insert(section, view);
    connect(view, &SectionView::currentChanged, this, [this, view](qint64 id, const QString &kind) {
        if (view == m_stack->currentWidget())
            m_detail->showRecord(kind.isEmpty() ? kindOf(view->section()) : kind, id);
        updateActions();
    });
    connect(view->model(), &SqlListModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(view, &SectionView::searchApplied, this, [this, view](const SearchQuery &query) {
        if (view == m_stack->currentWidget())
            m_detail->setHighlightedWords(query.words());
    });
    return view;
}

Section MainWindow::currentSection() const
{
    const auto *view = qobject_cast<const SectionView *>(m_stack->currentWidget());
    return view ? view->section() : Section::Releases;
}

void MainWindow::showSection(Section section)
{
    SectionView *view = sectionView(section);
    m_stack->setCurrentWidget(view);
    if (m_navigation->currentSection() != section)
        m_navigation->setCurrentSection(section);
    m_sectionActions.at(static_cast<int>(section))->setChecked(true);
    const QString kind = view->currentKind().isEmpty() ? kindOf(section) : view->currentKind();
    m_detail->setHighlightedWords(view->searchWords());
    m_detail->showRecord(kind, view->currentId());
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    SectionView *view = m_views.value(currentSection());
    if (!view || !m_started)
        return;
    const int count = view->model()->totalCount();
    QString text;
    switch (view->section()) {
    case Section::Releases:
        text = tr("%n release(s)", nullptr, count);
        break;
    case Section::Speakers:
        text = tr("%n speaker(s)", nullptr, count);
        break;
    case Section::Events:
        text = tr("%n event(s)", nullptr, count);
        break;
    case Section::Organizations:
        text = tr("%n organization(s)", nullptr, count);
        break;
    case Section::Trash:
        text = tr("%n item(s) in the trash", nullptr, count);
        break;
    }
    m_countLabel->setText(text);
}

void MainWindow::updateActions()
{
    const bool inTrash = currentSection() == Section::Trash;
    const bool hasSelection = !selectedRecords().isEmpty();
    m_trashAction->setEnabled(!inTrash && hasSelection);
    m_restoreAction->setEnabled(inTrash && hasSelection);
    m_emptyTrashAction->setEnabled(inTrash);
    m_export->updateActions();
}

QList<qint64> MainWindow::sectionIds(Section section, bool selectedOnly)
{
    QList<qint64> ids;
    SectionView *view = sectionView(section);
    if (selectedOnly) {
        const QModelIndexList rows = view->table()->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows)
            ids.append(row.data(IdRole).toLongLong());
        return ids;
    }
    // Every row the list shows under its filter, not just the pages loaded so far.
    SqlListModel *model = view->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->idAt(row));
    return ids;
}

QList<QPair<QString, qint64>> MainWindow::selectedRecords() const
{
    QList<QPair<QString, qint64>> records;
    const auto *view = qobject_cast<const SectionView *>(m_stack->currentWidget());
    if (!view)
        return records;
    const QModelIndexList rows = view->table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString kind = row.data(KindRole).toString();
        records.append({kind.isEmpty() ? kindOf(view->section()) : kind, row.data(IdRole).toLongLong()});
    }
    return records;
}

void MainWindow::moveSelectionToTrash()
{
    const auto records = selectedRecords();
    for (const auto &[kind, id] : records) {
        auto repository = repositoryFor(kind, m_database);
        if (!repository->moveToTrash(id)) {
            QMessageBox::warning(this, tr("Move to Trash"),
                                 tr("Could not move the item to the trash: %1").arg(repository->errorString()));
            return;
        }
    }
    statusBar()->showMessage(tr("Moved %n item(s) to the trash.", nullptr, static_cast<int>(records.size())), 5000);
}

void MainWindow::restoreSelection()
{
    const auto records = selectedRecords();
    for (const auto &[kind, id] : records) {
        auto repository = repositoryFor(kind, m_database);
        if (!repository->restore(id)) {
            QMessageBox::warning(this, tr("Restore"),
                                 tr("Could not restore the item: %1").arg(repository->errorString()));
            return;
        }
    }
    statusBar()->showMessage(tr("Restored %n item(s).", nullptr, static_cast<int>(records.size())), 5000);
}

void MainWindow::emptyTrash()
{
    SectionView *trash = sectionView(Section::Trash);
    SqlListModel *model = trash->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<QPair<QString, qint64>> records;
    for (int row = 0; row < model->rowCount(); ++row)
        records.append({model->index(row, 0).data(KindRole).toString(), model->idAt(row)});
    if (records.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Empty Trash"),
        tr("Delete %n item(s) in the trash for good? This cannot be undone.", nullptr, static_cast<int>(records.size())),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    QStringList problems;
    for (const auto &[kind, id] : std::as_const(records)) {
        auto repository = repositoryFor(kind, m_database);
        if (!repository->purge(id))
            problems.append(repository->errorString());
    }
    if (!problems.isEmpty())
        QMessageBox::information(this, tr("Empty Trash"),
                                 tr("Some items were kept because they are still in use:\n\n%1")
                                     .arg(problems.join(QLatin1Char('\n'))));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pressdesk"),
                       tr("<h3>Pressdesk %1</h3><p>An offline newsroom editor for press releases.</p>"
                          "<p>Licensed under the MIT licence.</p><p>Database: %2</p><p>HTML export template: %3</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_database.path()).toHtmlEscaped(),
                                HtmlExporter::isUserTemplate()
                                    ? QDir::toNativeSeparators(HtmlExporter::templatePath()).toHtmlEscaped()
                                    : tr("built in (put your own in %1)")
                                          .arg(QDir::toNativeSeparators(HtmlExporter::userTemplatePath()).toHtmlEscaped())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImportController::canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!ImportController::canImport(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_import->importMimeData(event->mimeData());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    settings.setValue(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    for (SectionView *view : std::as_const(m_views))
        view->saveLayout();
    event->accept();
}

} // namespace pressdesk
