#include "pagepreview.h"

#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace pressdesk {

namespace {

constexpr int gap = 12; // around and between pages, pixels

} // namespace

PagePreview::PagePreview(QWidget *parent)
    : QScrollArea(parent)
    , m_desk(new QWidget)
    , m_layout(new QVBoxLayout(m_desk))
{
    m_layout->setContentsMargins(gap, gap, gap, gap);
    m_layout->setSpacing(gap);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // A grey desk whatever the colour scheme; the pages are paper.
    m_desk->setObjectName(QStringLiteral("previewDesk"));
    m_desk->setAutoFillBackground(true);
    QPalette desk = m_desk->palette();
    desk.setColor(QPalette::Window, QColor(0x8a, 0x91, 0x99));
    m_desk->setPalette(desk);
    setWidget(m_desk);
    setWidgetResizable(true);
    setFocusPolicy(Qt::StrongFocus);
}

int PagePreview::pageWidth() const
{
    return std::max(160, viewport()->width() - 2 * gap);
}

void PagePreview::setPages(const QList<QImage> &pages, const QStringList &texts)
{
    const int position = verticalScrollBar()->value();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts = texts;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto *page = new QLabel(m_desk);
        page->setObjectName(QStringLiteral("previewPage%1").arg(i + 1));
        page->setPixmap(QPixmap::fromImage(pages.at(i)));
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        page->setAccessibleDescription(texts.value(i));
        m_layout->addWidget(page);
        page->show();
    }
    m_drawnWidth = pageWidth();
    m_desk->adjustSize();
    verticalScrollBar()->setValue(position);
}

void PagePreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_drawnWidth > 0 && std::abs(pageWidth() - m_drawnWidth) > 8)
        Q_EMIT widthChanged();
}

} // namespace pressdesk
