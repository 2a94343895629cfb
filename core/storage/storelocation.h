#pragma once

#include <QString>
#include <QUrlQuery>

namespace pressdesk {

enum class StoreBackend { Sqlite, Postgres };

// Where a newsroom is kept: a Pressdesk file (SQLite) or a PostgreSQL server given as a
// libpq connection URI ("postgresql://anna@db.example.org:5432/newsroom?sslmode=verify-full").
// The password may come in the URI, from PGPASSWORD, ~/.pgpass or the keychain; it is never
// part of what is shown, logged or remembered (displayName, redacted).
class StoreLocation final
{
public:
    StoreLocation() = default;
    // A file path, or a URI starting with postgresql:// or postgres://. An invalid URI
    // gives an invalid location and a message naming the part that is wrong.
    static StoreLocation parse(const QString &text, QString *error = nullptr);
    static bool looksLikeServer(const QString &text);

    bool isValid() const { return m_valid; }
    StoreBackend backend() const { return m_backend; }
    QString path() const { return m_path; } // SQLite

    QString host() const { return m_host; } // a name, an address or a socket folder
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    QString sslMode() const { return m_parameters.queryItemValue(QStringLiteral("sslmode")); }
    // libpq keywords other than host, port, dbname, user and password, as QPSQL's connect
    // options ("sslmode=verify-full;sslrootcert=/etc/ssl/newsroom-ca.pem").
    QString connectOptions() const;

    // The URI without the password, for titles, recent lists, logs and messages.
    QString redacted() const;
    // Short, for a window title: "newsroom on db.example.org" or the file's name.
    QString displayName() const;

private:
    bool m_valid = false;
    StoreBackend m_backend = StoreBackend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QUrlQuery m_parameters;
};

} // namespace pressdesk
