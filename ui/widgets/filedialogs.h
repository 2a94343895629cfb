#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace pressdesk {

// Every file dialog of Pressdesk. They list folders without opening any file in them
// (NameOnlyIconProvider), hide SQLite's working files, and refuse the open database as a
// file to import, overwrite or attach (OpenDatabaseFiles), asking for another file. On
// Linux they are Qt's own dialogs: a desktop's in-process dialog (GTK, KDE) reads files to
// show their types, which would drop the database lock. objectName "fileDialog".
class FileDialogs final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QStringList openFileNames(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);

    // Sets up a dialog the way the functions above do (for dialogs built elsewhere).
    static void makeSafe(QFileDialog &dialog);
};

} // namespace pressdesk
