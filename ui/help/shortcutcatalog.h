#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenuBar;
class QWidget;

namespace pressdesk {

// The keyboard shortcuts of the window, read from its actions so the list never goes
// stale: every menu of the menu bar, the release body's formatting actions and the keys
// Qt's widgets give every form.
class ShortcutCatalog final
{
public:
    struct Entry
    {
        QString group;
        QString name;
        QList<QKeySequence> keys;
        QString keyText; // when no QKeySequence says it ("Alt + underlined letter")
    };

    static QList<Entry> forMainWindow(const QMainWindow *window);
    // Every action with a shortcut in the bar's menus (and their sub-menus), grouped by menu.
    static QList<Entry> fromMenuBar(const QMenuBar *bar);
    // The actions with a shortcut that a widget holds (QWidget::actions()).
    static QList<Entry> fromWidget(const QWidget *widget, const QString &group);
    static QList<Entry> generalKeys();
    // Shortcuts that two enabled actions of the window could both answer at once (their
    // contexts overlap), one line each: "Ctrl+S: Save, Save All".
    static QStringList conflicts(const QWidget *window);
    // "&Save…" -> "Save".
    static QString plainName(const QString &text);
    static QString keysText(const Entry &entry);
};

} // namespace pressdesk
