#include "appearance.h"

#include "preferences/preferences.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace pressdesk {

namespace {

struct SystemLook
{
    QString style;
    QPalette palette;
    bool overridden = false; // a light or dark palette replaced the system's
};

SystemLook &systemLook()
{
    static SystemLook look { QApplication::style()->name(), QApplication::palette(), false };
    return look;
}

} // namespace

QString Appearance::key(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Scheme Appearance::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Scheme::Light;
    if (key == QLatin1String("dark"))
        return Scheme::Dark;
    return Scheme::System;
}

Appearance::Scheme Appearance::scheme()
{
    return fromKey(Preferences::colorScheme());
}

void Appearance::setScheme(Scheme scheme)
{
    Preferences::setColorScheme(scheme == Scheme::System ? QString() : key(scheme));
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8f, 0x96);
    const QColor highlight(0x2f, 0x6f, 0xc0);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x54));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2c, 0x30));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4e, 0x54));
    return palette;
}

QPalette Appearance::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QApplication::palette();
    delete fusion;
    palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x6a, 0xb0));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x6a, 0xb0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

void Appearance::apply(Scheme scheme)
{
    SystemLook &system = systemLook();
    const QString fusion = QStringLiteral("Fusion");
    switch (scheme) {
    case Scheme::System:
        // Never touched: leave the platform theme in charge (it may change the palette live).
        if (!system.overridden)
            break;
        system.overridden = false;
        if (QApplication::style()->name().compare(system.style, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        break;
    case Scheme::Light:
        if (QApplication::style()->name().compare(fusion, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(fusion));
        QApplication::setPalette(lightPalette());
        system.overridden = true;
        break;
    case Scheme::Dark:
        // Fusion draws with the palette's colours; native styles may not.
        if (QApplication::style()->name().compare(fusion, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(fusion));
        QApplication::setPalette(darkPalette());
        system.overridden = true;
        break;
    }
}

} // namespace pressdesk
