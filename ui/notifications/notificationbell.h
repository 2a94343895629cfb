#pragma once

#include <QToolButton>

class QMenu;

namespace pressdesk {

class Database;

// The bell at the top right of the main window on a team newsroom: how many notifications
// this person has not read (NotificationRepository) and, when clicked, their list, newest
// first; choosing one marks it read and opens its release. Counted again whenever releases,
// comments or review requests change. Nothing is sent outside the app.
class NotificationBell final : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationBell(Database &database, QWidget *parent = nullptr);

    int unreadCount() const { return m_unread; }
    // Counts again and rebuilds the list.
    void refresh();
    // Marks one notification read (by its key) and asks for its release.
    void activate(const QString &key, qint64 releaseId);
    void markAllRead();

Q_SIGNALS:
    void openRequested(qint64 releaseId);

private:
    Database &m_database;
    QMenu *m_menu;
    int m_unread = 0;
};

} // namespace pressdesk
