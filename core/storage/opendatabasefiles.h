#pragma once

#include <QString>

namespace pressdesk {

// The database files this process has open through SQLite, so that nothing else in the
// process opens them. On POSIX systems closing any descriptor of a file drops every lock
// the process holds on it, SQLite's included: a file dialog that peeks into news.sqlite-wal
// to guess its type lets another process delete the WAL under a live connection. Import,
// export, logo and photo pickers, drops and backups ask here before they touch a path.
// Identity is by device and inode (stat never opens the file) and by the companion names.
class OpenDatabaseFiles final
{
public:
    static void add(const QString &databasePath);
    static void remove(const QString &databasePath);
    // True for an open database itself (under any name or link), its -wal, -shm and
    // -journal, whether or not those exist yet.
    static bool contains(const QString &path);
    // A sentence for the user naming the file, for dialogs and the command line.
    static QString refusal(const QString &path);
    // True when the file name is one of SQLite's companions of any database (-wal, -shm,
    // -journal next to an existing file): file dialogs hide them.
    static bool isCompanionFile(const QString &path);
};

} // namespace pressdesk
