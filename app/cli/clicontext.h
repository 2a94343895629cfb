#pragma once

#include <QString>
#include <QTextStream>

#include <memory>

namespace pressdesk {

class Database;

// Exit codes of every command; part of the CLI contract (docs/cli.md).
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2, ExitPasswordChange = 3 };

// What a command gets: the output streams and the database, opened only once the command
// has accepted its arguments (a usage error never creates or upgrades a file).
// How long a command waits for another writer (the window waits 5 s).
inline constexpr int commandBusyTimeoutMs = 30'000;

class CliContext final
{
public:
    CliContext(QString databasePath, bool isDefaultDatabase, QTextStream &out, QTextStream &err);
    ~CliContext();

    QTextStream &out;
    QTextStream &err;

    QString databasePath() const { return m_databasePath; }
    // Opens the database; on failure prints why to stderr and returns nullptr. A person who
    // connected with a one-time password is refused (exit code 3) unless the command is the
    // one that changes it (allowPasswordChangeOnly).
    Database *openDatabase();
    void allowPasswordChangeOnly() { m_passwordCommand = true; }
    bool refusedForPassword() const { return m_refusedForPassword; }

    // Prints the problem and the command's usage line; returns ExitUsage.
    int usageError(const QString &problem, const QString &usage);
    // Prints the message to stderr; returns ExitFailure.
    int failure(const QString &message);

private:
    QString m_databasePath;
    bool m_isDefaultDatabase = false;
    bool m_passwordCommand = false;
    bool m_refusedForPassword = false;
    std::unique_ptr<Database> m_database;
};

} // namespace pressdesk
