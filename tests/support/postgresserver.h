#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pressdesk::test {

// A throwaway PostgreSQL server for one test run: initdb in a temporary folder, started with
// pg_ctl on a Unix socket in that folder (no TCP port, nothing shared with other runs), and
// stopped and removed with the object. Run as the `postgres` user when the tests run as root
// (as CI does), since PostgreSQL refuses to run as root. The binaries come from Debian's
// postgresql package (/usr/lib/postgresql/<version>/bin) or PATH.
class PostgresServer final
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Before start(): also listen on 127.0.0.1 with TLS, with this certificate and key (files
    // in folder(), so that they are given to the server's user with it).
    void enableTls(const QString &certificateFile, const QString &keyFile);
    QString folder() const { return m_folder.path(); }
    // Creates and starts the cluster; false (with errorString) when it cannot.
    bool start();
    QString errorString() const { return m_error; }
    // Stops the server (its sessions end, as when it goes down) and starts it again on the
    // same socket and port.
    bool stop();
    // A superuser who must give this password (scram-sha-256); the server reads its rules again.
    bool addPasswordUser(const QString &name, const QString &password);
    bool resume();
    // The socket folder, as QPSQL's host name (libpq takes a folder for a Unix socket).
    QString socketFolder() const { return m_folder.path(); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    // Runs SQL through psql as the superuser on a database; false with errorString on error.
    bool psql(const QString &database, const QString &sql);

private:
    // The command, as the postgres user when this process is root.
    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 60'000);
    static QString binary(const QString &name);

    QTemporaryDir m_folder;
    QString m_data;
    int m_port = 0;
    bool m_started = false;
    QString m_certificate;
    QString m_key;
    QString m_options;
    QString m_error;
};

} // namespace pressdesk::test
