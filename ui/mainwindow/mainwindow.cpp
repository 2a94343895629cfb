#include "mainwindow.h"

#include "backup/backupcontroller.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "export/exportcontroller.h"
#include "export/exportnotice.h"
#include "firstrun/firstrunassistant.h"
#include "help/aboutdialog.h"
#include "help/shortcutcatalog.h"
#include "help/shortcutsdialog.h"
#include "import/importcontroller.h"
#include "lists/sectionview.h"
#include "models/roles.h"
#include "models/listmodel.h"
#include "navigationlist.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preview/detailpane.h"
#include "recentnewsrooms.h"
#include "releaseeditor/releaseeditor.h"
#include "storage/database.h"
#include "trash/trashcontroller.h"
#include "widgets/appearance.h"
#include "widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

namespace pressdesk {

namespace {

QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> standard = QKeySequence::keyBindings(key);
    return standard.isEmpty() ? QList<QKeySequence> { fallback } : standard;
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
    m_splitter->setSizes({ 170, 720, 390 });
    m_editors = new EditorArea(m_database, m_splitter, this);
    setCentralWidget(m_editors);
    m_trash = new TrashController(m_database, m_editors, this);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_pathLabel = new QLabel(QDir::toNativeSeparators(m_database.path()), this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setToolTip(tr("The database file in use"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editorStatusLabel = new QLabel(this);
    m_editorStatusLabel->setObjectName(QStringLiteral("editorStatusLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_trash->undoButton());
    statusBar()->addPermanentWidget(m_editorStatusLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    ExportController::Selection selection;
    // The release in the editor in front, else the one selected in the release list.
    selection.currentRelease = [this] {
        if (EditorPage *editor = m_editors ? m_editors->currentEditor() : nullptr)
            return editor->entity() == Entity::Release ? editor->recordId() : qint64(0);
        return currentSection() == Section::Releases ? sectionView(Section::Releases)->currentId() : qint64(0);
    };
    selection.prepareCurrentRelease = [this] {
        return saveReleaseBeforeOutput();
    };
    selection.releases = [this](bool selectedOnly) {
        return sectionIds(Section::Releases, selectedOnly);
    };
    selection.selectedEvents = [this] {
        return currentSection() == Section::Events ? sectionIds(Section::Events, true) : QList<qint64> {};
    };
    selection.selectedSpeakers = [this] {
        return currentSection() == Section::Speakers ? sectionIds(Section::Speakers, true) : QList<qint64> {};
    };
    selection.currentList = [this]() -> QAbstractItemModel * {
        SectionView *view = m_views.value(currentSection());
        return view ? view->model() : nullptr;
    };
    m_export = new ExportController(m_database, this, selection);
    // Where an export went, beside the list's count; hidden until the first export.
    statusBar()->insertWidget(1, m_export->notice());

    // The file was pulled from under Pressdesk (Database::guardWrites): say so once, keep every
    // editor's text in the recovery copy beside the file, and write nothing more.
    connect(&m_database, &Database::writesHalted, this, [this](const QString &reason) {
        m_editors->autosave();
        auto *box =
            new QMessageBox(QMessageBox::Critical, tr("Pressdesk Stopped Saving"), reason, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("writesHaltedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_pathLabel->setText(tr("%1 (not saving)").arg(QDir::toNativeSeparators(m_database.path())));
    });

    m_backup = new BackupController(m_database, this);
    connect(m_backup, &BackupController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_import = new ImportController(m_database, this);
    connect(m_import, &ImportController::imported, this,
        [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    setAcceptDrops(true);
    createActions();
    createMenus();

    connect(m_navigation, &NavigationList::sectionChanged, this, &MainWindow::showSection);
    connect(m_editors, &EditorArea::editorStatusChanged, m_editorStatusLabel, &QLabel::setText);
    connect(
        m_editors, &EditorArea::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 20000); });
    connect(m_editors, &EditorArea::currentEditorChanged, this, [this] {
        updateEditorActions();
        updateActions();
    });
    connect(&m_database, &Database::changed, this, &MainWindow::updateStatus);

    restoreGeometry(Preferences::viewState(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(Preferences::viewState(QStringLiteral("mainwindow/state")).toByteArray());
    m_splitter->restoreState(Preferences::viewState(QStringLiteral("mainwindow/splitter")).toByteArray());
    if (!Preferences::hasViewState(QStringLiteral("mainwindow/geometry")))
        fitFirstWindow();

    updateEditorActions();
    // The preview's rich-text layout waits until the list has painted its first page.
    m_detail->setRenderingHeld(true);
    showSection(Section::Releases);
    // Counting a large archive costs a few milliseconds; it waits until the list is on
    // screen so that start-up is only the first page.
    connect(sectionView(Section::Releases), &SectionView::firstPainted, this, [this] {
        m_started = true;
        m_detail->setRenderingHeld(false);
        Q_EMIT ready();
        QTimer::singleShot(0, this, &MainWindow::updateStatus);
    });
}

MainWindow::~MainWindow()
{
    // Focus moves while the widgets go: no more calls into a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
}

void MainWindow::fitFirstWindow()
{
    // 1280×800 where there is room; on a 1280×800 screen the panels, title bar and window
    // frame must fit as well, or the status bar (Undo, confirmations) ends up off-screen.
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    QSize size(1280, 800);
    if (where) {
        const QRect available = where->availableGeometry();
        constexpr int frameAllowance = 48; // title bar and borders, not known before showing
        size = size.boundedTo(QSize(available.width() - 16, available.height() - frameAllowance));
        move(available.topLeft() + QPoint((available.width() - size.width()) / 2, 8));
    }
    resize(size);
}

void MainWindow::startBackgroundWork()
{
    m_backup->startAutomaticBackup();
    // A colleague's Pressdesk on the same (shared) file: show their changes within seconds.
    m_database.watchOtherWriters(1500);
}

void MainWindow::createActions()
{
    m_trashAction =
        new QAction(Icons::themed(QStringLiteral("user-trash"), QStringLiteral("trash")), tr("Move to &Trash"), this);
    m_trashAction->setObjectName(QStringLiteral("moveToTrashAction"));
    m_trashAction->setShortcut(QKeySequence::Delete);
    m_trashAction->setStatusTip(tr("Move the selected items to the trash"));
    connect(m_trashAction, &QAction::triggered, this, [this] { m_trash->moveToTrash(selectedRecords()); });

    m_restoreAction =
        new QAction(Icons::themed(QStringLiteral("edit-undo"), QStringLiteral("restore")), tr("&Restore"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Restore the selected items from the trash"));
    connect(m_restoreAction, &QAction::triggered, this, [this] { m_trash->restore(selectedRecords()); });

    m_emptyTrashAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Empty Trash…"), this);
    m_emptyTrashAction->setObjectName(QStringLiteral("emptyTrashAction"));
    connect(m_emptyTrashAction, &QAction::triggered, this,
        [this] { m_trash->emptyTrash(*sectionView(Section::Trash)->model()); });

    m_refreshAction =
        new QAction(Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("Re&fresh"), this);
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
    // Windows and some desktops have no standard key for these two; Ctrl+Q and Ctrl+, are
    // what users of other applications try.
    m_quitAction->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Pressdesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_shortcutsAction =
        new QAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")), tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(ShortcutCatalog::forMainWindow(this), this);
        dialog.exec();
    });

    m_newAction = new QAction(Icons::themed(QStringLiteral("document-new"), QStringLiteral("new")), tr("&New"), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new record in the current section"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRecord);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setStatusTip(tr("Edit the selected record"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelection);

    m_saveAction =
        new QAction(Icons::themed(QStringLiteral("document-save"), QStringLiteral("save")), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_editors, &EditorArea::saveCurrent);

    m_closeEditorAction = new QAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close Editor"), this);
    m_closeEditorAction->setObjectName(QStringLiteral("closeEditorAction"));
    m_closeEditorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeEditorAction, &QAction::triggered, m_editors, &EditorArea::closeCurrent);

    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    // One Undo in the Edit menu: it names what it will undo when that is a Move to Trash.
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateUndoText);
    connect(m_trash->undoAction(), &QAction::changed, this, &MainWindow::updateUndoText);
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });

    m_historyAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&History…"), this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this,
        [this] { withReleaseEditor([](ReleaseEditor *e) { e->showHistory(); }); });
    m_duplicateAction = new QAction(tr("D&uplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this,
        [this] { withReleaseEditor([](ReleaseEditor *e) { e->duplicate(); }); });
    m_translateAction = new QAction(tr("Create &Translation…"), this);
    m_translateAction->setObjectName(QStringLiteral("translateAction"));
    connect(m_translateAction, &QAction::triggered, this,
        [this] { withReleaseEditor([](ReleaseEditor *e) { e->createTranslation(); }); });

    m_preferencesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    for (Section section : allSections) {
        auto *action = new QAction(sectionTitle(section), this);
        action->setObjectName(sectionKey(section) + QLatin1String("SectionAction"));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(section))));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, section] {
            // From an editor too: back to the lists, on that section.
            m_editors->showBrowser();
            m_navigation->setCurrentSection(section);
        });
        m_sectionActions.append(action);
    }
}

void MainWindow::createMenus()
{
    m_recent = new RecentNewsrooms(m_database.path(), this);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addAction(m_closeEditorAction);
    file->addSeparator();
    file->addAction(m_recent->openAction());
    file->addMenu(m_recent->menu());
    file->addSeparator();
    file->addAction(m_import->importAction());
    file->addSeparator();
    file->addAction(m_backup->backupAction());
    file->addAction(m_backup->restoreAction());
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_import->pasteAction());
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_trashAction);
    edit->addAction(m_restoreAction);
    edit->addSeparator();
    edit->addAction(m_emptyTrashAction);

    QMenu *release = menuBar()->addMenu(tr("&Release"));
    release->setObjectName(QStringLiteral("releaseMenu"));
    release->addAction(m_historyAction);
    release->addAction(m_duplicateAction);
    release->addAction(m_translateAction);

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
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
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
    // After a search, filter or refresh the first row is selected after it became current:
    // the actions follow the selection too, or Move to Trash stayed off for the row shown.
    connect(view->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(view->model(), &ListModel::totalCountChanged, this, &MainWindow::updateStatus);
    if (section != Section::Trash)
        connect(view->table(), &QTableView::activated, this, &MainWindow::openSelection);
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
    EditorPage *editor = m_editors ? m_editors->currentEditor() : nullptr;
    const bool inTrash = !editor && currentSection() == Section::Trash;
    const bool hasSelection = editor ? editor->recordId() > 0 : !selectedRecords().isEmpty();
    m_trashAction->setEnabled(!inTrash && hasSelection);
    m_restoreAction->setEnabled(inTrash && hasSelection);
    m_emptyTrashAction->setEnabled(inTrash);
    m_openAction->setEnabled(!editor && !inTrash);
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
    ListModel *model = view->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->idAt(row));
    return ids;
}

QList<QPair<QString, qint64>> MainWindow::selectedRecords() const
{
    QList<QPair<QString, qint64>> records;
    if (EditorPage *editor = m_editors ? m_editors->currentEditor() : nullptr) {
        if (editor->recordId() > 0)
            records.append({ entityKey(editor->entity()), editor->recordId() });
        return records;
    }
    const auto *view = qobject_cast<const SectionView *>(m_stack->currentWidget());
    if (!view)
        return records;
    const QModelIndexList rows = view->table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString kind = row.data(KindRole).toString();
        records.append({ kind.isEmpty() ? kindOf(view->section()) : kind, row.data(IdRole).toLongLong() });
    }
    return records;
}

void MainWindow::newRecord()
{
    Section section = currentSection();
    Entity entity = Entity::Release;
    if (EditorPage *editor = m_editors->currentEditor())
        entity = editor->entity();
    else if (section == Section::Speakers)
        entity = Entity::Speaker;
    else if (section == Section::Events)
        entity = Entity::Event;
    else if (section == Section::Organizations)
        entity = Entity::Organization;
    m_editors->createNew(entity);
}

void MainWindow::openSelection()
{
    SectionView *view = m_views.value(currentSection());
    if (!view || view->section() == Section::Trash || m_editors->currentEditor())
        return;
    const qint64 id = view->currentId();
    if (const auto entity = entityFromKey(kindOf(view->section())); entity && id > 0)
        m_editors->open(*entity, id);
}

bool MainWindow::saveReleaseBeforeOutput()
{
    EditorPage *editor = m_editors->currentEditor();
    if (!editor || editor->entity() != Entity::Release || !editor->isModified())
        return true;
    if (!m_export->isInteractive())
        return m_editors->saveCurrent();
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved yet. Save them first?").arg(editor->title()), QMessageBox::NoButton,
        this);
    box.setObjectName(QStringLiteral("saveBeforeOutputBox"));
    QPushButton *save = box.addButton(QMessageBox::Save);
    QPushButton *saved = box.addButton(tr("Use the Saved Version"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        return m_editors->saveCurrent();
    return box.clickedButton() == saved;
}

void MainWindow::offerRecovery()
{
    m_editors->offerRecovery();
}

FirstRunAssistant *MainWindow::offerFirstRun()
{
    if (!FirstRunAssistant::isWanted(m_database))
        return nullptr;
    auto *assistant = new FirstRunAssistant(m_database, this);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &QDialog::accepted, this, [this] {
        m_refreshAction->trigger();
        statusBar()->showMessage(tr("Our organization is set up. Write the first release with Ctrl+N."), 10'000);
    });
    assistant->open();
    return assistant;
}

void MainWindow::undoOrRedo(bool redo)
{
    // A text field undoes its own typing; elsewhere the editor's structural edits.
    QWidget *focus = currentFocus();
    if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        redo ? line->redo() : line->undo();
    } else if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        redo ? text->redo() : text->undo();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        redo ? plain->redo() : plain->undo();
    } else if (EditorPage *editor = m_editors->currentEditor()) {
        redo ? editor->undoStack()->redo() : editor->undoStack()->undo();
    } else if (!redo && m_trash->undoAction()->isEnabled()) {
        // In the lists, Ctrl+Z takes back the last Move to Trash.
        m_trash->undoMoveToTrash();
    }
}

QWidget *MainWindow::currentFocus() const
{
    // The window's own record of its focus child can lag behind (a button's shortcut moves
    // the focus); the application's focus widget is the truth when it is in this window.
    QWidget *focus = QApplication::focusWidget();
    return focus && focus->window() == this ? focus : focusWidget();
}

void MainWindow::updateUndoText()
{
    const QWidget *focus = currentFocus();
    const bool textField = qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QTextEdit *>(focus)
        || qobject_cast<const QPlainTextEdit *>(focus);
    const bool trash = !textField && !m_editors->currentEditor() && m_trash->undoAction()->isEnabled();
    m_undoAction->setText(trash ? tr("&Undo Move to Trash") : tr("&Undo"));
}

void MainWindow::updateEditorActions()
{
    EditorPage *editor = m_editors->currentEditor();
    const bool release = qobject_cast<ReleaseEditor *>(editor) != nullptr;
    m_saveAction->setEnabled(editor != nullptr);
    m_closeEditorAction->setEnabled(editor != nullptr);
    m_historyAction->setEnabled(release && editor->recordId() > 0);
    m_duplicateAction->setEnabled(release);
    m_translateAction->setEnabled(release && editor->recordId() > 0);
    // A new release gets its id when first saved: export and print follow.
    updateActions();
    updateUndoText();
    if (editor)
        connect(editor, &EditorPage::saved, this, &MainWindow::updateEditorActions, Qt::UniqueConnection);
}

void MainWindow::withReleaseEditor(const std::function<void(ReleaseEditor *)> &action)
{
    if (auto *editor = qobject_cast<ReleaseEditor *>(m_editors->currentEditor()))
        action(editor);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_export->setPaperSize(Preferences::letterPaper() ? PaperSize::Letter : PaperSize::A4);
    m_editors->restartAutosave();
    Appearance::apply(Appearance::scheme());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_database.path(), this);
    dialog.exec();
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
    if (!m_editors->closeAll()) {
        event->ignore();
        return;
    }
    Preferences::setViewState(QStringLiteral("mainwindow/geometry"), saveGeometry());
    Preferences::setViewState(QStringLiteral("mainwindow/state"), saveState());
    Preferences::setViewState(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    for (SectionView *view : std::as_const(m_views))
        view->saveLayout();
    event->accept();
}

} // namespace pressdesk
