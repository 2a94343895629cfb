#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pressdesk {

class Database;

// A release e-mail in the outbox, or the record of one that went out.
struct OutboxMessage
{
    enum class State { Queued, Sending, Sent, Failed, Uncertain };

    qint64 id = 0;
    QString batch; // one send: every message queued by the same command or dialog
    qint64 releaseId = 0;
    int revision = 0;
    QString language;
    qint64 contactId = 0;
    QString recipientName;
    QString recipientEmail;
    QString senderEmail;
    QString subject;
    QString messageId;
    QByteArray message; // the whole RFC 5322 message (not loaded by lists)
    QString method = QStringLiteral("smtp"); // "smtp" or "draft"
    State state = State::Queued;
    QString smtpServer; // smtp(s)://host:port, never a password
    QString smtpUser;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime queuedAt;
    QDateTime sentAt;

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
};

// The outbox table (migration 0008). Every state change is its own committed transaction,
// so what the table says survives a crash at any point: that is what makes "sent once"
// hold. Throws StorageError.
class OutboxStore final
{
public:
    explicit OutboxStore(Database &database);

    // Adds count messages, made one at a time by make(index) (so a large send is never all
    // in memory), in one transaction: all of them or none.
    void enqueue(int count, const std::function<OutboxMessage(int index)> &make);
    // Messages left in 'sending' by a process that stopped become 'uncertain'; how many.
    int markInterruptedUncertain();
    // The next message to send: queued (due now unless ignoreBackoff), and uncertain too
    // when includeUncertain; ids after afterId (one pass through the outbox); only those
    // queued for server when given; only the messages ids when given. Loads the message bytes.
    std::optional<OutboxMessage> nextToSend(bool ignoreBackoff, bool includeUncertain, const QString &batch = {},
        qint64 afterId = 0, const QString &server = {}, const QList<qint64> &ids = {});
    // queued/uncertain -> sending; false when another process took it first.
    bool claim(qint64 id);
    void markSent(qint64 id);
    // The officer says an uncertain message arrived: uncertain -> sent; false when it is no
    // longer uncertain (resent meanwhile).
    bool markUncertainSent(qint64 id);
    void markFailed(qint64 id, const QString &reply);
    // A temporary failure: back to queued, to be tried again at retryAt.
    void markRetry(qint64 id, const QString &reply, const QDateTime &retryAt);
    // Rows without the message bytes, oldest first; releaseIds empty: all.
    QList<OutboxMessage> list(const QList<qint64> &releaseIds = {}, bool sentOnly = false);
    int countInState(OutboxMessage::State state, const QString &batch = {});

private:
    void setState(qint64 id, OutboxMessage::State state, const QString &error, const QDateTime &retryAt = {});

    Database &m_database;
};

} // namespace pressdesk
