// Takes the screenshots of docs/user-guide.md and README.md by driving the real main window
// through the steps the guide describes, on a database that already holds the demo
// newsroom (`pressdesk demo`). Run by docs/screenshots.sh (under xvfb-run), not by CTest:
//
//   shoot_guide DATABASE OUTPUT_FOLDER WORK_FOLDER IMPORT_FILE
//
// Writes OUTPUT_FOLDER/<name>.png for every step, and WORK_FOLDER/release.pdf (the PDF
// export, which the script turns into export-pdf.png). Exits with 1 when a step cannot be
// taken, so a changed UI is noticed instead of giving an empty picture.
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "export/exportcontroller.h"
#include "i18n/translations.h"
#include "import/importcontroller.h"
#include "lists/searchbar.h"
#include "lists/sectionview.h"
#include "mainwindow/mainwindow.h"
#include "models/listmodel.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace pressdesk;

namespace {

QDir outputFolder;
int failures = 0;

void fail(const QString &message)
{
    std::fprintf(stderr, "shoot_guide: %s\n", qUtf8Printable(message));
    ++failures;
}

void save(const QPixmap &pixmap, const QString &name)
{
    const QString path = outputFolder.filePath(name + QStringLiteral(".png"));
    if (pixmap.isNull() || !pixmap.save(path))
        fail(QStringLiteral("could not save %1").arg(path));
    else
        std::printf("%s\n", qUtf8Printable(path));
}

// Lets layouts, the debounced search (150 ms) and the preview (350 ms) settle.
void settle(int ms = 700)
{
    QTest::qWait(ms);
}

// What the screen shows inside the widget's frame: includes menus and popups, which
// QWidget::grab() leaves out.
QPixmap screenOf(QWidget *widget)
{
    const QRect frame = widget->frameGeometry();
    return widget->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
}

// Shortcuts reach only the active window; without a window manager nobody else activates it.
void activate(QWidget *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        fail(QStringLiteral("the main window could not be activated"));
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        fail(QStringLiteral("no %1 named %2").arg(QLatin1String(T::staticMetaObject.className()), QLatin1String(name)));
    return found;
}

qint64 releaseId(Database &database, const QString &headlineStart)
{
    const QList<Release> releases = ReleaseRepository(database).summaries({});
    for (const Release &release : releases) {
        if (release.headline.startsWith(headlineStart))
            return release.id;
    }
    fail(QStringLiteral("no demo release starting with \"%1\"").arg(headlineStart));
    return 0;
}

void selectRow(MainWindow &window, Section section, qint64 id)
{
    SectionView *view = window.sectionView(section);
    ListModel *model = view->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->idAt(row) == id) {
            // Exactly this row, whatever the keyboard modifiers left by earlier steps.
            view->table()->selectionModel()->setCurrentIndex(
                model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->table()->scrollTo(model->index(row, 0));
            return;
        }
    }
    fail(QStringLiteral("record %1 is not listed").arg(id));
}

// Runs trigger(), which opens a modal dialog; grabs the dialog once it shows (after
// prepare() had its go at it) and closes it with Escape/reject.
void shootModal(const QString &name, const std::function<void()> &trigger,
    const std::function<void(QWidget *)> &prepare = {}, QSize size = {})
{
    bool shot = false;
    auto *poll = new QTimer(qApp);
    poll->setInterval(100);
    QObject::connect(poll, &QTimer::timeout, qApp, [&, poll] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || shot)
            return;
        shot = true;
        poll->stop();
        if (size.isValid())
            modal->resize(size);
        if (prepare)
            prepare(modal);
        settle();
        save(screenOf(modal), name);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll->start();
    trigger();
    poll->deleteLater();
    if (!shot)
        fail(QStringLiteral("%1: no dialog appeared").arg(name));
}

void shootMenu(MainWindow &window, const char *menuName, const QString &name)
{
    QMenu *menu = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String(menuName))
            menu = action->menu();
        else if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1String(menuName))
            menu = action->menu();
    }
    if (!menu) {
        fail(QStringLiteral("no menu %1").arg(QLatin1String(menuName)));
        return;
    }
    window.menuBar()->setActiveAction(menu->menuAction());
    settle(500);
    save(screenOf(&window), name);
    menu->hide();
    window.menuBar()->setActiveAction(nullptr);
    settle(200);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 5) {
        std::fprintf(stderr, "Usage: shoot_guide DATABASE OUTPUT_FOLDER WORK_FOLDER IMPORT_FILE\n");
        return 2;
    }
    // The same names as the application, so the About box and paths read as a user's.
    QCoreApplication::setOrganizationName(QStringLiteral("Pressdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pressdesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Pressdesk"));
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Pressdesk"));
    // Fixed look: the same style, font and language on every machine and every run.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Translations::install(app, QLocale(QLocale::English, QLocale::UnitedKingdom));

    const QString databasePath = QString::fromLocal8Bit(argv[1]);
    outputFolder = QDir(QString::fromLocal8Bit(argv[2]));
    const QDir work(QString::fromLocal8Bit(argv[3]));
    const QString importFile = QString::fromLocal8Bit(argv[4]);

    Database database;
    if (!database.open(databasePath)) {
        fail(database.errorString());
        return 1;
    }
    const qint64 closing = releaseId(database, QStringLiteral("Central America and the Dominican Republic adopt"));
    const qint64 study = releaseId(database, QStringLiteral("Seven in ten migrant women"));
    const qint64 workshop = releaseId(database, QStringLiteral("Costa Rica trains 46 labour inspectors"));
    const QList<Speaker> speakers = SpeakerRepository(database).list();
    const QList<Event> events = EventRepository(database).list();
    const auto ours = OrganizationRepository(database).ours();
    if (failures > 0 || speakers.isEmpty() || events.isEmpty() || !ours) {
        fail(QStringLiteral("the database does not hold the demo newsroom (run pressdesk demo first)"));
        return 1;
    }

    MainWindow window(database);
    window.resize(1280, 800);
    window.move(0, 0);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.activateWindow();
    settle(1000);

    // Every shortcut of the window's actions, for checking the guide's table.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty())
            std::printf("shortcut %s: %s\n", qUtf8Printable(action->text().remove(u'&')),
                qUtf8Printable(QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText)));
    }

    // 1. The main window: the release list, a release selected, its details.
    selectRow(window, Section::Releases, closing);
    settle();
    save(window.grab(), QStringLiteral("main-window"));

    // 2. Searching: words, a prefix and a field filter; the Match column and highlights.
    SectionView *releases = window.sectionView(Section::Releases);
    QLineEdit *search = releases->searchBar()->field();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("lang:en labour inspec"));
    settle(1000);
    releases->table()->selectRow(0);
    // The Match column comes last: make room for it as a user would, with the column
    // chooser (the header's context menu).
    QHeaderView *header = releases->table()->horizontalHeader();
    QList<int> hidden;
    for (int column = 0; column < header->count(); ++column) {
        const QString title = releases->model()->headerData(column, Qt::Horizontal).toString();
        if (!header->isSectionHidden(column)
            && (title == QLatin1String("Dateline") || title == QLatin1String("Updated")
                || title == QLatin1String("Language") || title == QLatin1String("Release date"))) {
            header->hideSection(column);
            hidden.append(column);
        }
    }
    settle();
    save(window.grab(), QStringLiteral("search"));
    for (int column : std::as_const(hidden))
        header->showSection(column);
    search->clear();
    settle();

    // 3. The filter bar: published releases in English.
    auto *toggle = child<QToolButton>(releases, "filtersToggle");
    auto *status = child<QComboBox>(releases, "statusFilter");
    auto *language = child<QComboBox>(releases, "languageFilter");
    if (toggle && status && language) {
        toggle->setChecked(true);
        status->setCurrentIndex(status->findData(QStringLiteral("published")));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        settle(1000);
        releases->table()->selectRow(0);
        settle();
        save(window.grab(), QStringLiteral("filters"));
        if (auto *clear = child<QToolButton>(releases, "clearFilters"))
            clear->click();
        toggle->setChecked(false);
        settle();
    }

    // 4. The Export menu, then a PDF export of the selected release.
    selectRow(window, Section::Releases, closing);
    settle();
    shootMenu(window, "exportMenu", QStringLiteral("export-menu"));
    const QString pdf = work.filePath(QStringLiteral("release.pdf"));
    window.exportController()->setFileChooser([pdf](const QString &, const QString &, const QString &) { return pdf; });
    window.exportController()->setInteractive(false);
    window.exportController()->action(QStringLiteral("exportPDFAction"))->trigger();
    if (!window.exportController()->lastErrors().isEmpty() || !QFileInfo::exists(pdf))
        fail(QStringLiteral("the PDF export failed: %1").arg(window.exportController()->lastErrors().join(u' ')));
    // The same release as HTML, for the guide's e-mail step.
    const QString html = work.filePath(QStringLiteral("release.html"));
    window.exportController()->setFileChooser(
        [html](const QString &, const QString &, const QString &) { return html; });
    window.exportController()->action(QStringLiteral("exportHTMLAction"))->trigger();
    if (!QFileInfo::exists(html))
        fail(QStringLiteral("the HTML export failed"));

    // 5. The File menu: import, back up, restore, preferences.
    shootMenu(window, "File", QStringLiteral("file-menu"));

    // 6. The release editor: an embargoed release, each tab.
    // Opened as the guide says: select it in the list and press Enter.
    EditorArea *editors = window.editorArea();
    selectRow(window, Section::Releases, study);
    releases->table()->setFocus();
    QTest::keyClick(releases->table(), Qt::Key_Return);
    settle(300);
    EditorPage *editor = editors->currentEditor();
    if (!editor || editor->recordId() != study)
        fail(QStringLiteral("Enter did not open the selected release"));
    if (!editor)
        editor = editors->open(Entity::Release, study);
    auto *pages = editor ? child<QTabWidget>(editor, "pagesTabs") : nullptr;
    if (!pages)
        return 1;
    settle(1000);
    save(window.grab(), QStringLiteral("release-editor"));
    const QStringList tabShots { QString(), QStringLiteral("release-text"), QStringLiteral("release-quotes"),
        QStringLiteral("release-links"), QStringLiteral("release-closing") };
    for (int page = 1; page < pages->count() && page < tabShots.size(); ++page) {
        pages->setCurrentIndex(page);
        settle();
        save(window.grab(), tabShots.at(page));
    }
    pages->setCurrentIndex(0);

    // 7. A translation beside the original, through the preview's selector.
    EditorPage *original = editors->open(Entity::Release, closing);
    if (auto *source = original ? child<QComboBox>(original, "previewSourceCombo") : nullptr) {
        child<QTabWidget>(original, "pagesTabs")->setCurrentIndex(1);
        if (source->count() < 2)
            fail(QStringLiteral("the congress release shows no translation in its preview"));
        source->setCurrentIndex(source->count() - 1);
        settle(1000);
        save(window.grab(), QStringLiteral("release-translation"));
    }

    // 8. History: change the headline, save (version 2), and compare with version 1.
    EditorPage *edited = editors->open(Entity::Release, workshop);
    if (auto *headline = edited ? child<QLineEdit>(edited, "headlineEdit") : nullptr) {
        headline->setText(QStringLiteral("Costa Rica trains 46 labour inspectors to protect migrant women "
                                         "working in homes and on farms"));
        if (!editors->saveCurrent())
            fail(QStringLiteral("saving the edited release failed"));
        settle();
        shootModal(
            QStringLiteral("history"),
            [&window] { window.findChild<QAction *>(QStringLiteral("historyAction"))->trigger(); }, {},
            QSize(1000, 640));
    }

    // 9. Problems: a new release set to Published without its text.
    // Ctrl+N and Ctrl+S, as the guide says.
    const int before = int(editors->editors().size());
    activate(&window);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    settle(300);
    EditorPage *fresh = editors->currentEditor();
    if (int(editors->editors().size()) != before + 1 || !fresh || fresh->recordId() != 0) {
        fail(QStringLiteral("Ctrl+N did not open a new release"));
        fresh = editors->createNew(Entity::Release);
    }
    if (auto *statusCombo = fresh ? child<QComboBox>(fresh, "statusCombo") : nullptr) {
        child<QLineEdit>(fresh, "headlineEdit")->setText(QStringLiteral("Regional hotline for migrant women opens"));
        statusCombo->setCurrentIndex(statusCombo->findData(QStringLiteral("published")));
        statusCombo->setFocus();
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        settle();
        if (fresh->recordId() != 0)
            fail(QStringLiteral("a published release without dateline and body was saved"));
        save(window.grab(), QStringLiteral("release-problems"));
        editors->discardEditor(fresh);
    }

    // Del moves to the trash; the status bar's Undo brings it back (no picture).
    for (EditorPage *open : editors->editors())
        editors->discardEditor(open);
    settle(300);
    selectRow(window, Section::Releases, workshop);
    activate(&window);
    releases->table()->setFocus();
    QTest::keyClick(releases->table(), Qt::Key_Delete);
    settle(300);
    auto *undoTrash = child<QPushButton>(&window, "undoTrashButton");
    if (ReleaseRepository(database).summaries({}).size() != 7 || !undoTrash || !undoTrash->isVisible())
        fail(QStringLiteral("Del did not move the release to the trash with Undo offered (%1 releases, %2)")
                 .arg(ReleaseRepository(database).summaries({}).size())
                 .arg(undoTrash && undoTrash->isVisible()));
    else
        undoTrash->click();
    settle(300);
    if (ReleaseRepository(database).summaries({}).size() != 8)
        fail(QStringLiteral("Undo did not bring the release back from the trash"));

    // 10. Speakers, events and organizations.
    for (EditorPage *open : editors->editors())
        editors->discardEditor(open);
    settle(300);
    // A speaker quoted in several releases, each time with the title printed then.
    qint64 speaker = speakers.constFirst().id;
    for (const Speaker &candidate : speakers) {
        if (candidate.fullName.startsWith(QStringLiteral("María José")))
            speaker = candidate.id;
    }
    window.showSection(Section::Speakers);
    selectRow(window, Section::Speakers, speaker);
    settle();
    save(window.grab(), QStringLiteral("speakers"));
    editors->open(Entity::Speaker, speaker);
    settle();
    save(window.grab(), QStringLiteral("speaker-editor"));
    // The congress: the event with an edition, organizers and funders.
    qint64 congress = events.constFirst().id;
    for (const Event &event : events) {
        if (event.name.contains(QLatin1String("Congress")))
            congress = event.id;
    }
    EditorPage *eventEditor = editors->open(Entity::Event, congress);
    settle();
    save(window.grab(), QStringLiteral("event-editor"));
    if (auto *eventPages = eventEditor ? child<QTabWidget>(eventEditor, "pagesTabs") : nullptr) {
        eventPages->setCurrentIndex(1);
        settle();
        save(window.grab(), QStringLiteral("event-participants"));
    }
    editors->open(Entity::Organization, ours->id);
    settle();
    save(window.grab(), QStringLiteral("organization-editor"));
    for (EditorPage *open : editors->editors())
        editors->discardEditor(open);
    window.showSection(Section::Releases);
    settle(300);

    // 11. Preferences.
    shootModal(QStringLiteral("preferences"),
        [&window] { window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger(); });

    // 12. Import: the review of a release split from a text file (cancelled: nothing written).
    bool reviewed = false;
    window.importController()->setDialogRunner([&reviewed](QDialog &dialog) {
        dialog.resize(1100, 720);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            fail(QStringLiteral("the import review dialog was not shown"));
        settle(1000);
        save(screenOf(&dialog), QStringLiteral("import-review"));
        reviewed = true;
        return int(QDialog::Rejected);
    });
    window.importController()->setMessageSink([](const QString &message) { fail(message); });
    window.importController()->importFiles({ importFile });
    if (!reviewed)
        fail(QStringLiteral("the import review dialog did not appear"));

    // 13. Recovery after a crash: an unsaved change autosaved, offered by the next window.
    EditorPage *draft = editors->open(Entity::Release, closing);
    if (auto *headline = draft ? child<QLineEdit>(draft, "headlineEdit") : nullptr) {
        headline->setText(headline->text() + QStringLiteral(" (draft)"));
        editors->autosave();
        MainWindow second(database);
        second.resize(1280, 800);
        second.move(0, 0);
        second.show();
        if (!QTest::qWaitForWindowExposed(&second))
            fail(QStringLiteral("the second window was not shown"));
        settle();
        shootModal(QStringLiteral("recovery"), [&second] { second.offerRecovery(); });
        editors->discardEditor(draft);
    }

    return failures == 0 ? 0 : 1;
}
