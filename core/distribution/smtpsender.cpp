#include "smtpsender.h"

#include "messagecomposer.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

#include <vector>
#include <vmime/net/smtp/SMTPExceptions.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>
#include <vmime/security/sasl/defaultSASLAuthenticator.hpp>
#include <vmime/vmime.hpp>

namespace pressdesk {

namespace {

std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> certificatesIn(const QString &path)
{
    std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> certificates;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return certificates;
    const QByteArray bundle = file.readAll();
    const QByteArray begin("-----BEGIN CERTIFICATE-----");
    const QByteArray end("-----END CERTIFICATE-----");
    qsizetype from = bundle.indexOf(begin);
    while (from >= 0) {
        const qsizetype to = bundle.indexOf(end, from);
        if (to < 0)
            break;
        const QByteArray pem = bundle.mid(from, to + end.size() - from) + '\n';
        try {
            if (auto certificate = vmime::security::cert::X509Certificate::import(
                    reinterpret_cast<const vmime::byte_t *>(pem.constData()), static_cast<size_t>(pem.size())))
                certificates.push_back(certificate);
        } catch (const vmime::exception &) {
            // An unreadable entry in a bundle does not spoil the others.
        }
        from = bundle.indexOf(begin, to);
    }
    return certificates;
}

QString words(const std::string &text)
{
    return QString::fromStdString(text).simplified();
}

} // namespace

struct SmtpSender::Connection
{
    vmime::shared_ptr<vmime::net::session> session;
    vmime::shared_ptr<vmime::net::transport> transport;
};

QString SmtpAccount::server() const
{
    QUrl parsed(url);
    parsed.setUserInfo(QString());
    return parsed.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QString SmtpAccount::problem() const
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("smtp") && parsed.scheme() != QLatin1String("smtps")))
        return QCoreApplication::translate(
            "Cli", "\"%1\" is not an SMTP server; give smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT].")
            .arg(server());
    if (!parsed.password().isEmpty())
        return QCoreApplication::translate(
            "Cli", "Do not put a password in the server's address; use --password-env VAR or the keychain.");
    if (!password.isEmpty() && user.isEmpty())
        return QCoreApplication::translate("Cli", "A password needs a user name (--user USER).");
    return {};
}

SmtpSender::SmtpSender(const SmtpAccount &account)
    : m_account(account)
{
    MessageComposer::initializeVmime();
}

SmtpSender::~SmtpSender()
{
    close();
}

void SmtpSender::close()
{
    if (!m_connection)
        return;
    try {
        if (m_connection->transport->isConnected())
            m_connection->transport->disconnect();
    } catch (const vmime::exception &) {
        // The connection is going anyway.
    }
    m_connection.reset();
}

QString SmtpSender::connect()
{
    if (m_connection)
        return {};
    if (const QString problem = m_account.problem(); !problem.isEmpty())
        return problem;
    const QUrl parsed(m_account.url);
    const bool implicitTls = parsed.scheme() == QLatin1String("smtps");
    const int port = parsed.port(implicitTls ? 465 : 587);
    auto connection = std::make_unique<Connection>();
    try {
        connection->session = vmime::net::session::create();
        const vmime::utility::url address(
            parsed.scheme().toStdString(), parsed.host().toStdString(), static_cast<vmime::port_t>(port));
        connection->transport = connection->session->getTransport(
            address, vmime::make_shared<vmime::security::sasl::defaultSASLAuthenticator>());
        vmime::net::transport &transport = *connection->transport;
        const bool login = !m_account.user.isEmpty();
        if (!implicitTls) {
            transport.setProperty("connection.tls", true);
            // Credentials never travel in the clear: without STARTTLS the login is refused.
            transport.setProperty("connection.tls.required", login);
        }
        transport.setProperty("options.need-authentication", login);
        if (login) {
            transport.setProperty("auth.username", m_account.user.toStdString());
            transport.setProperty("auth.password", m_account.password.toStdString());
        }
        auto verifier = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
        auto roots = certificatesIn(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
        if (!m_account.caFile.isEmpty()) {
            const auto extra = certificatesIn(m_account.caFile);
            if (extra.empty())
                return QCoreApplication::translate("Cli", "No certificate could be read from %1.")
                    .arg(m_account.caFile);
            roots.insert(roots.end(), extra.begin(), extra.end());
            verifier->setX509TrustedCerts(extra);
        }
        verifier->setX509RootCAs(roots);
        transport.setCertificateVerifier(verifier);
        transport.connect();
        if (login && !transport.isSecuredConnection()) {
            transport.disconnect();
            return QCoreApplication::translate("Cli", "The server offers no TLS; the password was not sent.");
        }
    } catch (const vmime::exceptions::command_error &error) {
        if (QString::fromStdString(error.command()).startsWith(QLatin1String("STARTTLS"), Qt::CaseInsensitive))
            return QCoreApplication::translate("Cli", "The server does not offer STARTTLS; the password was not sent");
        return words(error.what()) + QLatin1Char(' ') + words(error.response());
    } catch (const vmime::exception &exception) {
        return words(exception.what());
    } catch (const std::exception &exception) {
        return QString::fromLocal8Bit(exception.what());
    }
    m_connection = std::move(connection);
    return {};
}

SmtpSender::Result SmtpSender::send(const QByteArray &message, const QString &from, const QString &to)
{
    if (const QString error = connect(); !error.isEmpty())
        return { Outcome::Unreachable, error };
    try {
        vmime::mailboxList recipients;
        recipients.appendMailbox(vmime::make_shared<vmime::mailbox>(vmime::emailAddress(to.toStdString())));
        const std::string bytes(message.constData(), static_cast<size_t>(message.size()));
        vmime::utility::inputStreamStringAdapter stream(bytes);
        m_connection->transport->send(
            vmime::mailbox(vmime::emailAddress(from.toStdString())), recipients, stream, bytes.size());
        return { Outcome::Accepted, {} };
    } catch (const vmime::net::smtp::SMTPCommandError &error) {
        const int code = error.statusCode();
        const QString reply = QString::number(code) + QLatin1Char(' ') + words(error.response());
        const QString command = QString::fromStdString(error.command()).trimmed().toUpper();
        close();
        const bool aboutThisMessage = command.startsWith(QLatin1String("RCPT"))
            || command.startsWith(QLatin1String("DATA")) || command.isEmpty() || command == QLatin1String(".");
        if (code >= 500 && code < 600 && aboutThisMessage)
            return { Outcome::Rejected, reply };
        if (code >= 400 && code < 500)
            return { Outcome::TryLater, reply };
        return { Outcome::Unreachable, reply };
    } catch (const vmime::exception &exception) {
        close();
        return { Outcome::Unreachable, words(exception.what()) };
    }
}

} // namespace pressdesk
