#include "backups.h"

#include "database.h"
#include "query.h"
#include "sqlitefilelocks.h"
#include "storageerror.h"
#include "storecopier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pressdesk {

namespace {

const QString dailyPrefix = QStringLiteral("pressdesk-daily-");
const QString weeklyPrefix = QStringLiteral("pressdesk-weekly-");
const QString periodicPrefix = QStringLiteral("pressdesk-auto-");

QStringList copiesIn(const QDir &folder, const QString &prefix)
{
    // Names carry ISO dates, so name order is date order.
    return folder.entryList({ prefix + QLatin1String("*.sqlite") }, QDir::Files, QDir::Name);
}

void rotate(const QDir &folder, const QString &prefix, int keep)
{
    QStringList copies = copiesIn(folder, prefix);
    while (copies.size() > std::max(keep, 1))
        QFile::remove(folder.filePath(copies.takeFirst()));
}

} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

void Backups::makePrivate(const QString &file)
{
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool Backups::verify(const QString &file, QString *error, int *records)
{
    if (!QFileInfo(file).isFile()) {
        if (error)
            *error = QCoreApplication::translate("Backups", "%1 does not exist.").arg(file);
        return false;
    }
    const QString name = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool good = false;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()
                || query.value(0).toInt() != Database::applicationId) {
                problem = QCoreApplication::translate("Backups", "it is not a Pressdesk database");
            } else if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
                problem = query.lastError().text();
            } else if (query.value(0).toString() != QLatin1String("ok")) {
                problem = query.value(0).toString();
            } else {
                good = true;
                if (records
                    && query.exec(QStringLiteral("SELECT (SELECT count(*) FROM organizations) + (SELECT "
                                                 "count(*) FROM speakers) + (SELECT count(*) FROM events) + "
                                                 "(SELECT count(*) FROM releases)"))
                    && query.next())
                    *records = query.value(0).toInt();
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!good && error)
        *error = QCoreApplication::translate("Backups", "%1 is not a usable backup: %2").arg(file, problem);
    return good;
}

bool Backups::create(Database &database, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        if (error)
            *error = QCoreApplication::translate("Backups", "%1 exists already; choose another name.").arg(target);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Backups", "Cannot create the folder %1.")
                         .arg(QFileInfo(target).absolutePath());
        return false;
    }
    // Never a half-written copy under the final name: write, verify, then rename.
    const QString partial = target + QLatin1String(".part");
    QFile::remove(partial);
    // A server's newsroom is copied into a new Pressdesk file, which opens offline.
    if (database.isServer()) {
        bool copied = false;
        {
            Database file;
            if (file.open(partial)) {
                StoreCopier copier(database, file);
                copied = copier.copy();
                if (!copied && error)
                    *error = QCoreApplication::translate("Backups", "Backing up to %1 failed: %2")
                                 .arg(target, copier.errorString());
            } else if (error) {
                *error = file.errorString();
            }
        }
        if (!copied) {
            QFile::remove(partial);
            QFile::remove(partial + QLatin1String("-wal"));
            QFile::remove(partial + QLatin1String("-shm"));
            return false;
        }
    } else
        try {
            Query(database.connection(), QStringLiteral("VACUUM INTO ?")).bind(0, partial).exec();
        } catch (const StorageError &failure) {
            QFile::remove(partial);
            if (error)
                *error = QCoreApplication::translate("Backups", "Backing up to %1 failed: %2")
                             .arg(target, failure.message());
            return false;
        }
    makePrivate(partial);
    if (!verify(partial, error) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("Backups", "Cannot write %1.").arg(target);
        return false;
    }
    return true;
}

QStringList Backups::automatic(Database &database, const QDate &today, Rotation rotation, QString *error)
{
    QStringList made;
    const QDir folder(folderFor(database.path()));
    const QString daily = folder.filePath(dailyPrefix + today.toString(Qt::ISODate) + QLatin1String(".sqlite"));
    if (QFileInfo::exists(daily))
        return made;
    if (!create(database, daily, error))
        return made;
    made.append(daily);
    makePrivate(daily);

    const QStringList weeklies = copiesIn(folder, weeklyPrefix);
    const QDate newestWeekly =
        weeklies.isEmpty() ? QDate() : QDate::fromString(weeklies.last().mid(weeklyPrefix.size(), 10), Qt::ISODate);
    if (!newestWeekly.isValid() || newestWeekly.daysTo(today) >= 7) {
        const QString weekly = folder.filePath(weeklyPrefix + today.toString(Qt::ISODate) + QLatin1String(".sqlite"));
        if (QFile::copy(daily, weekly)) {
            makePrivate(weekly);
            made.append(weekly);
        }
    }
    rotate(folder, dailyPrefix, rotation.daily);
    rotate(folder, weeklyPrefix, rotation.weekly);
    return made;
}

QString Backups::periodic(Database &database, const QDateTime &now, int keep, QString *error)
{
    const QDir folder(folderFor(database.path()));
    const QString copy =
        folder.filePath(periodicPrefix + now.toString(QStringLiteral("yyyy-MM-dd-HHmm")) + QLatin1String(".sqlite"));
    if (QFileInfo::exists(copy))
        return copy;
    if (!create(database, copy, error))
        return {};
    rotate(folder, periodicPrefix, keep);
    return copy;
}

QList<Backups::Copy> Backups::goodCopies(const QString &databasePath)
{
    QList<Copy> good;
    const QDir folder(folderFor(databasePath));
    const QFileInfoList copies = folder.entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Time);
    for (const QFileInfo &copy : copies) {
        int records = 0;
        if (verify(copy.absoluteFilePath(), nullptr, &records))
            good.append({ copy.absoluteFilePath(), copy.lastModified(), records });
    }
    return good;
}

Backups::Copy Backups::newestGoodCopy(const QString &databasePath)
{
    const QList<Copy> good = goodCopies(databasePath);
    for (const Copy &copy : good) {
        if (copy.records > 0)
            return copy;
    }
    return good.value(0);
}

QString Backups::newestGood(const QString &databasePath)
{
    return newestGoodCopy(databasePath).path;
}

bool Backups::restore(const QString &databasePath, const QString &backup, QString *keptAside, QString *error)
{
    if (!verify(backup, error))
        return false;
    // Renaming the file under a window that has it open would send all its later work to
    // the file kept aside.
    if (SqliteFileLocks::usedByAnotherProcess(databasePath)) {
        if (error)
            *error = QCoreApplication::translate(
                "Backups", "%1 is open in Pressdesk or another program. Close it there first; nothing was changed.")
                         .arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = databasePath + QLatin1String(".before-restore-") + stamp;
    if (QFileInfo::exists(databasePath)) {
        if (!QFile::rename(databasePath, aside)) {
            if (error)
                *error = QCoreApplication::translate("Backups", "Cannot move %1 aside; nothing was changed.")
                             .arg(databasePath);
            return false;
        }
        for (const char *suffix : { "-wal", "-shm" }) {
            const QString companion = databasePath + QLatin1String(suffix);
            if (QFileInfo::exists(companion))
                QFile::rename(companion, aside + QLatin1String(suffix));
        }
        if (keptAside)
            *keptAside = aside;
    }
    const QString partial = databasePath + QLatin1String(".part");
    QFile::remove(partial);
    if (!QFile::copy(backup, partial) || !QFile::rename(partial, databasePath)) {
        QFile::remove(partial);
        // Put the original back rather than leave no database at all.
        if (QFileInfo::exists(aside))
            QFile::rename(aside, databasePath);
        if (error)
            *error = QCoreApplication::translate("Backups", "Cannot copy %1 to %2; the original was put back.")
                         .arg(backup, databasePath);
        return false;
    }
    makePrivate(databasePath);
    return true;
}

} // namespace pressdesk
