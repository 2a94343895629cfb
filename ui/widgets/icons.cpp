#include "icons.h"

#include <QPainter>
#include <QPixmap>

namespace pressdesk {

QIcon Icons::themed(const QString &themeName, const QString &ownName)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(ownName)));
}

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/icons/pressdesk.svg"));
}

QIcon Icons::tintedWhenSelected(const QIcon &icon, const QColor &color)
{
    // Pixmaps in device pixels, up to twice the usual sizes for high-density screens (an
    // SVG icon engine keeps one added pixmap per mode only).
    QIcon tinted;
    for (const int size : { 16, 22, 24, 32, 44, 48, 64 }) {
        const QPixmap normal = icon.pixmap(QSize(size, size), 1.0);
        if (normal.isNull())
            continue;
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), color);
        painter.end();
        tinted.addPixmap(normal, QIcon::Normal);
        tinted.addPixmap(selected, QIcon::Selected);
    }
    return tinted.isNull() ? icon : tinted;
}

} // namespace pressdesk
