#include "backupcontroller.h"

#include "preferences/preferences.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace pressdesk {

BackupController::BackupController(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    m_backupAction = new QAction(tr("&Back Up…"), this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setStatusTip(tr("Save a verified copy of the whole database"));
    connect(m_backupAction, &QAction::triggered, this, &BackupController::backUp);
    m_restoreAction = new QAction(tr("Restore &From Backup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction->setStatusTip(tr("Replace the database with a backup; the current file is kept aside"));
    connect(m_restoreAction, &QAction::triggered, this, &BackupController::restore);
}

void BackupController::backUp()
{
    const QString suggested =
        QDir(Backups::folderFor(m_database.path()))
            .filePath(QStringLiteral("pressdesk-%1.sqlite")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString target =
        FileDialogs::saveFileName(m_window, tr("Back Up"), suggested, tr("Pressdesk databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    QFile::remove(target); // the dialog already asked before overwriting
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Backups::create(m_database, target, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(m_window, tr("Back Up"), error);
        return;
    }
    Q_EMIT message(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)));
}

void BackupController::restore()
{
    const QString backup = FileDialogs::openFileName(m_window, tr("Restore From Backup"),
        Backups::folderFor(m_database.path()), tr("Pressdesk databases (*.sqlite)"));
    if (backup.isEmpty())
        return;
    QString error;
    if (!Backups::verify(backup, &error)) {
        QMessageBox::warning(m_window, tr("Restore From Backup"), error);
        return;
    }
    const auto answer = QMessageBox::question(m_window, tr("Restore From Backup"),
        tr("Replace the current database with %1?\n\nThe current file is kept beside it, renamed, and "
           "Pressdesk closes so that you can start it again on the restored data.")
            .arg(QDir::toNativeSeparators(backup)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString path = m_database.path();
    m_database.close();
    QString keptAside;
    if (!Backups::restore(path, backup, &keptAside, &error)) {
        QMessageBox::critical(m_window, tr("Restore From Backup"), error);
        m_database.open(path);
        return;
    }
    QMessageBox::information(m_window, tr("Restore From Backup"),
        tr("Restored. The previous file was kept as %1.\nPressdesk will now close.")
            .arg(QDir::toNativeSeparators(keptAside)));
    QApplication::quit();
}

void BackupController::startAutomaticBackup()
{
    // A server is backed up by its administrator (pg_dump, docs/team.md); a person may still
    // take a file of it (Backup Now, pressdesk backup).
    if (m_database.isServer())
        return;
    Backups::Rotation rotation;
    rotation.daily = Preferences::backupDailyKeep();
    rotation.weekly = Preferences::backupWeeklyKeep();
    inBackground(QStringLiteral("automatic backup"), [rotation](Database &database) {
        QString error;
        const QStringList made = Backups::automatic(database, QDate::currentDate(), rotation, &error);
        if (!error.isEmpty())
            return tr("The automatic backup failed: %1").arg(error);
        return made.isEmpty() ? QString() : tr("Today's backup: %1").arg(QDir::toNativeSeparators(made.first()));
    });

    const int minutes = Preferences::backupEveryMinutes();
    const int intervalMs = qEnvironmentVariableIsSet("PRESSDESK_BACKUP_INTERVAL_MS")
        ? qEnvironmentVariableIntValue("PRESSDESK_BACKUP_INTERVAL_MS")
        : minutes * 60'000;
    if (intervalMs <= 0 || m_periodic)
        return;
    connect(&m_database, &Database::changed, this, [this] { m_savedSinceCopy = true; });
    m_periodic = new QTimer(this);
    m_periodic->setObjectName(QStringLiteral("periodicBackupTimer"));
    connect(m_periodic, &QTimer::timeout, this, &BackupController::periodicBackup);
    m_periodic->start(intervalMs);
}

void BackupController::periodicBackup()
{
    if (!m_savedSinceCopy || m_copying || m_database.writesStopped())
        return;
    m_savedSinceCopy = false;
    m_copying = true;
    const int keep = Preferences::backupPeriodicKeep();
    inBackground(QStringLiteral("periodic backup"), [keep](Database &database) {
        QString error;
        const QString copy = Backups::periodic(database, QDateTime::currentDateTime(), keep, &error);
        return copy.isEmpty() ? tr("The automatic backup failed: %1").arg(error) : QString();
    });
}

void BackupController::inBackground(const QString &name, std::function<QString(Database &)> work)
{
    const QString path = m_database.path();
    QPointer<BackupController> self(this);
    QThread *thread = QThread::create([path, self, work] {
        Database database;
        const QString text = database.open(path) ? work(database) : QString();
        QMetaObject::invokeMethod(qApp, [self, text] {
            if (!self)
                return;
            self->m_copying = false;
            if (!text.isEmpty())
                Q_EMIT self->message(text);
        });
    });
    thread->setObjectName(name);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace pressdesk
