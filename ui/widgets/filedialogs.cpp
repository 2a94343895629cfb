#include "filedialogs.h"

#include "companionfilefilter.h"
#include "nameonlyiconprovider.h"
#include "storage/opendatabasefiles.h"

#include <QFileDialog>
#include <QMessageBox>

#include <algorithm>

namespace pressdesk {

namespace {

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

// Shows the dialog until the user picks something Pressdesk may touch, or cancels.
QStringList run(QFileDialog &dialog)
{
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return {};
        const QStringList chosen = dialog.selectedFiles();
        const auto refused = std::find_if(chosen.cbegin(), chosen.cend(), &OpenDatabaseFiles::contains);
        if (refused == chosen.cend())
            return chosen;
        QMessageBox box(QMessageBox::Warning, dialog.windowTitle(), OpenDatabaseFiles::refusal(*refused),
            QMessageBox::Ok, dialog.parentWidget());
        box.setObjectName(QStringLiteral("databaseFileRefusal"));
        box.exec();
    }
}

} // namespace

void FileDialogs::makeSafe(QFileDialog &dialog)
{
    dialog.setObjectName(QStringLiteral("fileDialog"));
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&iconProvider());
    dialog.setProxyModel(new CompanionFileFilter(&dialog));
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    makeSafe(dialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    const QStringList chosen = run(dialog);
    return chosen.value(0);
}

QStringList FileDialogs::openFileNames(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    makeSafe(dialog);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return run(dialog);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    QFileDialog dialog(parent, caption, path, filter);
    makeSafe(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog).value(0);
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    QFileDialog dialog(parent, caption, folder);
    makeSafe(dialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog).value(0);
}

} // namespace pressdesk
