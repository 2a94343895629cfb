#include "sqlitestore.h"

#include "storage/backups.h"
#include "storage/database.h"
#include "storage/localecollation.h"
#include "storage/migrations.h"
#include "storage/opendatabasefiles.h"
#include "storage/query.h"
#include "storage/sqlitefilelocks.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QTimer>

namespace pressdesk {

namespace {

bool isLockedMessage(const QString &message)
{
    return message.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

} // namespace

SqliteStore::SqliteStore(Database &database)
    : QObject(&database)
    , m_database(database)
{ }

SqliteStore::~SqliteStore()
{
    close();
}

void SqliteStore::close()
{
    m_locks.reset();
    if (m_registered)
        OpenDatabaseFiles::remove(m_path);
    m_registered = false;
    if (m_watch)
        m_watch->stop();
    m_localeCollation = false;
    m_stopReason.clear();
}

bool SqliteStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SqliteStore::open(QSqlDatabase &db, const QString &connectionName, const QString &path, int busyTimeoutMs)
{
    m_db = &db;
    m_path = path;
    m_busyTimeoutMs = busyTimeoutMs;
    m_error.clear();
    m_damaged = false;
    m_created = !QFileInfo::exists(m_path);
    if (!checkLocation() || (m_created && !createPrivateFile()))
        return false;
    // Every file is checked before use (PRAGMA quick_check), except that a large archive
    // closed cleanly last time is trusted at start-up: checking 500 MB takes seconds. A WAL
    // left behind means the last session did not close.
    constexpr qint64 alwaysCheckBelowBytes = 64 * 1024 * 1024;
    const bool uncleanShutdown = !m_created && QFileInfo(m_path + QLatin1String("-wal")).size() > 0;
    const bool mustCheck = !m_created && (uncleanShutdown || QFileInfo(m_path).size() < alwaysCheckBelowBytes);

    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid())
        return fail(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return fail(tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));

    int userVersion = 0;
    if (!identify(userVersion))
        return false;
    if (mustCheck && !quickCheck())
        return false;
    if (!configure())
        return false;
    m_localeCollation = LocaleCollation::install(db);
    if (!migrate(userVersion))
        return false;
    OpenDatabaseFiles::add(m_path);
    m_registered = true;
    m_locks = std::make_unique<SqliteFileLocks>(m_path);
    m_locks->calibrate();
    return true;
}

bool SqliteStore::checkLocation()
{
    const QFileInfo file(m_path);
    if (m_created) {
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir())
            return fail(tr("Cannot create %1: the folder %2 does not exist.").arg(m_path, folder.absoluteFilePath()));
        if (!folder.isWritable())
            return fail(tr("Cannot create %1: the folder %2 is read-only.").arg(m_path, folder.absoluteFilePath()));
        return true;
    }
    if (file.isDir())
        return fail(tr("%1 is a folder, not a Pressdesk database.").arg(m_path));
    if (!file.isReadable())
        return fail(tr("Cannot read %1: permission denied.").arg(m_path));
    if (!file.isWritable())
        return fail(tr("Cannot open %1 for writing: the file is read-only.").arg(m_path));
    return true;
}

// A new file is the user's alone (0600 on Unix); SQLite gives its WAL the same mode.
// Another process may create it at the same moment: NewOnly never truncates its file.
bool SqliteStore::createPrivateFile()
{
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        file.close();
        Backups::makePrivate(m_path);
    } else if (QFileInfo::exists(m_path)) {
        m_created = false;
    } else {
        return fail(tr("Cannot create %1: %2").arg(m_path, file.errorString()));
    }
    return true;
}

// Reads what the file says it is, without writing to it.
bool SqliteStore::identify(int &userVersion)
{
    try {
        // One statement, one snapshot: another process may be building the schema right now.
        Query identity(*m_db,
            QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                           "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)"));
        identity.exec();
        if (!identity.next())
            throw StorageError(QStringLiteral("no answer to the identification query"));
        const qint32 appId = identity.value(0).toInt();
        userVersion = identity.value(1).toInt();
        const int objects = identity.value(2).toInt();
        const bool empty = appId == 0 && userVersion == 0 && objects == 0;
        if (!empty && appId != Database::applicationId)
            return fail(tr("%1 is an SQLite database, but not a Pressdesk database.").arg(m_path));
        if (userVersion > Migrations::latestVersion())
            return fail(tr("%1 was written by a newer version of Pressdesk (schema %2; this "
                           "version reads up to schema %3). It was left unchanged; please "
                           "update Pressdesk.")
                            .arg(m_path)
                            .arg(userVersion)
                            .arg(Migrations::latestVersion()));
    } catch (const StorageError &error) {
        if (isLockedMessage(error.message()))
            return fail(tr("%1 is locked by another program; try again when it is closed.").arg(m_path));
        if (error.message().contains(QLatin1String("not a database"), Qt::CaseInsensitive)
            || error.message().contains(QLatin1String("malformed"), Qt::CaseInsensitive)) {
            m_damaged = true;
            return fail(tr("%1 is not a Pressdesk database (it is not an SQLite file, or it "
                           "is damaged).")
                            .arg(m_path));
        }
        return fail(tr("Cannot read %1: %2").arg(m_path, error.message()));
    }
    return true;
}

bool SqliteStore::quickCheck()
{
    try {
        const QString result = Query(*m_db, QStringLiteral("PRAGMA quick_check")).scalar().toString();
        if (result == QLatin1String("ok"))
            return true;
        m_damaged = true;
        const QString backup = Backups::newestGood(m_path);
        return fail(backup.isEmpty() ? tr("%1 is damaged (%2). It was not opened, so nothing more is lost. "
                                          "Rescue what can still be read with pressdesk salvage.")
                                           .arg(m_path, result)
                                     : tr("%1 is damaged (%2). It was not opened, so nothing more is lost. The newest "
                                          "good backup is %3 (pressdesk restore %3); or rescue what can still be read "
                                          "with pressdesk salvage.")
                                           .arg(m_path, result, backup));
    } catch (const StorageError &error) {
        m_damaged = !isLockedMessage(error.message());
        return fail(tr("%1 is damaged: %2").arg(m_path, error.message()));
    }
}

bool SqliteStore::configure()
{
    try {
        Query(*m_db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
        // WAL lets the GUI read while a batch writes; a file system without shared memory
        // support keeps the rollback journal, which is still safe.
        setWalMode();
        // A WAL that outlives every connection is never deleted under one that lives on; a
        // clean close still truncates it to zero bytes (the journal size limit), which is
        // how the next start knows the last session ended well.
        SqliteFileLocks::keepWalPersistent(*m_db);
        Query(*m_db, QStringLiteral("PRAGMA journal_size_limit = 67108864")).scalar();
        Query(*m_db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
        // 32 MiB of page cache: large batches (imports, the demo archive) and FTS merges
        // otherwise spend their time re-reading pages.
        Query(*m_db, QStringLiteral("PRAGMA cache_size = -32768")).exec();
    } catch (const StorageError &error) {
        if (isLockedMessage(error.message()))
            return fail(tr("%1 is locked by another program; try again when it is closed.").arg(m_path));
        return fail(tr("Cannot configure %1: %2").arg(m_path, error.message()));
    }
    return true;
}

void SqliteStore::setWalMode()
{
    // Switching a new file to WAL needs it to itself. When other processes open the same
    // new file at once, SQLite may answer "locked" at once rather than wait (it will not
    // wait where waiting could deadlock), so the switch is tried again for as long as the
    // busy timeout.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            Query(*m_db, QStringLiteral("PRAGMA journal_mode = WAL")).exec();
            return;
        } catch (const StorageError &error) {
            if (!isLockedMessage(error.message()) || waited.elapsed() >= m_busyTimeoutMs)
                throw;
        }
        QThread::msleep(20);
    }
}

bool SqliteStore::migrate(int fromVersion)
{
    // A current file (the usual case) needs no migration text read.
    if (fromVersion == Migrations::latestVersion())
        return true;
    if (fromVersion > 0) {
        // An upgrade cannot be undone by the program that made it: keep the file as it was.
        const QString copy =
            QDir(Backups::folderFor(m_path))
                .filePath(QStringLiteral("pressdesk-before-schema-%1-%2.sqlite")
                              .arg(Migrations::latestVersion())
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        QString error;
        if (!Backups::create(m_database, copy, &error))
            return fail(
                tr("%1 was not upgraded, because the copy made before upgrading failed: %2").arg(m_path, error));
    }
    // One transaction for every step, under the write lock: another process that opens the
    // file meanwhile (a window and a script starting on a new file) waits, then finds the
    // schema complete. The version is read again under the lock, since such a process may
    // have built or upgraded the file after this one identified it.
    int attempted = fromVersion;
    try {
        Transaction transaction(m_database);
        for (const Migration &migration : Migrations::after(schemaVersion(*m_db))) {
            attempted = migration.version;
            for (const QString &statement : migration.statements)
                Query(*m_db, statement).exec();
            // PRAGMAs take no bound values; these are integers we control.
            Query(*m_db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)).exec();
            Query(*m_db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)).exec();
        }
        transaction.commit();
    } catch (const StorageError &error) {
        if (isLockedMessage(error.message()))
            return fail(tr("%1 is locked by another program; try again when it is closed.").arg(m_path));
        return fail(tr("Upgrading %1 to schema %2 failed; the file was left at schema %3. %4")
                        .arg(m_path)
                        .arg(attempted)
                        .arg(schemaVersion(*m_db))
                        .arg(error.message()));
    }
    return true;
}

QString SqliteStore::nameCollation() const
{
    return m_localeCollation ? LocaleCollation::name() : QStringLiteral("NOCASE");
}

void SqliteStore::guardWrites()
{
    if (!m_stopReason.isEmpty())
        throw StorageError(m_stopReason);
    if (!m_locks || !m_locks->isCalibrated())
        return;
    const auto halt = [this](const QString &reason) {
        m_stopReason = reason;
        qWarning("Pressdesk stopped writing to %s: %s", qUtf8Printable(m_path), qUtf8Printable(reason));
        Q_EMIT writesHalted(reason);
        throw StorageError(reason);
    };
    if (!m_locks->walIsTheSame()) {
        halt(tr("Another program removed or replaced the journal of %1 (%2-wal) while Pressdesk had the file "
                "open. To keep your work safe, Pressdesk writes nothing more to it in this session: what you "
                "have not saved stays in the open editors and in the recovery copy. Close Pressdesk and open it "
                "again.")
                 .arg(QDir::toNativeSeparators(m_path), QFileInfo(m_path).fileName()));
    }
    if (m_locks->state() != SqliteFileLocks::State::Lost)
        return;
    // Something in this process closed a descriptor of the file (POSIX then drops all of
    // the process's locks on it). Take them back while no transaction runs; another process
    // may hold an exclusive lock for a moment (a checkpoint when it closes).
    QElapsedTimer waited;
    waited.start();
    do {
        if (m_locks->restore() && m_locks->walIsTheSame()) {
            ++m_locksRestored;
            qWarning("Pressdesk took back its lock on %s after something closed the file.", qUtf8Printable(m_path));
            return;
        }
        QThread::msleep(10);
    } while (waited.elapsed() < m_busyTimeoutMs);
    halt(tr("Pressdesk lost its lock on %1 and could not take it back. To keep your work safe, it writes "
            "nothing more to the file in this session: what you have not saved stays in the open editors and "
            "in the recovery copy. Close Pressdesk and open it again.")
             .arg(QDir::toNativeSeparators(m_path)));
}

bool SqliteStore::locksStillHeld() const
{
    return !m_locks || m_locks->state() != SqliteFileLocks::State::Lost;
}

void SqliteStore::watchOtherWriters(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] {
            if (!m_db || !m_db->isOpen() || m_database.transactionDepth() > 0)
                return;
            try {
                const qint64 version = Query(*m_db, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
                const bool changedElsewhere = m_dataVersion >= 0 && version != m_dataVersion;
                m_dataVersion = version;
                if (changedElsewhere) {
                    for (Entity entity : { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release,
                             Entity::Contact, Entity::MediaList })
                        Q_EMIT changed(entity);
                }
            } catch (const StorageError &) {
                // Busy or closed: try again at the next tick.
            }
        });
    }
    // The baseline is taken now: a commit by another process before the first tick counts.
    if (m_dataVersion < 0 && m_db && m_db->isOpen()) {
        try {
            m_dataVersion = Query(*m_db, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
        } catch (const StorageError &) {
            // Busy: the first tick takes the baseline instead.
        }
    }
    m_watch->start(intervalMs);
}

int SqliteStore::schemaVersion(const QSqlDatabase &db)
{
    try {
        return Query(db, QStringLiteral("PRAGMA user_version")).scalar().toInt();
    } catch (const StorageError &) {
        return 0;
    }
}

QStringList SqliteStore::check(const QSqlDatabase &db)
{
    QStringList problems;
    try {
        Query integrity(db, QStringLiteral("PRAGMA integrity_check"));
        integrity.exec();
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
        Query keys(db, QStringLiteral("PRAGMA foreign_key_check"));
        keys.exec();
        while (keys.next()) {
            problems.append(tr("Row %1 of table %2 points to a missing row of %3.")
                                .arg(keys.value(1).toString(), keys.value(0).toString(), keys.value(2).toString()));
        }
        // Compares each search index with the text it should hold; a mismatch is said in
        // words, not as the statement that found it.
        const std::pair<const char *, QString> indexes[] = { { "releases_fts", tr("releases") },
            { "speakers_fts", tr("speakers") }, { "events_fts", tr("events") } };
        for (const auto &[index, what] : indexes) {
            try {
                Query(db,
                    QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(QLatin1String(index)))
                    .exec();
            } catch (const StorageError &) {
                problems.append(tr("The search index of the %1 does not match their saved text: searches may "
                                   "miss or show wrong %1. pressdesk salvage --to FILE writes a copy with "
                                   "the index rebuilt.")
                                    .arg(what));
            }
        }
    } catch (const StorageError &error) {
        problems.append(error.message());
    }
    return problems;
}

} // namespace pressdesk
