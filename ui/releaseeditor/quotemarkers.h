#pragma once

#include <QList>
#include <QStringList>
#include <QTextCursor>
#include <QWidget>

namespace pressdesk {

class RichTextEdit;

// Where the release's quotes stand in the body, shown in the body editor: a numbered
// badge in a gutter on the left and a dashed rule between the paragraphs, at each quote's
// place. Each quote's place is held by a text cursor, so it follows the text as the writer
// edits above or below it. A click on a badge selects its quote; dragging a badge moves the
// quote to the gap nearest the mouse.
class QuoteMarkers final : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteMarkers(RichTextEdit *edit);

    // One slot per quote, in the terms of Quote::placement (already resolved, >= 0), and
    // the words shown for it (the speaker).
    void setQuotes(const QList<int> &slots, const QStringList &labels);
    // The slots now, after the writer's edits to the body.
    QList<int> slots() const;
    // The slot just after the top-level block holding the text cursor (0 in an empty body).
    int slotAtCursor() const;
    void setCurrent(int index);
    // Where the badge of a gap is drawn, in this widget's coordinates.
    QRect badgeRect(int slot) const;

    static constexpr int gutterWidth = 30;

Q_SIGNALS:
    void quoteClicked(int index);
    void quoteDropped(int index, int slot);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Marker
    {
        QTextCursor anchor; // at the start of the block after the quote
        bool atEnd = false; // after the whole body
        QString label;
    };
    int slotOf(const Marker &marker) const;
    // The y of the gap before top-level block slot (after the last one for count()), in
    // the viewport's coordinates, which are this widget's too.
    int gapY(int slot) const;
    int nearestSlot(int y) const;
    // The marker whose badge is at this point, or -1.
    int markerAt(const QPoint &point) const;
    void paintOverlay(QPainter &painter) const;
    void place();

    RichTextEdit *m_edit;
    QList<Marker> m_markers;
    int m_current = -1;
    int m_pressed = -1;
    int m_dropSlot = -1;
    QPoint m_pressPoint;
};

} // namespace pressdesk
