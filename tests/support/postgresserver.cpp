#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <unistd.h>

namespace pressdesk::test {

PostgresServer::PostgresServer()
    : m_folder(QDir::tempPath() + QStringLiteral("/pressdesk-pg-XXXXXX"))
{
    m_data = m_folder.path() + QStringLiteral("/data");
    // The socket's name holds the port; a random one keeps parallel runs apart.
    m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
}

PostgresServer::~PostgresServer()
{
    if (m_started)
        run(binary(QStringLiteral("pg_ctl")),
            { QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                QStringLiteral("stop") });
}

QString PostgresServer::binary(const QString &name)
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(found)) {
        const QString path = versions.filePath(version + QStringLiteral("/bin/") + name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    if (program.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (Debian: postgresql)");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 failed: %2")
                .arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(process.readAll()).trimmed().right(2000));
        return false;
    }
    return true;
}

void PostgresServer::enableTls(const QString &certificateFile, const QString &keyFile)
{
    m_certificate = certificateFile;
    m_key = keyFile;
}

bool PostgresServer::start()
{
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (::geteuid() == 0) {
        // The server runs as postgres: it must own its folder.
        QProcess chown;
        chown.start(
            QStringLiteral("chown"), { QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_folder.path() });
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_folder.path());
            return false;
        }
    }
    if (!run(binary(QStringLiteral("initdb")),
            { QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                superuser(), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                QStringLiteral("--no-sync") }))
        return false;
    QString options = QStringLiteral("-c listen_addresses='%3' -c unix_socket_directories='%1' -c port=%2 "
                                     "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
                          .arg(m_folder.path())
                          .arg(m_port)
                          .arg(m_certificate.isEmpty() ? QString() : QStringLiteral("127.0.0.1"));
    if (!m_certificate.isEmpty()) {
        QFile::setPermissions(m_key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        options += QStringLiteral(" -c ssl=on -c ssl_cert_file='%1' -c ssl_key_file='%2'").arg(m_certificate, m_key);
    }
    m_options = options;
    return resume();
}

bool PostgresServer::resume()
{
    if (!run(binary(QStringLiteral("pg_ctl")),
            { QStringLiteral("-D"), m_data, QStringLiteral("-o"), m_options, QStringLiteral("-l"),
                m_folder.path() + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("start") }))
        return false;
    m_started = true;
    return true;
}

bool PostgresServer::addPasswordUser(const QString &name, const QString &password)
{
    if (!psql(QStringLiteral("postgres"),
            QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(name, password)))
        return false;
    // The first matching line wins: this user must give the password, everyone else is trusted.
    QFile rules(m_data + QStringLiteral("/pg_hba.conf"));
    if (!rules.open(QIODevice::ReadOnly)) {
        m_error = rules.errorString();
        return false;
    }
    const QByteArray rest = rules.readAll();
    rules.close();
    if (!rules.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = rules.errorString();
        return false;
    }
    rules.write(
        QStringLiteral("local all %1 scram-sha-256\nhost all %1 127.0.0.1/32 scram-sha-256\n").arg(name).toUtf8()
        + rest);
    rules.close();
    return run(binary(QStringLiteral("pg_ctl")), { QStringLiteral("-D"), m_data, QStringLiteral("reload") });
}

bool PostgresServer::stop()
{
    if (!run(binary(QStringLiteral("pg_ctl")),
            { QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                QStringLiteral("stop") }))
        return false;
    m_started = false;
    return true;
}

bool PostgresServer::psql(const QString &database, const QString &sql)
{
    return run(binary(QStringLiteral("psql")),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"), m_folder.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
            superuser(), QStringLiteral("-d"), database, QStringLiteral("-c"), sql });
}

} // namespace pressdesk::test
