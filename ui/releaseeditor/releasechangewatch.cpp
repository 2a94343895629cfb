#include "releasechangewatch.h"

#include "editor/editorbar.h"
#include "storage/database.h"
#include "storage/presencerepository.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace pressdesk {

ReleaseChangeWatch::ReleaseChangeWatch(Database &database, QWidget *editor)
    : QObject(editor)
    , m_database(database)
    , m_bar(new EditorBar(QStringLiteral("changedBar"), editor))
{
    QPushButton *reload = m_bar->addButton(tr("Reload"), QStringLiteral("changedReloadButton"));
    reload->setToolTip(tr("Show the version stored now (asks first when you have unsaved changes)."));
    QPushButton *compare = m_bar->addButton(tr("Compare"), QStringLiteral("changedCompareButton"));
    compare->setToolTip(tr("Compare your text with the version stored now and choose what to keep."));
    connect(reload, &QPushButton::clicked, this, &ReleaseChangeWatch::reloadRequested);
    connect(compare, &QPushButton::clicked, this, &ReleaseChangeWatch::compareRequested);
    connect(&m_database, &Database::changed, this, [this](Entity entity, qint64 id) {
        if (entity == Entity::Release && m_releaseId > 0 && (id == 0 || id == m_releaseId))
            schedule();
    });
}

void ReleaseChangeWatch::track(qint64 releaseId, int version)
{
    m_releaseId = releaseId;
    m_version = version;
    m_bar->hide();
}

void ReleaseChangeWatch::schedule()
{
    // After the event that announced it: the editor's own save announces its commit before it
    // has taken the new version.
    if (std::exchange(m_scheduled, true))
        return;
    QTimer::singleShot(0, this, &ReleaseChangeWatch::check);
}

void ReleaseChangeWatch::check()
{
    m_scheduled = false;
    if (m_releaseId <= 0)
        return;
    const auto change = PresenceRepository(m_database).latestChange(m_releaseId);
    if (!change || change->version <= m_version)
        return;
    m_bar->setText(PresenceRepository::describe(*change) + QLatin1Char('.'));
    m_bar->show();
}

ReleaseChangeWatch::ReloadChoice ReleaseChangeWatch::askReload(QWidget *editor)
{
    QMessageBox box(QMessageBox::Question, tr("Reload Release"),
        tr("Reloading shows the stored version and discards your unsaved changes. Compare lets you keep "
           "some of them."),
        QMessageBox::Cancel, editor);
    QPushButton *reload = box.addButton(tr("Discard and Reload"), QMessageBox::DestructiveRole);
    QPushButton *compare = box.addButton(tr("Compare…"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return ReloadChoice::Reload;
    return box.clickedButton() == compare ? ReloadChoice::Compare : ReloadChoice::Cancel;
}

} // namespace pressdesk
