#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pressdesk {

class Database;

// The team's workflow in the store (migrations 0009): people and their roles, comments,
// approvals and the activity log. On a server the roles are PostgreSQL group roles and the
// server enforces the rules; a file has one person, "local", with every role.
class TeamRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)

public:
    // A password to give a new person once: 20 characters from letters and digits that are
    // not easily confused (no 0/O, 1/l/I).
    static QString oneTimePassword();

    struct Person
    {
        QString name;
        QString fullName;
        QString email;
        QString role; // contributor, editor, publisher, admin
        QString lastSeen; // ISO 8601, '' when never
        // Added with a one-time password that they have not replaced yet (a server only).
        bool mustChangePassword = false;
    };
    struct Comment
    {
        qint64 id = 0;
        qint64 releaseId = 0;
        qint64 parentId = 0; // 0 for a comment that starts a thread
        QString field; // '', headline, subheadline, lead, body:N, quote:N
        QString author;
        QString text;
        QString createdAt;
        bool resolved = false;
    };
    struct Approval
    {
        QString author;
        int revision = 0;
        QString createdAt;
    };
    struct Activity
    {
        QString actor;
        QString createdAt;
        QString action; // created, edited, status, trashed, restored, comment, approval
        QString detail;
    };

    explicit TeamRepository(Database &database);

    // Who this connection is (the login; "local" in a file) and their role: contributor,
    // editor, publisher, admin, or owner (the newsroom's owner or a superuser); '' for a login
    // that is no person of this newsroom.
    QString currentUser();
    QString currentRole();
    // Who created a release ('' for nobody); empty when there is no such release.
    QString createdBy(qint64 releaseId);

    QList<Person> people();
    // With oneTime, the password is for the first connection only: it expires after a week,
    // and until the person chooses their own (changePassword) the server grants them nothing.
    bool addPerson(const Person &person, const QString &password, bool oneTime = false);
    bool setRole(const QString &name, const QString &role);
    bool removePerson(const QString &name);
    // An admin gives another person a new one-time password (oneTimePassword()): it expires in
    // a week, and until the person chooses their own at their next connection the server grants
    // them nothing, as for a person added with one (a server only).
    bool resetPassword(const QString &name, const QString &password);
    // Records that this person connected now (a server only).
    void markSeen();
    // Whether this connection's person was given a one-time password and must choose their
    // own before anything else (always false in a file).
    bool mustChangePassword();
    // This connection's person chooses a new password (at least minimumPasswordLength
    // characters); a person with a one-time password gets their role's rights with it.
    bool changePassword(const QString &password);
    static constexpr int minimumPasswordLength = 10;

    // Asks these people (editors and up) to review a release, replacing whom it asked before.
    bool requestReview(qint64 releaseId, const QStringList &reviewers);
    QStringList reviewers(qint64 releaseId);
    // The releases in review this connection's person is asked to review, and how many.
    QList<qint64> forMyReview();
    int forMyReviewCount();
    // The people who may review (editors, publishers and admins), by name.
    QStringList possibleReviewers();

    QList<Comment> comments(qint64 releaseId);
    bool addComment(Comment &comment);
    bool setResolved(qint64 commentId, bool resolved);
    QList<Approval> approvals(qint64 releaseId);
    QList<Activity> activity(qint64 releaseId);

    static QStringList roles();
    static bool isValidField(const QString &field);
    // A store's error in words: the server's own message without the statement.
    static QString reason(const QString &storageMessage);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool failHiding(const QString &storageMessage, const QString &password);

    Database &m_database;
    QString m_error;
};

} // namespace pressdesk
