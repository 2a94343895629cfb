#include "presencedelegate.h"

#include "models/roles.h"
#include "widgets/icons.h"

namespace pressdesk {

void PresenceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PresenceRole).toString().isEmpty())
        return;
    static const QIcon pencil = Icons::themed(QStringLiteral("document-edit"), QStringLiteral("release"));
    option->icon = pencil;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
}

} // namespace pressdesk
