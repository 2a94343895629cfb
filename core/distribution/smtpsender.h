#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace pressdesk {

// Where release e-mails go: smtp://host[:587] (STARTTLS whenever the server offers it) or
// smtps://host[:465] (TLS from the first byte). The password lives only in memory.
struct SmtpAccount
{
    QString url;
    QString user;
    QString password;
    QString caFile; // extra PEM certificates to trust (a newsroom's own mail server)

    // The URL without user or password, for the outbox and messages.
    QString server() const;
    // Empty when the account can be used; else why not (a bad URL, credentials that
    // would travel without TLS).
    QString problem() const;
};

// Sends finished messages through one SMTP connection with vmime (STARTTLS, SASL
// authentication, certificate checks against the system's CAs), reconnecting after any
// error. Tells a permanent refusal of a recipient or message (5xx to RCPT or DATA) from
// everything else, which is worth trying again later.
class SmtpSender final
{
public:
    enum class Outcome {
        Accepted, // the server took the message: it is sent
        Rejected, // 5xx for this recipient or message: retrying will not help
        TryLater, // 4xx: the server asks to try again
        Unreachable, // no connection, TLS or login failed: nothing can go now
    };
    struct Result
    {
        Outcome outcome = Outcome::Unreachable;
        QString reply; // the server's words, or what went wrong
    };

    explicit SmtpSender(const SmtpAccount &account);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    Result send(const QByteArray &message, const QString &from, const QString &to);
    void close();

private:
    struct Connection;
    QString connect();

    SmtpAccount m_account;
    std::unique_ptr<Connection> m_connection;
};

} // namespace pressdesk
