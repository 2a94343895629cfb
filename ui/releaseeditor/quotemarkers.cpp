#include "quotemarkers.h"

#include "editor/richtextedit.h"
#include "text/bodyblocks.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

namespace pressdesk {

namespace {

const QColor accent(0x1d, 0x4e, 0x89);

} // namespace

QuoteMarkers::QuoteMarkers(RichTextEdit *edit)
    : QWidget(edit)
    , m_edit(edit)
{
    setObjectName(QStringLiteral("quoteMarkers"));
    setMouseTracking(true);
    // A click on a marker takes the focus from the text, so Ctrl+Z then undoes the move,
    // not the last words typed.
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Quote places in the body"));
    setAccessibleDescription(tr("Each quote is set between the paragraphs where its badge is. Move a quote with "
                                "Alt+Up and Alt+Down in the Quotes tab, or Insert Quote Here at the cursor."));
    edit->setGutterWidth(gutterWidth);
    edit->setOverlay([this](QPainter &painter) { paintOverlay(painter); });
    edit->installEventFilter(this);
    connect(edit->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(edit->document(), &QTextDocument::contentsChanged, this, qOverload<>(&QWidget::update));
    connect(edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        qOverload<>(&QWidget::update));
    place();
}

void QuoteMarkers::setQuotes(const QList<int> &slots, const QStringList &labels)
{
    const BodyBlocks blocks(*m_edit->document());
    m_markers.clear();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        Marker marker;
        marker.label = labels.value(i);
        const int slot = std::clamp(slots.at(i), 0, blocks.count());
        marker.atEnd = slot >= blocks.count();
        marker.anchor = QTextCursor(m_edit->document());
        if (marker.atEnd)
            marker.anchor.movePosition(QTextCursor::End);
        else
            marker.anchor.setPosition(blocks.first(slot).position());
        m_markers.append(marker);
    }
    update();
    m_edit->viewport()->update();
}

int QuoteMarkers::slotOf(const Marker &marker) const
{
    const BodyBlocks blocks(*m_edit->document());
    return marker.atEnd ? blocks.count() : blocks.groupOf(marker.anchor.block());
}

QList<int> QuoteMarkers::slots() const
{
    const BodyBlocks blocks(*m_edit->document());
    QList<int> result;
    for (const Marker &marker : m_markers)
        result.append(marker.atEnd ? blocks.count() : blocks.groupOf(marker.anchor.block()));
    return result;
}

int QuoteMarkers::slotAtCursor() const
{
    const BodyBlocks blocks(*m_edit->document());
    const QTextBlock block = m_edit->textCursor().block();
    const int group = blocks.groupOf(block);
    // In an empty paragraph the quote goes where the writer's cursor is, before what follows.
    if (group < blocks.count() && block.blockNumber() < blocks.first(group).blockNumber())
        return group;
    return std::min(group + 1, blocks.count());
}

void QuoteMarkers::setCurrent(int index)
{
    m_current = index;
    update();
    m_edit->viewport()->update();
}

int QuoteMarkers::gapY(int slot) const
{
    const BodyBlocks blocks(*m_edit->document());
    const QAbstractTextDocumentLayout *layout = m_edit->document()->documentLayout();
    const int scroll = m_edit->verticalScrollBar()->value();
    if (blocks.count() == 0)
        return 6 - scroll;
    if (slot <= 0)
        return static_cast<int>(layout->blockBoundingRect(blocks.first(0)).top()) - scroll;
    if (slot >= blocks.count())
        return static_cast<int>(layout->blockBoundingRect(blocks.last(blocks.count() - 1)).bottom()) - scroll;
    const qreal above = layout->blockBoundingRect(blocks.last(slot - 1)).bottom();
    const qreal below = layout->blockBoundingRect(blocks.first(slot)).top();
    return static_cast<int>((above + below) / 2) - scroll;
}

int QuoteMarkers::nearestSlot(int y) const
{
    const int count = BodyBlocks(*m_edit->document()).count();
    int best = 0;
    int bestDistance = std::numeric_limits<int>::max();
    for (int slot = 0; slot <= count; ++slot) {
        const int distance = std::abs(gapY(slot) - y);
        if (distance < bestDistance) {
            best = slot;
            bestDistance = distance;
        }
    }
    return best;
}

QRect QuoteMarkers::badgeRect(int slot) const
{
    return QRect(3, gapY(slot) - 9, gutterWidth - 6, 18);
}

int QuoteMarkers::markerAt(const QPoint &point) const
{
    // Of the quotes sharing a gap, the last one (the badge shows all their numbers).
    for (int i = static_cast<int>(m_markers.size()) - 1; i >= 0; --i) {
        if (badgeRect(slotOf(m_markers.at(i))).contains(point))
            return i;
    }
    return -1;
}

void QuoteMarkers::place()
{
    const QRect viewport = m_edit->viewport()->geometry();
    setGeometry(viewport.left() - gutterWidth, viewport.top(), gutterWidth, viewport.height());
}

bool QuoteMarkers::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QWidget::eventFilter(watched, event);
}

bool QuoteMarkers::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = markerAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(),
                tr("Quote %1: %2\nDrag to move it in the body.").arg(index + 1).arg(m_markers.at(index).label), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void QuoteMarkers::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    QMap<int, QStringList> numbers;
    QMap<int, bool> current;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const int slot = slotOf(m_markers.at(i));
        numbers[slot].append(QString::number(i + 1));
        current[slot] = current.value(slot) || i == m_current;
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    painter.setFont(small);
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        const QRect badge = badgeRect(it.key());
        painter.setPen(Qt::NoPen);
        painter.setBrush(current.value(it.key()) ? accent : accent.lighter(160));
        painter.drawRoundedRect(badge, 4, 4);
        painter.setPen(Qt::white);
        const QString text = it.value().size() > 2 ? QStringLiteral("\u275D") : it.value().join(QLatin1Char(','));
        painter.drawText(badge, Qt::AlignCenter, text);
    }
    if (m_dropSlot >= 0) {
        painter.setPen(QPen(accent, 2));
        painter.drawLine(0, gapY(m_dropSlot), width(), gapY(m_dropSlot));
    }
}

void QuoteMarkers::paintOverlay(QPainter &painter) const
{
    QSet<int> drawn;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const int slot = slotOf(m_markers.at(i));
        if (drawn.contains(slot))
            continue;
        drawn.insert(slot);
        const int y = gapY(slot);
        QPen pen(i == m_current ? accent : accent.lighter(160), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(0, y, m_edit->viewport()->width(), y);
    }
    if (m_dropSlot >= 0) {
        painter.setPen(QPen(accent, 2));
        painter.drawLine(0, gapY(m_dropSlot), m_edit->viewport()->width(), gapY(m_dropSlot));
    }
}

void QuoteMarkers::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? markerAt(event->position().toPoint()) : -1;
    if (m_pressed >= 0)
        setFocus(Qt::MouseFocusReason);
    m_pressPoint = event->position().toPoint();
    m_dropSlot = -1;
}

void QuoteMarkers::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed < 0) {
        setCursor(markerAt(event->position().toPoint()) >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if ((event->position().toPoint() - m_pressPoint).manhattanLength() < 4 && m_dropSlot < 0)
        return;
    setCursor(Qt::ClosedHandCursor);
    m_dropSlot = nearestSlot(event->position().toPoint().y());
    update();
    m_edit->viewport()->update();
}

void QuoteMarkers::mouseReleaseEvent(QMouseEvent *)
{
    const int pressed = std::exchange(m_pressed, -1);
    const int slot = std::exchange(m_dropSlot, -1);
    setCursor(Qt::ArrowCursor);
    update();
    m_edit->viewport()->update();
    if (pressed < 0)
        return;
    if (slot < 0)
        Q_EMIT quoteClicked(pressed);
    else
        Q_EMIT quoteDropped(pressed, slot);
}

} // namespace pressdesk
