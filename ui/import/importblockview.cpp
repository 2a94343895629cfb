#include "importblockview.h"

#include "widgets/themecolors.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace pressdesk {

namespace {

constexpr int fieldRole = Qt::UserRole + 1;
constexpr int confidenceRole = Qt::UserRole + 2;
constexpr int manualRole = Qt::UserRole + 3;
constexpr int margin = 6;

using Field = ReleasePlan::Field;

// A block: a band with its field's name on the left, its text wrapped on a tint of the field's hue.
class BlockDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int labelWidth(const QFont &font)
    {
        QFont bold = font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        int widest = 0;
        for (int f = 0; f < ReleasePlan::fieldCount; ++f)
            widest = qMax(widest, metrics.horizontalAdvance(ImportBlockView::fieldName(static_cast<Field>(f))));
        return widest + 2 * margin + 4;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = qMax(200, option.rect.width() > 0 ? option.rect.width() : 600);
        const int textWidth = width - labelWidth(option.font) - 3 * margin;
        const QFontMetrics metrics(option.font);
        const QRect bounds = metrics.boundingRect(
            QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        const int labelHeight = 2 * metrics.height();
        return { width, qMax(bounds.height(), labelHeight) + 2 * margin + 2 };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto field = static_cast<Field>(index.data(fieldRole).toInt());
        const QPalette &palette = option.palette;
        const QColor hue = ImportBlockView::fieldHue(field);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect rect = option.rect.adjusted(0, 1, 0, -1);
        painter->save();
        painter->fillRect(
            rect, ThemeColors::mix(palette.color(QPalette::Base), hue, field == Field::Ignored ? 0.08 : 0.22));
        const int label = labelWidth(option.font);
        const QRect band(rect.left(), rect.top(), label, rect.height());
        painter->fillRect(band, ThemeColors::mix(palette.color(QPalette::Base), hue, 0.5));
        if (selected) {
            QPen pen(palette.color(QPalette::Highlight), 2);
            painter->setPen(pen);
            painter->drawRect(rect.adjusted(1, 1, -1, -1));
        }
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QFontMetrics metrics(option.font);
        painter->drawText(
            band.adjusted(margin, margin, -margin, 0), Qt::AlignLeft | Qt::AlignTop, ImportBlockView::fieldName(field));
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(ThemeColors::secondaryText(palette));
        const QString sure = index.data(manualRole).toBool()
            ? ImportBlockView::tr("your choice")
            : ImportBlockView::tr("%1 % sure").arg(qRound(index.data(confidenceRole).toDouble() * 100));
        painter->drawText(
            band.adjusted(margin, margin + metrics.height(), -margin, 0), Qt::AlignLeft | Qt::AlignTop, sure);
        painter->setFont(option.font);
        painter->setPen(field == Field::Ignored ? ThemeColors::secondaryText(palette) : palette.color(QPalette::Text));
        painter->drawText(rect.adjusted(label + margin, margin, -margin, -margin), Qt::TextWordWrap,
            index.data(Qt::DisplayRole).toString());
        painter->restore();
    }
};

} // namespace

ImportBlockView::ImportBlockView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("importBlockView"));
    setAccessibleName(tr("Blocks of the pasted text"));
    setItemDelegate(new BlockDelegate(this));
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSpacing(1);
    for (int f = 0; f < fieldCount(); ++f) {
        const auto field = static_cast<Field>(f);
        auto *action = new QAction(tr("Move to %1").arg(fieldName(field)), this);
        if (field == Field::Ignored)
            action->setText(tr("Ignore"));
        action->setObjectName(QStringLiteral("assign_") + ReleasePlan::key(field));
        // The key is handled by keyPressEvent (a bare letter must not shadow typing
        // elsewhere in the dialog); the menu shows it.
        action->setText(action->text() + QLatin1Char('\t') + fieldKey(field).toString(QKeySequence::NativeText));
        connect(action, &QAction::triggered, this, [this, field] {
            if (currentRow() >= 0)
                Q_EMIT reassignRequested(currentRow(), field);
        });
        addAction(action);
        m_fieldActions.append(action);
    }
}

int ImportBlockView::fieldCount()
{
    return ReleasePlan::fieldCount;
}

QString ImportBlockView::fieldName(ReleasePlan::Field field)
{
    switch (field) {
    case Field::Headline:
        return tr("Headline");
    case Field::Subheadline:
        return tr("Subheadline");
    case Field::Lead:
        return tr("Lead");
    case Field::Body:
        return tr("Body");
    case Field::Quote:
        return tr("Quote");
    case Field::Notes:
        return tr("Notes");
    case Field::Boilerplate:
        return tr("About");
    case Field::Ignored:
        break;
    }
    return tr("Ignored");
}

QColor ImportBlockView::fieldHue(ReleasePlan::Field field)
{
    switch (field) {
    case Field::Headline:
        return { 0xE0, 0x9B, 0x00 };
    case Field::Subheadline:
        return { 0xD8, 0xC0, 0x30 };
    case Field::Lead:
        return { 0x1F, 0x8F, 0xD0 };
    case Field::Body:
        return { 0x4C, 0xA6, 0x4C };
    case Field::Quote:
        return { 0x8E, 0x5B, 0xD0 };
    case Field::Notes:
        return { 0xD0, 0x4F, 0x6A };
    case Field::Boilerplate:
        return { 0x5F, 0x8A, 0x9A };
    case Field::Ignored:
        break;
    }
    return { 0x90, 0x90, 0x90 };
}

QKeySequence ImportBlockView::fieldKey(ReleasePlan::Field field)
{
    switch (field) {
    case Field::Headline:
        return QKeySequence(Qt::Key_H);
    case Field::Subheadline:
        return QKeySequence(Qt::Key_S);
    case Field::Lead:
        return QKeySequence(Qt::Key_L);
    case Field::Body:
        return QKeySequence(Qt::Key_B);
    case Field::Quote:
        return QKeySequence(Qt::Key_Q);
    case Field::Notes:
        return QKeySequence(Qt::Key_N);
    case Field::Boilerplate:
        return QKeySequence(Qt::Key_A);
    case Field::Ignored:
        break;
    }
    return QKeySequence(Qt::Key_I);
}

void ImportBlockView::setPlan(const ReleasePlan &plan)
{
    const int row = currentRow();
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    if (count() != plan.items.size()) {
        clear();
        for (const ReleasePlan::Item &block : plan.items) {
            auto *item = new QListWidgetItem(block.block.text, this);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    for (int i = 0; i < plan.items.size(); ++i) {
        const ReleasePlan::Item &block = plan.items.at(i);
        QListWidgetItem *shown = item(i);
        shown->setData(fieldRole, static_cast<int>(block.field));
        shown->setData(confidenceRole, block.confidence);
        shown->setData(manualRole, block.manual);
        shown->setToolTip(tr("%1 (%2): right-click or press a key to move it")
                              .arg(fieldName(block.field), fieldKey(block.field).toString(QKeySequence::NativeText)));
        shown->setData(Qt::AccessibleDescriptionRole, fieldName(block.field));
    }
    if (row >= 0 && row < count())
        setCurrentRow(row);
    if (verticalScrollBar())
        verticalScrollBar()->setValue(scroll);
}

void ImportBlockView::contextMenuEvent(QContextMenuEvent *event)
{
    QListWidgetItem *under = itemAt(viewport()->mapFromGlobal(event->globalPos()));
    if (under)
        setCurrentItem(under);
    if (currentRow() < 0)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("importBlockMenu"));
    menu.addActions(m_fieldActions);
    menu.exec(event->globalPos());
}

void ImportBlockView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (currentRow() >= 0 && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            Q_EMIT reassignRequested(currentRow(), Field::Ignored);
            return;
        }
        for (int f = 0; f < fieldCount(); ++f) {
            const auto field = static_cast<Field>(f);
            if (QKeySequence(event->key()) == fieldKey(field)) {
                Q_EMIT reassignRequested(currentRow(), field);
                return;
            }
        }
    }
    QListWidget::keyPressEvent(event);
}

void ImportBlockView::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    doItemsLayout(); // wrapped heights follow the width
}

} // namespace pressdesk
