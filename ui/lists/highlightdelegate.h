#pragma once

#include <QStyledItemDelegate>

namespace pressdesk {

// Paints text whose matched words are wrapped in \x02 ... \x03 (search snippets) with
// those words in bold, elided to the cell. When the first match would fall past the cell's
// end, the words before it give way to an ellipsis, so that the match is seen.
class HighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The snippet without its markers (for tooltips, copying).
    static QString plainText(const QString &marked);
    // The marked text as a cell `width` pixels wide shows it: whole when its first match fits,
    // else from "…" and the words just before that match.
    static QString inView(const QString &marked, int width, const QFontMetrics &normal, const QFontMetrics &bold);
};

} // namespace pressdesk
