#include "mainwindow.h"

#include "backup/backupcontroller.h"
#include "contacts/contactspage.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "export/exportcontroller.h"
#include "export/exportnotice.h"
#include "firstrun/firstrunassistant.h"
#include "help/aboutdialog.h"
#include "help/shortcutcatalog.h"
#include "help/shortcutsdialog.h"
#include "import/importcontroller.h"
#include "lists/searchbar.h"
#include "lists/sectionview.h"
#include "mainactions.h"
#include "models/listmodel.h"
#include "navigationlist.h"
#include "notifications/notificationbell.h"
#include "people/peoplecontroller.h"
#include "people/reviewqueuebutton.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preview/detailpane.h"
#include "publish/publishcontroller.h"
#include "recentnewsrooms.h"
#include "releaseeditor/releaseeditor.h"
#include "sectionbrowser.h"
#include "send/sendcontroller.h"
#include "statuspanel.h"
#include "storage/database.h"
#include "trash/trashcontroller.h"
#include "widgets/appearance.h"
#include "widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace pressdesk {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Which newsroom is open, where two windows may stand side by side: "newsroom on
    // db.example.org — Pressdesk", "press.sqlite — Pressdesk".
    setWindowTitle(tr("%1 — Pressdesk").arg(m_database.location().displayName()));
    setWindowIcon(Icons::application());

    m_navigation = new NavigationList(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sectionStack"));
    m_detail = new DetailPane(m_database, this);
    m_sections = new SectionBrowser(m_database, m_navigation, m_stack, m_detail, this);
    connect(m_sections, &SectionBrowser::selectionChanged, this, &MainWindow::updateActions);
    connect(m_sections, &SectionBrowser::countChanged, this, &MainWindow::updateStatus);
    connect(m_sections, &SectionBrowser::openRequested, this, &MainWindow::openSelection);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The navigation, and under it the releases awaiting this person's review.
    auto *navigationColumn = new QWidget(this);
    auto *navigationLayout = new QVBoxLayout(navigationColumn);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->setSpacing(0);
    navigationLayout->addWidget(m_navigation, 1);
    m_reviewQueue = new ReviewQueueButton(m_database, navigationColumn);
    navigationLayout->addWidget(m_reviewQueue);
    connect(m_reviewQueue, &QPushButton::clicked, this, [this] {
        m_editors->showBrowser();
        m_navigation->setCurrentSection(Section::Releases);
        SearchBar *search = sectionView(Section::Releases)->searchBar();
        search->setText(m_reviewQueue->searchText());
        Q_EMIT search->searchRequested(search->text());
    });
    m_splitter->addWidget(navigationColumn);
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

    m_status = new StatusPanel(m_database, this, m_trash->undoButton(), [this] { m_editors->autosave(); });

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
        return m_sections->ids(Section::Releases, selectedOnly);
    };
    selection.selectedEvents = [this] {
        return currentSection() == Section::Events ? m_sections->ids(Section::Events, true) : QList<qint64> {};
    };
    selection.selectedSpeakers = [this] {
        return currentSection() == Section::Speakers ? m_sections->ids(Section::Speakers, true) : QList<qint64> {};
    };
    selection.currentList = [this]() -> QAbstractItemModel * {
        SectionView *view = m_sections->existingView(currentSection());
        return view ? view->model() : nullptr;
    };
    m_export = new ExportController(m_database, this, selection);
    m_send = new SendController(m_database, this, selection.currentRelease, selection.prepareCurrentRelease);
    // Where an export went, beside the list's count; hidden until the first export.
    statusBar()->insertWidget(1, m_export->notice());

    m_backup = new BackupController(m_database, this);
    connect(m_backup, &BackupController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_import = new ImportController(m_database, this);
    connect(m_import, &ImportController::imported, this,
        [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    m_publish = new PublishController(m_database, this);
    connect(m_publish, &PublishController::message, this,
        [this](const QString &summary) { statusBar()->showMessage(summary, 10000); });
    setAcceptDrops(true);
    m_actions = new MainActions(this);
    connectActions();
    m_recent = new RecentNewsrooms(m_database.path(), this);
    m_actions->buildMenus(this, m_recent, m_import, m_backup, m_export, m_publish, m_send);
    // Newsroom ▸ People… (admins of a team newsroom), before Help.
    m_people = new PeopleController(m_database, this);
    m_people->addMenu(menuBar());

    // The bell (a team newsroom): what others asked of this person or did to their releases.
    m_bell = new NotificationBell(m_database, this);
    menuBar()->setCornerWidget(m_bell, Qt::TopRightCorner);
    connect(m_bell, &NotificationBell::openRequested, this, [this](qint64 releaseId) {
        if (auto *editor = qobject_cast<ReleaseEditor *>(m_editors->open(Entity::Release, releaseId)))
            editor->showComments();
    });

    connect(m_navigation, &NavigationList::sectionChanged, this, &MainWindow::showSection);
    connect(m_editors, &EditorArea::editorStatusChanged, m_status->editorStatusLabel(), &QLabel::setText);
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

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.trash, &QAction::triggered, this, [this] { m_trash->moveToTrash(selectedRecords()); });
    connect(a.restore, &QAction::triggered, this, [this] { m_trash->restore(selectedRecords()); });
    connect(a.emptyTrash, &QAction::triggered, this,
        [this] { m_trash->emptyTrash(*sectionView(Section::Trash)->model()); });
    connect(a.refresh, &QAction::triggered, this, [this] {
        if (SectionView *view = sectionView(currentSection()))
            view->model()->reload();
    });
    connect(a.find, &QAction::triggered, this, [this] {
        if (currentSection() == Section::Contacts) {
            m_sections->contactsPage()->focusSearch();
            return;
        }
        if (SectionView *view = sectionView(currentSection()); view && !view->focusSearch())
            statusBar()->showMessage(tr("This list has no search."), 3000);
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(ShortcutCatalog::forMainWindow(this), this);
        dialog.exec();
    });
    connect(a.newRecord, &QAction::triggered, this, &MainWindow::newRecord);
    connect(a.open, &QAction::triggered, this, &MainWindow::openSelection);
    connect(a.save, &QAction::triggered, m_editors, &EditorArea::saveCurrent);
    connect(a.closeEditor, &QAction::triggered, m_editors, &EditorArea::closeCurrent);
    connect(a.undo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    // One Undo in the Edit menu: it names what it will undo when that is a Move to Trash.
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateUndoText);
    connect(m_trash->undoAction(), &QAction::changed, this, &MainWindow::updateUndoText);
    connect(a.redo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(a.history, &QAction::triggered, this,
        [this] { withReleaseEditor([](ReleaseEditor *e) { e->showHistory(); }); });
    connect(a.duplicate, &QAction::triggered, this,
        [this] { withReleaseEditor([](ReleaseEditor *e) { e->duplicate(); }); });
    connect(a.translate, &QAction::triggered, this,
        [this] { withReleaseEditor([](ReleaseEditor *e) { e->createTranslation(); }); });
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    for (qsizetype i = 0; i < a.sections.size(); ++i) {
        const auto section = static_cast<Section>(i);
        connect(a.sections.at(i), &QAction::triggered, this, [this, section] {
            // From an editor too: back to the lists, on that section.
            m_editors->showBrowser();
            m_navigation->setCurrentSection(section);
        });
    }
}

SectionView *MainWindow::sectionView(Section section)
{
    if (section == Section::Contacts)
        return nullptr;
    return m_sections->view(section);
}

Section MainWindow::currentSection() const
{
    return m_sections->currentSection();
}

void MainWindow::showSection(Section section)
{
    m_sections->show(section);
    m_actions->sections.at(static_cast<int>(section))->setChecked(true);
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    SectionView *view = m_sections->existingView(currentSection());
    if (!view || !m_started)
        return;
    m_status->showCount(
        view->section(), view->model()->totalCount(), view->model()->totalCountIsCapped(), view->model()->countCap());
}

void MainWindow::updateActions()
{
    EditorPage *editor = m_editors ? m_editors->currentEditor() : nullptr;
    const bool inTrash = !editor && currentSection() == Section::Trash;
    const bool hasSelection = editor ? editor->recordId() > 0 : !selectedRecords().isEmpty();
    m_actions->trash->setEnabled(!inTrash && hasSelection);
    m_actions->restore->setEnabled(inTrash && hasSelection);
    m_actions->emptyTrash->setEnabled(inTrash);
    m_actions->open->setEnabled(!editor && !inTrash);
    m_export->updateActions();
    m_send->updateAction();
}

QList<QPair<QString, qint64>> MainWindow::selectedRecords() const
{
    if (EditorPage *editor = m_editors ? m_editors->currentEditor() : nullptr) {
        if (editor->recordId() > 0)
            return { { entityKey(editor->entity()), editor->recordId() } };
        return {};
    }
    return m_sections->selectedRecords();
}

void MainWindow::newRecord()
{
    Section section = currentSection();
    if (section == Section::Contacts && !m_editors->currentEditor()) {
        m_sections->contactsPage()->newContact();
        return;
    }
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
    SectionView *view = m_sections->existingView(currentSection());
    if (!view || view->section() == Section::Trash || m_editors->currentEditor())
        return;
    const qint64 id = view->currentId();
    if (const auto entity = entityFromKey(SectionBrowser::kindOf(view->section())); entity && id > 0)
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
        m_actions->refresh->trigger();
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
    m_actions->undo->setText(trash ? tr("&Undo Move to Trash") : tr("&Undo"));
}

void MainWindow::updateEditorActions()
{
    EditorPage *editor = m_editors->currentEditor();
    const bool release = qobject_cast<ReleaseEditor *>(editor) != nullptr;
    m_actions->save->setEnabled(editor != nullptr);
    m_actions->closeEditor->setEnabled(editor != nullptr);
    m_actions->history->setEnabled(release && editor->recordId() > 0);
    m_actions->duplicate->setEnabled(release);
    m_actions->translate->setEnabled(release && editor->recordId() > 0);
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
    for (SectionView *view : m_sections->views())
        view->saveLayout();
    event->accept();
}

} // namespace pressdesk
