#include "trashcontroller.h"

#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "models/listmodel.h"
#include "models/roles.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace pressdesk {

namespace {

constexpr int undoOfferMs = 10000;

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

} // namespace

TrashController::TrashController(Database &database, EditorArea *editors, QMainWindow *window)
    : QObject(window)
    , m_database(database)
    , m_editors(editors)
    , m_window(window)
    , m_undoButton(new QPushButton(tr("Undo"), window))
    , m_undoAction(new QAction(tr("Undo Move to Trash"), window))
{
    m_undoButton->setObjectName(QStringLiteral("undoTrashButton"));
    m_undoButton->setFlat(true);
    m_undoButton->hide();
    connect(m_undoButton, &QPushButton::clicked, this, &TrashController::undoMoveToTrash);
    m_undoAction->setObjectName(QStringLiteral("undoTrashAction"));
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &TrashController::undoMoveToTrash);
}

void TrashController::moveToTrash(const Records &records)
{
    Records trashed;
    for (const auto &[kind, id] : records) {
        auto repository = repositoryFor(kind, m_database);
        if (!repository->moveToTrash(id)) {
            QMessageBox::warning(m_window, tr("Move to Trash"),
                tr("Could not move the item to the trash: %1").arg(repository->errorString()));
            break;
        }
        trashed.append({ kind, id });
        if (const auto entity = entityFromKey(kind)) {
            if (EditorPage *editor = m_editors->editorFor(*entity, id))
                m_editors->discardEditor(editor);
        }
    }
    if (trashed.isEmpty())
        return;
    m_lastTrashed = trashed;
    m_window->statusBar()->showMessage(
        tr("Moved %n item(s) to the trash.", nullptr, static_cast<int>(trashed.size())), undoOfferMs);
    m_undoButton->show();
    m_undoAction->setEnabled(true);
    // The offer lasts as long as the message.
    QTimer::singleShot(undoOfferMs, m_undoButton, [this] { m_undoButton->hide(); });
}

void TrashController::undoMoveToTrash()
{
    const Records records = std::exchange(m_lastTrashed, {});
    m_undoButton->hide();
    m_undoAction->setEnabled(false);
    for (const auto &[kind, id] : records) {
        auto repository = repositoryFor(kind, m_database);
        if (!repository->restore(id)) {
            QMessageBox::warning(m_window, tr("Undo Move to Trash"),
                tr("Could not restore the item: %1").arg(repository->errorString()));
            return;
        }
    }
    if (!records.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Restored %n item(s) from the trash.", nullptr, static_cast<int>(records.size())), 5000);
}

void TrashController::restore(const Records &records)
{
    for (const auto &[kind, id] : records) {
        auto repository = repositoryFor(kind, m_database);
        if (!repository->restore(id)) {
            QMessageBox::warning(
                m_window, tr("Restore"), tr("Could not restore the item: %1").arg(repository->errorString()));
            return;
        }
    }
    m_window->statusBar()->showMessage(tr("Restored %n item(s).", nullptr, static_cast<int>(records.size())), 5000);
}

void TrashController::emptyTrash(ListModel &trash)
{
    while (trash.canFetchMore({}))
        trash.fetchMore({});
    Records records;
    for (int row = 0; row < trash.rowCount(); ++row)
        records.append({ trash.index(row, 0).data(KindRole).toString(), trash.idAt(row) });
    if (records.isEmpty())
        return;
    const auto answer = QMessageBox::question(m_window, tr("Empty Trash"),
        tr("Delete %n item(s) in the trash for good? This cannot be undone.", nullptr,
            static_cast<int>(records.size())),
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
        QMessageBox::information(m_window, tr("Empty Trash"),
            tr("Some items were kept because they are still in use:\n\n%1").arg(problems.join(QLatin1Char('\n'))));
}

} // namespace pressdesk
