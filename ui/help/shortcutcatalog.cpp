#include "shortcutcatalog.h"

#include "editor/richtexteditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace pressdesk {

namespace {

void addMenu(QList<ShortcutCatalog::Entry> &entries, const QMenu *menu, const QString &group)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(entries, sub, group);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            entries.append({ group, ShortcutCatalog::plainName(action->text()), action->shortcuts(), {} });
    }
}

// Where an action's shortcut can fire: nullptr for the whole window, else the widgets it
// was added to (a WidgetShortcut or WidgetWithChildrenShortcut context).
QList<const QWidget *> scopeOf(const QAction *action)
{
    QList<const QWidget *> widgets;
    if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
        return widgets;
    const QList<QObject *> objects = action->associatedObjects();
    for (const QObject *object : objects) {
        if (const auto *widget = qobject_cast<const QWidget *>(object); widget && !qobject_cast<const QMenu *>(widget))
            widgets.append(widget);
    }
    return widgets;
}

bool overlap(const QAction *a, const QAction *b)
{
    const QList<const QWidget *> first = scopeOf(a);
    const QList<const QWidget *> second = scopeOf(b);
    if (first.isEmpty() || second.isEmpty())
        return true;
    for (const QWidget *x : first) {
        for (const QWidget *y : second) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

} // namespace

QString ShortcutCatalog::plainName(const QString &text)
{
    QString name = text;
    name.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    name.remove(QLatin1Char('&'));
    name.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    if (name.endsWith(QStringLiteral("…")))
        name.chop(1);
    if (name.endsWith(QLatin1String("...")))
        name.chop(3);
    return name.trimmed();
}

QString ShortcutCatalog::keysText(const Entry &entry)
{
    if (!entry.keyText.isEmpty())
        return entry.keyText;
    QStringList keys;
    for (const QKeySequence &key : entry.keys)
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QLatin1String(", "));
}

QList<ShortcutCatalog::Entry> ShortcutCatalog::fromMenuBar(const QMenuBar *bar)
{
    QList<Entry> entries;
    const QList<QAction *> menus = bar->actions();
    for (const QAction *top : menus) {
        if (const QMenu *menu = top->menu())
            addMenu(entries, menu, plainName(top->text()));
    }
    return entries;
}

QList<ShortcutCatalog::Entry> ShortcutCatalog::fromWidget(const QWidget *widget, const QString &group)
{
    QList<Entry> entries;
    const QList<QAction *> actions = widget->actions();
    for (const QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            entries.append({ group, plainName(action->text()), action->shortcuts(), {} });
    }
    return entries;
}

QList<ShortcutCatalog::Entry> ShortcutCatalog::generalKeys()
{
    const QString group = QCoreApplication::translate("ShortcutCatalog", "Everywhere");
    return {
        { group, QCoreApplication::translate("ShortcutCatalog", "Next or previous field"), {},
            QCoreApplication::translate("ShortcutCatalog", "Tab, Shift+Tab") },
        { group, QCoreApplication::translate("ShortcutCatalog", "Go to a field or button"), {},
            QCoreApplication::translate("ShortcutCatalog", "Alt + the underlined letter") },
        { group, QCoreApplication::translate("ShortcutCatalog", "Next or previous tab"), {},
            QCoreApplication::translate("ShortcutCatalog", "Ctrl+Tab, Ctrl+Shift+Tab") },
        { group, QCoreApplication::translate("ShortcutCatalog", "Open the selected row"), {},
            QCoreApplication::translate("ShortcutCatalog", "Enter") },
        { group, QCoreApplication::translate("ShortcutCatalog", "Take a suggestion of a picker"), {},
            QCoreApplication::translate("ShortcutCatalog", "Down, then Enter") },
        { group, QCoreApplication::translate("ShortcutCatalog", "Close a dialog"), {},
            QCoreApplication::translate("ShortcutCatalog", "Esc") },
    };
}

QList<ShortcutCatalog::Entry> ShortcutCatalog::forMainWindow(const QMainWindow *window)
{
    QList<Entry> entries = fromMenuBar(window->menuBar());
    // The body editor's formatting actions exist only in open editors; a scratch one
    // lists them whether or not an editor is open.
    const RichTextEditor body;
    entries += fromWidget(&body, QCoreApplication::translate("ShortcutCatalog", "Release body text"));
    const QString quotes = QCoreApplication::translate("ShortcutCatalog", "Quotes in the body");
    entries.append({ quotes, QCoreApplication::translate("ShortcutCatalog", "Insert a quote at the cursor"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q) }, {} });
    entries.append({ quotes, QCoreApplication::translate("ShortcutCatalog", "Move the selected quote up or down"), {},
        QCoreApplication::translate("ShortcutCatalog", "Alt+Up, Alt+Down") });
    entries.append({ QCoreApplication::translate("ShortcutCatalog", "Comments"),
        QCoreApplication::translate("ShortcutCatalog", "Comment on the field you are in"),
        { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M) }, {} });
    entries += generalKeys();
    return entries;
}

QStringList ShortcutCatalog::conflicts(const QWidget *window)
{
    QHash<QKeySequence, QList<const QAction *>> byKey;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        // Only actions added to a widget have a live shortcut.
        if (!action->isEnabled() || !action->isVisible() || action->associatedObjects().isEmpty())
            continue;
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : keys)
            byKey[key].append(action);
    }
    QStringList lines;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const QList<const QAction *> &sharing = it.value();
        QStringList names;
        for (qsizetype i = 0; i < sharing.size(); ++i) {
            for (qsizetype j = i + 1; j < sharing.size(); ++j) {
                if (!overlap(sharing.at(i), sharing.at(j)))
                    continue;
                for (const QAction *action : { sharing.at(i), sharing.at(j) }) {
                    const QString name =
                        action->objectName().isEmpty() ? plainName(action->text()) : action->objectName();
                    if (!names.contains(name))
                        names.append(name);
                }
            }
        }
        if (!names.isEmpty())
            lines.append(
                it.key().toString(QKeySequence::PortableText) + QLatin1String(": ") + names.join(QLatin1String(", ")));
    }
    lines.sort();
    return lines;
}

} // namespace pressdesk
