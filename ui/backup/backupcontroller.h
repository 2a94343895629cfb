#pragma once

#include <QObject>

#include <functional>

class QAction;
class QTimer;
class QWidget;

namespace pressdesk {

class Database;

// File ▸ Back Up… and File ▸ Restore…, and the automatic daily copy, which runs on its own
// thread and connection so that start-up never waits for it.
class BackupController final : public QObject
{
    Q_OBJECT

public:
    BackupController(Database &database, QWidget *window);

    QAction *backupAction() const { return m_backupAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    // Starts the automatic daily (and weekly) copy in the background, and the copies made
    // while editing: every 15 minutes in which something was saved (QSettings
    // backup/everyMinutes, 0 for never; backup/periodicKeep copies are kept, 12 by default;
    // PRESSDESK_BACKUP_INTERVAL_MS overrides the interval for tests).
    void startAutomaticBackup();

Q_SIGNALS:
    void message(const QString &text);

private:
    void backUp();
    void restore();
    void periodicBackup();
    // Runs work(database, error) on a thread of its own with its own connection, and
    // reports its message.
    void inBackground(const QString &name, std::function<QString(Database &)> work);

    Database &m_database;
    QWidget *m_window = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QTimer *m_periodic = nullptr;
    bool m_savedSinceCopy = false;
    bool m_copying = false;
};

} // namespace pressdesk
