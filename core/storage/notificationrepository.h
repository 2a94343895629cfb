#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

class Database;

// A person's notifications inside the app (the bell): a review asked of them, their release
// approved or sent back to draft, a comment on their release or a reply to their comment.
// They are read from review_requests, activity and comments, never stored; what the person
// has read is kept per person (notification_reads, migration 0014). Nothing leaves the app.
// A file has one person, whom nobody else notifies.
class NotificationRepository final
{
public:
    enum class Kind { ReviewRequested, Approved, SentBack, Comment, Reply };
    struct Notification
    {
        QString key; // "review:ID:TIME", "activity:ID", "comment:ID": what is marked read
        Kind kind = Kind::Comment;
        qint64 releaseId = 0;
        QString headline;
        QString actor;
        QString createdAt; // ISO 8601
        QString field; // of a comment: '', headline, lead, body:N, quote:N
        bool read = false;
    };

    explicit NotificationRepository(Database &database);

    // This connection's person's notifications, newest first (at most limit).
    QList<Notification> notifications(int limit = 50);
    int unreadCount();
    bool markRead(const QStringList &keys);
    bool markAllRead();

    QString errorString() const { return m_error; }

private:
    QList<Notification> all(const QString &person);

    Database &m_database;
    QString m_error;
};

} // namespace pressdesk
