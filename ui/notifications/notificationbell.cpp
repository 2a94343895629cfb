#include "notificationbell.h"

#include "comments/commentwords.h"
#include "storage/database.h"
#include "storage/notificationrepository.h"
#include "widgets/icons.h"

#include <QMenu>

namespace pressdesk {

namespace {

QString describe(const NotificationRepository::Notification &item)
{
    const QString headline = item.headline.isEmpty() ? NotificationBell::tr("(no headline)") : item.headline;
    switch (item.kind) {
    case NotificationRepository::Kind::ReviewRequested:
        return NotificationBell::tr("%1 asked you to review “%2”").arg(item.actor, headline);
    case NotificationRepository::Kind::Approved:
        return NotificationBell::tr("%1 approved “%2”").arg(item.actor, headline);
    case NotificationRepository::Kind::SentBack:
        return NotificationBell::tr("%1 sent “%2” back to draft").arg(item.actor, headline);
    case NotificationRepository::Kind::Comment:
        return NotificationBell::tr("%1 commented on %2 of “%3”")
            .arg(item.actor, CommentWords::fieldInSentence(item.field), headline);
    case NotificationRepository::Kind::Reply:
        return NotificationBell::tr("%1 replied to your comment on “%2”").arg(item.actor, headline);
    }
    return headline;
}

} // namespace

NotificationBell::NotificationBell(Database &database, QWidget *parent)
    : QToolButton(parent)
    , m_database(database)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("notificationBell"));
    m_menu->setObjectName(QStringLiteral("notificationMenu"));
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The theme's bell, else Pressdesk's own: an emoji bell showed as an empty box where no
    // font has it.
    setIcon(QIcon::fromTheme(QStringLiteral("notifications"),
        Icons::themed(QStringLiteral("preferences-desktop-notification-bell"), QStringLiteral("bell"))));
    // A file has one person, whom nobody else notifies.
    setVisible(m_database.isServer());
    connect(m_menu, &QMenu::aboutToShow, this, &NotificationBell::refresh);
    connect(&m_database, &Database::changed, this, [this](Entity entity) {
        if (entity == Entity::Release && m_database.isServer())
            refresh();
    });
    refresh();
}

void NotificationBell::refresh()
{
    if (!m_database.isServer())
        return;
    NotificationRepository repository(m_database);
    const QList<NotificationRepository::Notification> items = repository.notifications();
    m_unread = 0;
    m_menu->clear();
    for (const NotificationRepository::Notification &item : items) {
        QAction *action = m_menu->addAction(tr("%1 — %2").arg(describe(item), CommentWords::time(item.createdAt)));
        action->setData(item.key);
        action->setProperty("releaseId", item.releaseId);
        if (!item.read) {
            ++m_unread;
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
        const QString key = item.key;
        const qint64 releaseId = item.releaseId;
        connect(action, &QAction::triggered, this, [this, key, releaseId] { activate(key, releaseId); });
    }
    if (items.isEmpty())
        m_menu->addAction(tr("No notifications"))->setEnabled(false);
    m_menu->addSeparator();
    QAction *all = m_menu->addAction(tr("Mark All as Read"));
    connect(all, &QAction::triggered, this, &NotificationBell::markAllRead);
    all->setObjectName(QStringLiteral("markAllReadAction"));
    all->setEnabled(m_unread > 0);
    setText(m_unread > 0 ? QString::number(m_unread) : QString());
    const QString tip = tr("%n unread notification(s)", nullptr, m_unread);
    setToolTip(tip);
    setAccessibleName(tip);
}

void NotificationBell::activate(const QString &key, qint64 releaseId)
{
    NotificationRepository(m_database).markRead({ key });
    // Counted again once the menu's action that called this is done (refresh deletes it).
    QMetaObject::invokeMethod(this, &NotificationBell::refresh, Qt::QueuedConnection);
    Q_EMIT openRequested(releaseId);
}

void NotificationBell::markAllRead()
{
    NotificationRepository(m_database).markAllRead();
    refresh();
}

} // namespace pressdesk
