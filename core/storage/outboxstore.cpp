#include "outboxstore.h"

#include "database.h"
#include "query.h"
#include "transaction.h"

namespace pressdesk {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString::fromLatin1("");
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

const QString columns = QStringLiteral(
    "id, batch, release_id, revision, language, contact_id, recipient_name, recipient_email, sender_email, subject, "
    "message_id, method, state, smtp_server, smtp_user, attempts, next_attempt_at, last_error, queued_at, sent_at");

OutboxMessage fromRow(Query &query)
{
    OutboxMessage message;
    message.id = query.value(0).toLongLong();
    message.batch = query.value(1).toString();
    message.releaseId = query.value(2).toLongLong();
    message.revision = query.value(3).toInt();
    message.language = query.value(4).toString();
    message.contactId = query.value(5).toLongLong();
    message.recipientName = query.value(6).toString();
    message.recipientEmail = query.value(7).toString();
    message.senderEmail = query.value(8).toString();
    message.subject = query.value(9).toString();
    message.messageId = query.value(10).toString();
    message.method = query.value(11).toString();
    message.state = OutboxMessage::stateFromKey(query.value(12).toString()).value_or(OutboxMessage::State::Failed);
    message.smtpServer = query.value(13).toString();
    message.smtpUser = query.value(14).toString();
    message.attempts = query.value(15).toInt();
    message.nextAttemptAt = fromIso(query.value(16).toString());
    message.lastError = query.value(17).toString();
    message.queuedAt = fromIso(query.value(18).toString());
    message.sentAt = fromIso(query.value(19).toString());
    return message;
}

} // namespace

QString OutboxMessage::stateKey(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

std::optional<OutboxMessage::State> OutboxMessage::stateFromKey(const QString &key)
{
    for (State state : { State::Queued, State::Sending, State::Sent, State::Failed, State::Uncertain }) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

OutboxStore::OutboxStore(Database &database)
    : m_database(database)
{ }

void OutboxStore::enqueue(int count, const std::function<OutboxMessage(int index)> &make)
{
    Transaction transaction(m_database);
    const QString queuedAt = iso(QDateTime::currentDateTimeUtc());
    for (int index = 0; index < count; ++index) {
        const OutboxMessage message = make(index);
        Query insert(m_database.connection(),
            QStringLiteral(
                "INSERT INTO outbox (batch, release_id, revision, language, contact_id, recipient_name, "
                "recipient_email, sender_email, subject, message_id, message, method, state, smtp_server, "
                "smtp_user, queued_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(0, message.batch)
            .bind(1, message.releaseId)
            .bind(2, message.revision)
            .bind(3, text(message.language))
            .bind(4, message.contactId)
            .bind(5, text(message.recipientName))
            .bind(6, message.recipientEmail)
            .bind(7, text(message.senderEmail))
            .bind(8, text(message.subject))
            .bind(9, message.messageId)
            .bind(10, message.message.isNull() ? QByteArray("") : message.message)
            .bind(11, message.method)
            .bind(12, OutboxMessage::stateKey(message.state))
            .bind(13, text(message.smtpServer))
            .bind(14, text(message.smtpUser))
            .bind(15, queuedAt)
            .bind(16, iso(message.sentAt));
        insert.exec();
    }
    transaction.commit();
}

int OutboxStore::markInterruptedUncertain()
{
    Transaction transaction(m_database);
    Query update(m_database.connection(),
        QStringLiteral("UPDATE outbox SET state = 'uncertain', last_error = ? WHERE state = 'sending'"));
    update
        .bind(0,
            QStringLiteral("Pressdesk stopped while this message was being sent; the server may or may not "
                           "have accepted it."))
        .exec();
    const int count = update.numRowsAffected();
    transaction.commit();
    return count;
}

std::optional<OutboxMessage> OutboxStore::nextToSend(bool ignoreBackoff, bool includeUncertain, const QString &batch,
    qint64 afterId, const QString &server, const QList<qint64> &ids)
{
    QString sql =
        QStringLiteral("SELECT ") + columns + QStringLiteral(", message FROM outbox WHERE method = 'smtp' AND ");
    sql += includeUncertain ? QStringLiteral("state IN ('queued', 'uncertain')") : QStringLiteral("state = 'queued'");
    sql += QStringLiteral(" AND id > ?");
    if (!ignoreBackoff)
        sql += QStringLiteral(" AND next_attempt_at <= ?");
    if (!batch.isEmpty())
        sql += QStringLiteral(" AND batch = ?");
    if (!server.isEmpty())
        sql += QStringLiteral(" AND smtp_server = ?");
    if (!ids.isEmpty()) {
        QStringList marks(ids.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY id LIMIT 1");
    Query query(m_database.connection(), sql);
    int position = 0;
    query.bind(position++, afterId);
    if (!ignoreBackoff)
        query.bind(position++, iso(QDateTime::currentDateTimeUtc()));
    if (!batch.isEmpty())
        query.bind(position++, batch);
    if (!server.isEmpty())
        query.bind(position++, server);
    for (const qint64 id : ids)
        query.bind(position++, id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    OutboxMessage message = fromRow(query);
    message.message = query.value(20).toByteArray();
    query.finish();
    return message;
}

bool OutboxStore::claim(qint64 id)
{
    Transaction transaction(m_database);
    Query update(m_database.connection(),
        QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                       "WHERE id = ? AND state IN ('queued', 'uncertain')"));
    update.bind(0, id).exec();
    const bool claimed = update.numRowsAffected() == 1;
    transaction.commit();
    return claimed;
}

void OutboxStore::setState(qint64 id, OutboxMessage::State state, const QString &error, const QDateTime &retryAt)
{
    Transaction transaction(m_database);
    Query update(m_database.connection(),
        QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?, sent_at = ? WHERE id = ?"));
    update.bind(0, OutboxMessage::stateKey(state))
        .bind(1, text(error))
        .bind(2, iso(retryAt))
        .bind(3, state == OutboxMessage::State::Sent ? iso(QDateTime::currentDateTimeUtc()) : QString::fromLatin1(""))
        .bind(4, id)
        .exec();
    transaction.commit();
}

void OutboxStore::markSent(qint64 id)
{
    setState(id, OutboxMessage::State::Sent, {});
}

bool OutboxStore::markUncertainSent(qint64 id)
{
    Transaction transaction(m_database);
    Query update(m_database.connection(),
        QStringLiteral("UPDATE outbox SET state = 'sent', last_error = '', sent_at = ? WHERE id = ? AND state = "
                       "'uncertain'"));
    update.bind(0, iso(QDateTime::currentDateTimeUtc())).bind(1, id).exec();
    const bool marked = update.numRowsAffected() == 1;
    transaction.commit();
    return marked;
}

void OutboxStore::markFailed(qint64 id, const QString &reply)
{
    setState(id, OutboxMessage::State::Failed, reply);
}

void OutboxStore::markRetry(qint64 id, const QString &reply, const QDateTime &retryAt)
{
    setState(id, OutboxMessage::State::Queued, reply, retryAt);
}

QList<OutboxMessage> OutboxStore::list(const QList<qint64> &releaseIds, bool sentOnly)
{
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM outbox WHERE 1 = 1");
    if (sentOnly)
        sql += QStringLiteral(" AND state = 'sent'");
    if (!releaseIds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < releaseIds.size(); ++i)
            marks.append(QStringLiteral("?"));
        sql += QStringLiteral(" AND release_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY id");
    Query query(m_database.connection(), sql);
    for (int i = 0; i < releaseIds.size(); ++i)
        query.bind(i, releaseIds.at(i));
    query.exec();
    QList<OutboxMessage> rows;
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}

int OutboxStore::countInState(OutboxMessage::State state, const QString &batch)
{
    Query query(m_database.connection(),
        batch.isEmpty() ? QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?")
                        : QStringLiteral("SELECT count(*) FROM outbox WHERE state = ? AND batch = ?"));
    query.bind(0, OutboxMessage::stateKey(state));
    if (!batch.isEmpty())
        query.bind(1, batch);
    return query.scalar().toInt();
}

} // namespace pressdesk
