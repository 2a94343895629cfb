#include "salvage.h"

#include "database.h"
#include "query.h"
#include "searchindex.h"
#include "sqlitefilelocks.h"
#include "storageerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace pressdesk {

namespace {

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery info(db);
    info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    info.addBindValue(table);
    if (info.exec())
        while (info.next())
            columns.append(info.value(0).toString());
    return columns;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// The tables the new file has that hold data (not the search indexes, which are rebuilt).
QStringList dataTables(const QSqlDatabase &db)
{
    QStringList tables;
    Query query(db,
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                       "AND name NOT LIKE '%fts%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid"));
    query.exec();
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

// Copies the rows of one table in rowid order, resuming past rows that cannot be read.
int copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, const QStringList &columns)
{
    const QString list = [&] {
        QStringList names;
        for (const QString &column : columns)
            names.append(quoted(column));
        return names.join(QLatin1String(", "));
    }();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    Query insert(to,
        QStringLiteral("INSERT OR REPLACE INTO %1 (rowid, %2) VALUES (?, %3)")
            .arg(quoted(table), list, marks.join(QLatin1String(", "))));
    int unreadable = 0;
    qint64 after = std::numeric_limits<qint64>::min();
    qint64 skip = 1;
    for (;;) {
        QSqlQuery read(from);
        read.setForwardOnly(true);
        const bool started =
            read.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid LIMIT 256")
                             .arg(list, quoted(table)));
        if (started)
            read.addBindValue(after);
        if (!started || !read.exec()) {
            ++unreadable;
            if (after == std::numeric_limits<qint64>::min() || skip > (qint64(1) << 40))
                return unreadable;
            after += skip;
            skip *= 2;
            continue;
        }
        int rows = 0;
        while (read.next()) {
            after = read.value(0).toLongLong();
            insert.bind(0, after);
            for (int column = 0; column < columns.size(); ++column)
                insert.bind(column + 1, read.value(column + 1));
            insert.exec();
            ++rows;
        }
        if (read.lastError().isValid()) {
            // A damaged page mid-way: skip ahead, further each time it fails again.
            ++unreadable;
            after += skip;
            skip *= 2;
            if (skip > (qint64(1) << 40))
                return unreadable;
            continue;
        }
        if (rows == 0)
            return unreadable;
        skip = 1;
    }
}

} // namespace

QString Salvage::Result::summary() const
{
    return QCoreApplication::translate("Salvage", "%n release(s)", nullptr, releases) + QLatin1String(", ")
        + QCoreApplication::translate("Salvage", "%n speaker(s)", nullptr, speakers) + QLatin1String(", ")
        + QCoreApplication::translate("Salvage", "%n event(s)", nullptr, events) + QLatin1String(", ")
        + QCoreApplication::translate("Salvage", "%n organization(s)", nullptr, organizations);
}

Salvage::Result Salvage::run(const QString &damaged, const QString &target)
{
    Result result;
    if (!QFileInfo(damaged).isFile()) {
        result.error =
            QCoreApplication::translate("Salvage", "%1 does not exist.").arg(QDir::toNativeSeparators(damaged));
        return result;
    }
    if (QFileInfo::exists(target)) {
        result.error = QCoreApplication::translate("Salvage", "%1 exists already; choose another name.")
                           .arg(QDir::toNativeSeparators(target));
        return result;
    }
    const QString name = QStringLiteral("salvage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase from = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        from.setDatabaseName(damaged);
        from.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        Database to;
        QSqlQuery schema(from);
        if (!from.open() || !schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !schema.next()) {
            result.error = QCoreApplication::translate(
                "Salvage", "%1 cannot be read at all (%2); nothing can be salvaged from it.")
                               .arg(QDir::toNativeSeparators(damaged),
                                   from.isOpen() ? schema.lastError().text() : from.lastError().text());
        } else if (!to.open(target)) {
            result.error = to.errorString();
        } else {
            try {
                const QSqlDatabase out = to.connection();
                Query(out, QStringLiteral("PRAGMA foreign_keys = OFF")).exec();
                {
                    Transaction transaction(to);
                    // Rows a migration put into the new file make way for the old ones.
                    const QStringList tables = dataTables(out);
                    for (const QString &table : tables) {
                        const QStringList have = columnsOf(from, table);
                        QStringList common;
                        for (const QString &column : columnsOf(out, table))
                            if (have.contains(column))
                                common.append(column);
                        if (!common.isEmpty())
                            result.unreadableRanges += copyTable(from, out, table, common);
                    }
                    // Links whose other end was on a lost page go too.
                    for (int pass = 0; pass < 8; ++pass) {
                        Query orphans(out, QStringLiteral("SELECT \"table\", rowid FROM pragma_foreign_key_check"));
                        orphans.exec();
                        QList<QPair<QString, qint64>> doomed;
                        while (orphans.next())
                            if (!orphans.value(1).isNull())
                                doomed.append({ orphans.value(0).toString(), orphans.value(1).toLongLong() });
                        if (doomed.isEmpty())
                            break;
                        for (const auto &[table, rowid] : std::as_const(doomed))
                            Query(out, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(quoted(table)))
                                .bind(0, rowid)
                                .exec();
                    }
                    for (const QString &statement : SearchIndex::rebuildAll(StoreBackend::Sqlite))
                        Query(out, statement).exec();
                    transaction.commit();
                }
                Query(out, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
                const auto count = [&out](const char *table) {
                    return Query(out, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                        .scalar()
                        .toInt();
                };
                result.organizations = count("organizations");
                result.speakers = count("speakers");
                result.events = count("events");
                result.releases = count("releases");
                result.ok = true;
            } catch (const StorageError &error) {
                result.error = QCoreApplication::translate("Salvage", "Salvaging %1 failed: %2")
                                   .arg(QDir::toNativeSeparators(damaged), error.message());
            }
        }
        schema.finish();
        from.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result.ok) {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(target + QLatin1String(suffix));
    }
    return result;
}

Salvage::Result Salvage::replace(const QString &damaged, QString *keptAside)
{
    Result result;
    if (SqliteFileLocks::usedByAnotherProcess(damaged)) {
        result.error = QCoreApplication::translate(
            "Salvage", "%1 is open in Pressdesk or another program. Close it there first; nothing was changed.")
                           .arg(QDir::toNativeSeparators(damaged));
        return result;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString fresh = damaged + QLatin1String(".salvaged-") + stamp;
    result = run(damaged, fresh);
    if (!result.ok)
        return result;
    const QString aside = damaged + QLatin1String(".damaged-") + stamp;
    if (!QFile::rename(damaged, aside)) {
        result.ok = false;
        result.error = QCoreApplication::translate(
            "Salvage", "The rescued copy is %1, but %2 could not be moved aside to take its place.")
                           .arg(QDir::toNativeSeparators(fresh), QDir::toNativeSeparators(damaged));
        return result;
    }
    for (const char *suffix : { "-wal", "-shm" }) {
        if (QFileInfo::exists(damaged + QLatin1String(suffix)))
            QFile::rename(damaged + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    for (const char *suffix : { "-wal", "-shm" })
        QFile::remove(fresh + QLatin1String(suffix)); // closed cleanly: empty
    if (!QFile::rename(fresh, damaged)) {
        QFile::rename(aside, damaged);
        result.ok = false;
        result.error = QCoreApplication::translate(
            "Salvage", "Cannot put the rescued copy %1 in place; the damaged file was put back.")
                           .arg(QDir::toNativeSeparators(fresh));
        return result;
    }
    if (keptAside)
        *keptAside = aside;
    return result;
}

} // namespace pressdesk
