#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

class Database;

// Consistent copies of an open database (SQLite's VACUUM INTO, safe while the file is in
// use), verified by opening the copy and checking it, written under a temporary name and
// renamed only when good, readable by the user only. Also the automatic daily and weekly
// copies with rotation, and restoring a copy while keeping the current file aside.
class Backups final
{
public:
    struct Rotation
    {
        int daily = 7;
        int weekly = 4;
    };

    // A copy in the backups folder, as the recovery dialog presents it.
    struct Copy
    {
        QString path;
        QDateTime modified;
        int records = 0; // organizations, speakers, events and releases
    };

    // The folder automatic backups go to: "backups" beside the database file.
    static QString folderFor(const QString &databasePath);
    // Writes a verified copy to target (which must not exist). False with a message.
    static bool create(Database &database, const QString &target, QString *error);
    // Opens a copy read-only and checks it: integrity, and that it is a Pressdesk file.
    static bool verify(const QString &file, QString *error, int *records = nullptr);
    // The first start of a day makes a daily copy (and a weekly one when the newest is a
    // week old), then deletes the oldest beyond the rotation. Returns the copies made.
    static QStringList automatic(Database &database, const QDate &today, Rotation rotation, QString *error);
    // Every 15 minutes of editing (BackupController): a copy named after the minute, the
    // oldest deleted beyond keep. Returns the copy, or empty with a message.
    static QString periodic(Database &database, const QDateTime &now, int keep, QString *error);
    // The copies in the folder that verify, newest first.
    static QList<Copy> goodCopies(const QString &databasePath);
    // The newest copy that verifies and holds records; an empty copy (a first start's) only
    // when no other verifies. Empty when there is none.
    static QString newestGood(const QString &databasePath);
    static Copy newestGoodCopy(const QString &databasePath);
    // Replaces the database file with a verified copy; refused while another process (a
    // window, a script) has the file open. The current file (and its WAL) is renamed to "<file>.before-restore-<time>",
    // never deleted; keptAside says where.
    static bool restore(const QString &databasePath, const QString &backup, QString *keptAside, QString *error);
    // Owner read and write only (0600 on Unix).
    static void makePrivate(const QString &file);
};

} // namespace pressdesk
