#include "damagedfilerecovery.h"

#include "storage/backups.h"
#include "storage/database.h"
#include "storage/salvage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace pressdesk {

namespace { } // namespace

bool DamagedFileRecovery::run(Database &database, const QString &path, QWidget *parent)
{
    const Backups::Copy newest = Backups::newestGoodCopy(path);
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("DamagedFileRecovery", "Pressdesk"),
        database.errorString(), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("damagedFileQuestion"));
    QString details = QCoreApplication::translate(
        "DamagedFileRecovery", "The damaged file is kept beside the new one whatever you choose.");
    QPushButton *restore = nullptr;
    if (!newest.path.isEmpty()) {
        details = QCoreApplication::translate(
                      "DamagedFileRecovery", "The newest good backup is from %1 and holds %2 records (%3).")
                      .arg(QLocale().toString(newest.modified, QLocale::LongFormat))
                      .arg(newest.records)
                      .arg(QDir::toNativeSeparators(newest.path))
            + QLatin1Char('\n') + details;
        restore = box.addButton(
            QCoreApplication::translate("DamagedFileRecovery", "&Restore the Backup"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreBackupButton"));
    }
    QPushButton *salvage = box.addButton(
        QCoreApplication::translate("DamagedFileRecovery", "&Salvage What Can Be Read"), QMessageBox::AcceptRole);
    salvage->setObjectName(QStringLiteral("salvageButton"));
    QPushButton *quit =
        box.addButton(QCoreApplication::translate("DamagedFileRecovery", "&Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    box.setInformativeText(details);
    box.setDefaultButton(restore ? restore : salvage);
    box.exec();

    if (restore && box.clickedButton() == restore) {
        QString error;
        if (!Backups::restore(path, newest.path, nullptr, &error)) {
            QMessageBox::critical(parent, QCoreApplication::translate("DamagedFileRecovery", "Pressdesk"), error);
            return false;
        }
        return database.open(path);
    }
    if (box.clickedButton() != salvage)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString aside;
    const Salvage::Result result = Salvage::replace(path, &aside);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::critical(parent, QCoreApplication::translate("DamagedFileRecovery", "Pressdesk"), result.error);
        return false;
    }
    QMessageBox report(QMessageBox::Information, QCoreApplication::translate("DamagedFileRecovery", "Pressdesk"),
        QCoreApplication::translate("DamagedFileRecovery",
            "Salvaged %1 from the damaged file. Check the newest work: what stood on the damaged parts "
            "could not be read. The damaged file was kept as %2.")
            .arg(result.summary(), QDir::toNativeSeparators(aside)),
        QMessageBox::Ok, parent);
    report.setObjectName(QStringLiteral("salvageReport"));
    report.exec();
    return database.open(path);
}

} // namespace pressdesk
