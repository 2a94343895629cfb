#pragma once

#include <QSortFilterProxyModel>

namespace pressdesk {

// Hides SQLite's working files (news.sqlite-wal, -shm, -journal) in the file dialogs: they
// are part of the database beside them, never something to import, overwrite or attach.
class CompanionFileFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace pressdesk
