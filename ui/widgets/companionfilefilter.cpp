#include "companionfilefilter.h"

#include "storage/opendatabasefiles.h"

#include <QFileSystemModel>

namespace pressdesk {

bool CompanionFileFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
    if (!files)
        return true;
    const QModelIndex index = files->index(sourceRow, 0, sourceParent);
    return files->isDir(index) || !OpenDatabaseFiles::isCompanionFile(files->filePath(index));
}

} // namespace pressdesk
