#include "releasepresence.h"

#include "editor/editorbar.h"
#include "storage/database.h"
#include "storage/teamrepository.h"

#include <QPushButton>
#include <QTimer>

#include <utility>

namespace pressdesk {

ReleasePresence::ReleasePresence(Database &database, QWidget *editor, std::function<void(bool)> setReadOnly)
    : QObject(editor)
    , m_database(database)
    , m_bar(new EditorBar(QStringLiteral("presenceBar"), editor))
    , m_heartbeat(new QTimer(this))
    , m_setReadOnly(std::move(setReadOnly))
{
    m_editButton = m_bar->addButton(tr("Edit Anyway"), QStringLiteral("presenceEditButton"));
    m_editButton->setToolTip(tr("Change the release too; if they save first, your save offers to compare the two."));
    m_clearButton = m_bar->addButton(tr("Clear Lock"), QStringLiteral("presenceClearButton"));
    m_clearButton->setToolTip(tr("Admins: take the release over (someone left it open and went away)."));
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        m_mode = Mode::EditingAnyway;
        m_setReadOnly(false);
        refresh();
    });
    connect(m_clearButton, &QPushButton::clicked, this, &ReleasePresence::clearLock);
    m_heartbeat->setInterval(45'000);
    connect(m_heartbeat, &QTimer::timeout, this, &ReleasePresence::refresh);
    if (m_database.isServer()) {
        connect(&m_database, &Database::presenceChanged, this, &ReleasePresence::refresh);
        TeamRepository team(m_database);
        m_me = team.currentUser();
        const QString role = team.currentRole();
        m_admin = role == QLatin1String("admin") || role == QLatin1String("owner");
    }
}

ReleasePresence::~ReleasePresence()
{
    detach();
}

void ReleasePresence::setHeartbeatInterval(int milliseconds)
{
    m_heartbeat->setInterval(milliseconds);
}

void ReleasePresence::attach(qint64 releaseId)
{
    if (!m_database.isServer() || releaseId <= 0)
        return;
    if (releaseId != m_releaseId) {
        detach();
        m_releaseId = releaseId;
        m_opening = true;
    }
    m_heartbeat->start();
    refresh();
}

void ReleasePresence::detach()
{
    m_heartbeat->stop();
    if (m_holding && m_database.isOpen())
        PresenceRepository(m_database).release(m_releaseId);
    m_holding = false;
    m_releaseId = 0;
    if (m_mode == Mode::ReadOnly)
        m_setReadOnly(false);
    m_mode = Mode::Free;
    m_bar->hide();
}

void ReleasePresence::refresh()
{
    if (m_releaseId <= 0 || !m_database.isReachable())
        return;
    show(PresenceRepository(m_database).hold(m_releaseId));
}

void ReleasePresence::show(const std::optional<PresenceRepository::Lock> &lock)
{
    const bool opening = std::exchange(m_opening, false);
    m_holding = lock && lock->holder == m_me;
    if (!lock || m_holding) {
        // Free again (they closed it, their lock lapsed or was cleared): the form is editable.
        if (m_mode == Mode::ReadOnly)
            m_setReadOnly(false);
        m_mode = Mode::Free;
        m_bar->hide();
        return;
    }
    if (opening) {
        m_mode = Mode::ReadOnly;
        m_setReadOnly(true);
    } else if (m_mode == Mode::Free) {
        // An admin cleared this person's lock and took it, or they took one that lapsed here:
        // what is on the form stays editable.
        m_mode = Mode::EditingAnyway;
    }
    const QString who = PresenceRepository::describe(*lock);
    m_bar->setText(m_mode == Mode::ReadOnly
            ? tr("%1. You are reading it; Edit Anyway lets you change it too.").arg(who)
            : tr("%1. You are editing it too: if they save first, your save offers to compare the two.").arg(who));
    m_editButton->setVisible(m_mode == Mode::ReadOnly);
    m_clearButton->setVisible(m_admin);
    m_bar->show();
}

void ReleasePresence::clearLock()
{
    PresenceRepository presence(m_database);
    if (!presence.clear(m_releaseId)) {
        m_bar->setText(tr("The lock could not be cleared: %1").arg(presence.errorString()));
        return;
    }
    refresh();
}

} // namespace pressdesk
