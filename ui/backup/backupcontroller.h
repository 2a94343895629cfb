#pragma once

#include <QObject>

class QAction;
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
    // Starts the automatic daily (and weekly) copy in the background.
    void startAutomaticBackup();

Q_SIGNALS:
    void message(const QString &text);

private:
    void backUp();
    void restore();

    Database &m_database;
    QWidget *m_window = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
};

} // namespace pressdesk
