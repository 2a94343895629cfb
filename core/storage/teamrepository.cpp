#include "teamrepository.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace pressdesk {

QString TeamRepository::oneTimePassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return password;
}

namespace {

const QString localPerson = QStringLiteral("local");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

TeamRepository::TeamRepository(Database &database)
    : m_database(database)
{ }

bool TeamRepository::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool TeamRepository::failHiding(const QString &storageMessage, const QString &password)
{
    // The statement carries the password: only the server's words are kept, without it.
    QString message = reason(storageMessage);
    if (!password.isEmpty())
        message.replace(password, QStringLiteral("********"));
    return fail(message);
}

QStringList TeamRepository::roles()
{
    return { QStringLiteral("contributor"), QStringLiteral("editor"), QStringLiteral("publisher"),
        QStringLiteral("admin") };
}

bool TeamRepository::isValidField(const QString &field)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(|headline|subheadline|lead|body:[1-9][0-9]*|quote:[1-9][0-9]*)$"));
    return pattern.match(field).hasMatch();
}

QString TeamRepository::reason(const QString &storageMessage)
{
    QString text = storageMessage;
    // The server's CONTEXT lines (which function raised it) are for the administrator's log.
    if (const qsizetype context = text.indexOf(QLatin1String("\nCONTEXT:")); context >= 0)
        text.truncate(context);
    // "exec failed: ERROR:  permission denied: … (42501) [UPDATE …]" → "permission denied: …"
    static const QRegularExpression statement(QStringLiteral("\\s*\\[[^\\[]*\\]\\s*$"));
    text.remove(statement);
    static const QRegularExpression step(QStringLiteral("^[A-Za-z ]+ failed: "));
    text.remove(step);
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL):\\s+"));
    text.remove(severity);
    static const QRegularExpression code(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    text.remove(code);
    return text.trimmed();
}

QString TeamRepository::currentUser()
{
    if (!m_database.isServer())
        return localPerson;
    try {
        return Query(m_database.connection(), QStringLiteral("SELECT session_user")).scalar().toString();
    } catch (const StorageError &) {
        return {};
    }
}

QString TeamRepository::currentRole()
{
    if (!m_database.isServer())
        return QStringLiteral("admin");
    try {
        return Query(
            m_database.connection(), QStringLiteral("SELECT coalesce(pressdesk_role_name(pressdesk_rank()), '')"))
            .scalar()
            .toString();
    } catch (const StorageError &) {
        return {};
    }
}

QString TeamRepository::createdBy(qint64 releaseId)
{
    try {
        return Query(m_database.connection(), QStringLiteral("SELECT created_by FROM releases WHERE id = ?"))
            .bind(0, releaseId)
            .scalar()
            .toString();
    } catch (const StorageError &) {
        return {};
    }
}

QList<TeamRepository::Person> TeamRepository::people()
{
    QList<Person> result;
    try {
        // On a server the role is the login's membership, which is what the server enforces.
        Query query(m_database.connection(),
            m_database.isServer() ? QStringLiteral(
                "SELECT name, full_name, email, CASE WHEN must_change_password = 1 THEN role "
                "ELSE coalesce(pressdesk_role_name(pressdesk_rank_of(name)), '') END, last_seen, must_change_password "
                "FROM people WHERE removed_at IS NULL ORDER BY name")
                                  : QStringLiteral(
                                      "SELECT name, full_name, email, role, last_seen, must_change_password "
                                      "FROM people WHERE removed_at IS NULL ORDER BY name"));
        query.exec();
        while (query.next())
            result.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toInt() == 1 });
    } catch (const StorageError &error) {
        fail(reason(error.message()));
    }
    return result;
}

bool TeamRepository::addPerson(const Person &person, const QString &password, bool oneTime)
{
    if (!roles().contains(person.role))
        return fail(tr("%1 is not a role; the roles are contributor, editor, publisher and admin.").arg(person.role));
    if (!m_database.isServer())
        return fail(tr("A Pressdesk file has one person, the local user, with every role; people are added on a "
                       "team newsroom (a PostgreSQL server)."));
    try {
        // Prepared before the transaction, so that it is freed after a rollback.
        Query add(m_database.connection(),
            QStringLiteral("SELECT pressdesk_add_person(CAST(? AS text), CAST(? AS text), CAST(? AS text), "
                           "CAST(? AS text), CAST(? AS text), CAST(? AS boolean))"));
        Transaction transaction(m_database);
        add.bind(0, person.name)
            .bind(1, person.role)
            .bind(2, password)
            .bind(3, text(person.fullName))
            .bind(4, text(person.email))
            .bind(5, oneTime)
            .exec();
        transaction.commit();
    } catch (const StorageError &error) {
        return failHiding(error.message(), password);
    }
    return true;
}

bool TeamRepository::setRole(const QString &name, const QString &role)
{
    if (!roles().contains(role))
        return fail(tr("%1 is not a role; the roles are contributor, editor, publisher and admin.").arg(role));
    if (!m_database.isServer())
        return fail(tr("A Pressdesk file has one person, the local user, with every role."));
    try {
        Query set(
            m_database.connection(), QStringLiteral("SELECT pressdesk_set_role(CAST(? AS text), CAST(? AS text))"));
        Transaction transaction(m_database);
        set.bind(0, name).bind(1, role).exec();
        transaction.commit();
    } catch (const StorageError &error) {
        return fail(reason(error.message()));
    }
    return true;
}

bool TeamRepository::removePerson(const QString &name)
{
    if (!m_database.isServer())
        return fail(tr("A Pressdesk file has one person, the local user, who cannot be removed."));
    try {
        Query remove(m_database.connection(), QStringLiteral("SELECT pressdesk_remove_person(CAST(? AS text))"));
        Transaction transaction(m_database);
        remove.bind(0, name).exec();
        transaction.commit();
    } catch (const StorageError &error) {
        return fail(reason(error.message()));
    }
    return true;
}

bool TeamRepository::resetPassword(const QString &name, const QString &password)
{
    if (!m_database.isServer())
        return fail(tr("A Pressdesk file has no password of its own; the local user needs none."));
    try {
        Query reset(m_database.connection(),
            QStringLiteral("SELECT pressdesk_reset_password(CAST(? AS text), CAST(? AS text))"));
        Transaction transaction(m_database);
        reset.bind(0, name).bind(1, password).exec();
        transaction.commit();
    } catch (const StorageError &error) {
        return failHiding(error.message(), password);
    }
    return true;
}

void TeamRepository::markSeen()
{
    if (!m_database.isServer())
        return;
    try {
        Query(m_database.connection(), QStringLiteral("SELECT pressdesk_seen()")).exec();
    } catch (const StorageError &) {
        // A newsroom before schema 9, or a login that is no person: nothing to record.
    }
}

bool TeamRepository::mustChangePassword()
{
    if (!m_database.isServer())
        return false;
    try {
        return Query(m_database.connection(), QStringLiteral("SELECT pressdesk_must_change_password()"))
            .scalar()
            .toBool();
    } catch (const StorageError &) {
        return false; // a newsroom before schema 11, or no person of it
    }
}

bool TeamRepository::changePassword(const QString &password)
{
    if (!m_database.isServer())
        return fail(tr("A Pressdesk file has no password of its own; the local user needs none."));
    if (password.size() < minimumPasswordLength)
        return fail(tr("A password needs at least %n characters.", nullptr, minimumPasswordLength));
    try {
        Query change(m_database.connection(), QStringLiteral("SELECT pressdesk_change_password(CAST(? AS text))"));
        Transaction transaction(m_database);
        change.bind(0, password).exec();
        transaction.commit();
        // Reconnections (Database::checkServer clones this connection) use the new password;
        // QSqlDatabase's handles share one connection's settings.
        m_database.connection().setPassword(password);
    } catch (const StorageError &error) {
        return failHiding(error.message(), password);
    }
    return true;
}

bool TeamRepository::requestReview(qint64 releaseId, const QStringList &reviewers)
{
    if (reviewers.isEmpty())
        return fail(tr("Choose at least one reviewer."));
    const QStringList allowed = possibleReviewers();
    for (const QString &reviewer : reviewers) {
        if (!allowed.contains(reviewer))
            return fail(tr("%1 cannot review: reviewers are the editors, publishers and admins of this newsroom.")
                            .arg(reviewer));
    }
    try {
        Query withdraw(m_database.connection(), QStringLiteral("DELETE FROM review_requests WHERE release_id = ?"));
        Query ask(m_database.connection(),
            QStringLiteral("INSERT INTO review_requests (release_id, reviewer, requested_by, requested_at) "
                           "VALUES (?, ?, ?, ?)"));
        Transaction transaction(m_database);
        withdraw.bind(0, releaseId).exec();
        const QString me = currentUser();
        for (const QString &reviewer : reviewers)
            ask.bind(0, releaseId).bind(1, reviewer).bind(2, me).bind(3, now()).exec();
        transaction.commit();
    } catch (const StorageError &error) {
        return fail(reason(error.message()));
    }
    return true;
}

QStringList TeamRepository::reviewers(qint64 releaseId)
{
    QStringList result;
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT reviewer FROM review_requests WHERE release_id = ? ORDER BY reviewer"));
        query.bind(0, releaseId).exec();
        while (query.next())
            result.append(query.value(0).toString());
    } catch (const StorageError &error) {
        fail(reason(error.message()));
    }
    return result;
}

QList<qint64> TeamRepository::forMyReview()
{
    QList<qint64> result;
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT r.id FROM releases r JOIN review_requests q ON q.release_id = r.id "
                           "WHERE q.reviewer = ? AND r.status = 'in_review' AND r.deleted_at IS NULL ORDER BY r.id"));
        query.bind(0, currentUser()).exec();
        while (query.next())
            result.append(query.value(0).toLongLong());
    } catch (const StorageError &error) {
        fail(reason(error.message()));
    }
    return result;
}

int TeamRepository::forMyReviewCount()
{
    try {
        return Query(m_database.connection(),
            QStringLiteral("SELECT count(*) FROM releases r JOIN review_requests q ON q.release_id = r.id "
                           "WHERE q.reviewer = ? AND r.status = 'in_review' AND r.deleted_at IS NULL"))
            .bind(0, currentUser())
            .scalar()
            .toInt();
    } catch (const StorageError &error) {
        fail(reason(error.message()));
        return 0;
    }
}

QStringList TeamRepository::possibleReviewers()
{
    QStringList result;
    for (const Person &person : people()) {
        if (!person.mustChangePassword
            && (person.role == QLatin1String("editor") || person.role == QLatin1String("publisher")
                || person.role == QLatin1String("admin")))
            result.append(person.name);
    }
    return result;
}

QList<TeamRepository::Comment> TeamRepository::comments(qint64 releaseId)
{
    QList<Comment> result;
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT id, release_id, coalesce(parent_id, 0), field, author, text, created_at, resolved "
                           "FROM comments WHERE release_id = ? ORDER BY id"));
        query.bind(0, releaseId).exec();
        while (query.next())
            result.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toInt() == 1 });
    } catch (const StorageError &error) {
        fail(reason(error.message()));
    }
    return result;
}

bool TeamRepository::addComment(Comment &comment)
{
    if (!isValidField(comment.field))
        return fail(tr("%1 is not a field of a release; use headline, subheadline, lead, body:N or quote:N.")
                        .arg(comment.field));
    if (comment.text.trimmed().isEmpty())
        return fail(tr("A comment needs text."));
    try {
        const QString author = currentUser();
        Query insert(m_database.connection(),
            QStringLiteral("INSERT INTO comments (release_id, field, parent_id, author, text, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        Transaction transaction(m_database);
        insert.bind(0, comment.releaseId)
            .bind(1, text(comment.field))
            .bind(2, optionalId(comment.parentId))
            .bind(3, author)
            .bind(4, comment.text.trimmed())
            .bind(5, now())
            .exec();
        comment.id = insert.returnedId();
        comment.author = author;
        transaction.commit();
    } catch (const StorageError &error) {
        return fail(reason(error.message()));
    }
    return true;
}

bool TeamRepository::setResolved(qint64 commentId, bool resolved)
{
    try {
        Query update(m_database.connection(), QStringLiteral("UPDATE comments SET resolved = ? WHERE id = ?"));
        Transaction transaction(m_database);
        update.bind(0, resolved ? 1 : 0).bind(1, commentId).exec();
        if (update.numRowsAffected() == 0)
            return fail(tr("There is no comment with id %1.").arg(commentId));
        transaction.commit();
    } catch (const StorageError &error) {
        return fail(reason(error.message()));
    }
    return true;
}

QList<TeamRepository::Approval> TeamRepository::approvals(qint64 releaseId)
{
    QList<Approval> result;
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT author, revision, created_at FROM approvals WHERE release_id = ? ORDER BY id"));
        query.bind(0, releaseId).exec();
        while (query.next())
            result.append({ query.value(0).toString(), query.value(1).toInt(), query.value(2).toString() });
    } catch (const StorageError &error) {
        fail(reason(error.message()));
    }
    return result;
}

QList<TeamRepository::Activity> TeamRepository::activity(qint64 releaseId)
{
    QList<Activity> result;
    try {
        Query query(m_database.connection(),
            QStringLiteral("SELECT actor, created_at, action, detail FROM activity WHERE release_id = ? ORDER BY id"));
        query.bind(0, releaseId).exec();
        while (query.next())
            result.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString() });
    } catch (const StorageError &error) {
        fail(reason(error.message()));
    }
    return result;
}

} // namespace pressdesk
