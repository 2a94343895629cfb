#pragma once

#include <QStyledItemDelegate>

namespace pressdesk {

// Paints text whose matched words are wrapped in \x02 ... \x03 (search snippets) with
// those words in bold, elided to the cell.
class HighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The snippet without its markers (for tooltips, copying).
    static QString plainText(const QString &marked);
};

} // namespace pressdesk
