#include "nameonlyiconprovider.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

namespace pressdesk {

namespace {

QMimeType mimeTypeByName(const QFileInfo &info)
{
    // MatchExtension looks at the name only; MatchDefault would read the file.
    return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
}

} // namespace

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return icon(QAbstractFileIconProvider::Folder);
    if (!info.isFile())
        return icon(QAbstractFileIconProvider::File);
    const QMimeType type = mimeTypeByName(info);
    QIcon themed = QIcon::fromTheme(type.iconName());
    if (themed.isNull())
        themed = QIcon::fromTheme(type.genericIconName());
    return themed.isNull() ? icon(QAbstractFileIconProvider::File) : themed;
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("NameOnlyIconProvider", "Folder");
    const QMimeType type = mimeTypeByName(info);
    if (!type.isDefault() && !type.comment().isEmpty())
        return type.comment();
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? QCoreApplication::translate("NameOnlyIconProvider", "File")
                            : QCoreApplication::translate("NameOnlyIconProvider", "%1 File").arg(suffix.toUpper());
}

} // namespace pressdesk
