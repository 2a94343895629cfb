#pragma once

#include "entity.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QTimer;

namespace pressdesk {

// One open Pressdesk file. Opening checks what the file is before anything is written,
// applies pending migrations (each in its own transaction) and refuses files from a newer
// Pressdesk untouched. Repositories announce their committed writes through changed().
class Database final : public QObject
{
    Q_OBJECT

public:
    struct IntegrityReport
    {
        bool healthy = false;
        int schemaVersion = 0;
        QStringList problems;
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Milliseconds a statement waits for another process's lock before failing.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const { return m_db; }
    int schemaVersion() const;
    // The collation for ORDER BY on names: LocaleCollation's, which follows the default
    // locale as it was when the file was opened, or NOCASE when it could not be registered.
    QString nameCollation() const;
    // True when open() had to create the file: the caller may seed it.
    bool wasCreated() const { return m_created; }

    IntegrityReport check() const;

    static int latestSchemaVersion();
    static constexpr qint32 applicationId = 0x50524453; // "PRDS"

    // Called by repositories after a successful commit. id 0 means "many rows".
    void notifyChanged(Entity entity, qint64 id) { Q_EMIT changed(entity, id); }

    // Notices commits by other processes (another Pressdesk on the same file) by polling
    // SQLite's data_version, a cheap counter, and announces them as changed(entity, 0) for
    // every entity so that lists reload.
    void watchOtherWriters(int intervalMs);

    // Used by Transaction to nest with savepoints.
    int &transactionDepth() { return m_transactionDepth; }

Q_SIGNALS:
    void changed(pressdesk::Entity entity, qint64 id);

private:
    bool fail(const QString &message);
    bool checkLocation();
    bool identify(int &userVersion);
    bool quickCheck();
    bool configure();
    void setWalMode(); // throws StorageError
    bool migrate(int fromVersion);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    int m_busyTimeoutMs = 5000;
    bool m_localeCollation = false;
    int m_transactionDepth = 0;
    bool m_created = false;
    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace pressdesk
