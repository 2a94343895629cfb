#pragma once

#include <QStyledItemDelegate>

namespace pressdesk {

// The release list's headline with a pencil before it while someone else is editing the
// release (PresenceRole); the model's tooltip says who and since when.
class PresenceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pressdesk
