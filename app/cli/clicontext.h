#pragma once

#include <QString>
#include <QTextStream>

namespace pressdesk {

class Database;

// Exit codes of every command; part of the CLI contract (docs/cli.md).
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command gets: the open database and the two output streams.
struct CliContext
{
    Database &database;
    QTextStream &out;
    QTextStream &err;

    // Prints the problem and the command's usage line; returns ExitUsage.
    int usageError(const QString &problem, const QString &usage)
    {
        err << problem << "\nUsage: " << usage << '\n';
        return ExitUsage;
    }
    int failure(const QString &message)
    {
        err << message << '\n';
        return ExitFailure;
    }
};

} // namespace pressdesk
