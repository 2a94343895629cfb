#pragma once

#include <QFileIconProvider>

namespace pressdesk {

// File icons and type names from the file name alone. Qt's own provider guesses a type by
// reading the first bytes of every file it lists, and closing that descriptor of an open
// database or its -wal/-shm drops the process's SQLite locks (POSIX): the file dialogs use
// this provider instead, so listing a folder never opens a file in it.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

} // namespace pressdesk
