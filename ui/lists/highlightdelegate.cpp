#include "highlightdelegate.h"

#include "search/snippet.h"

#include <QApplication>
#include <QPainter>

namespace pressdesk {

QString HighlightDelegate::plainText(const QString &marked)
{
    QString text = marked;
    text.remove(Snippet::highlightStart);
    text.remove(Snippet::highlightEnd);
    return text;
}

QString HighlightDelegate::inView(
    const QString &marked, int width, const QFontMetrics &normal, const QFontMetrics &bold)
{
    const qsizetype start = marked.indexOf(Snippet::highlightStart);
    if (start <= 0)
        return marked;
    qsizetype end = marked.indexOf(Snippet::highlightEnd, start);
    if (end < 0)
        end = marked.size();
    const int matchWidth = bold.horizontalAdvance(marked.mid(start + 1, end - start - 1));
    QString before = marked.left(start);
    before.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (normal.horizontalAdvance(before) + matchWidth <= width)
        return marked;
    // The words nearest the match that fit beside it, after an ellipsis; none if none fit.
    const QString ellipsis = QStringLiteral("…");
    qsizetype cut = 0;
    while (cut < start) {
        qsizetype space = cut;
        while (space < start && !marked.at(space).isSpace())
            ++space;
        cut = space < start ? space + 1 : start;
        if (normal.horizontalAdvance(ellipsis + before.mid(cut)) + matchWidth <= width)
            break;
    }
    return ellipsis + marked.mid(cut);
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    painter->save();
    painter->setClipRect(area);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    QFont normal = opt.font;
    QFont bold = opt.font;
    bold.setBold(true);
    const QString marked = inView(text, area.width(), QFontMetrics(normal), QFontMetrics(bold));
    int x = area.left();
    const int baseline = area.top() + (area.height() + opt.fontMetrics.ascent() - opt.fontMetrics.descent()) / 2;
    bool inMatch = false;
    QString run;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        const QFont &font = inMatch ? bold : normal;
        painter->setFont(font);
        const QFontMetrics metrics(font);
        const int room = area.right() - x;
        const QString shown =
            metrics.horizontalAdvance(run) > room ? metrics.elidedText(run, Qt::ElideRight, room) : run;
        painter->drawText(x, baseline, shown);
        x += metrics.horizontalAdvance(shown);
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == Snippet::highlightStart || c == Snippet::highlightEnd) {
            flush();
            inMatch = c == Snippet::highlightStart;
        } else if (x < area.right()) {
            run.append(c == QLatin1Char('\n') ? QLatin1Char(' ') : c);
        }
    }
    flush();
    painter->restore();
}

} // namespace pressdesk
