#pragma once

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

// Checks shared by the accessibility tests: every control a user can reach has a name for
// screen readers, and the Alt+letter mnemonics of what is on screen do not clash.
namespace accessibilityaudit {

inline QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty() && widget->parentWidget())
        name = QLatin1String("(child of ") + widget->parentWidget()->objectName() + QLatin1Char(')');
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + name;
}

inline QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Visible widgets that take focus but have no accessible name (their own, or their
// buddy label's text).
inline QStringList unnamedControls(QWidget *root)
{
    QStringList offenders;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->window() != root->window())
            continue;
        // Focus passes on to the proxy, which is checked itself.
        if (widget->isWindow() || widget->focusProxy())
            continue;
        // The editor inside a combo box or spin box: the outer control carries the name.
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
            continue;
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            // A tab bar is read tab by tab: each tab needs a text.
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).trimmed().isEmpty() && tabs->accessibleTabName(i).isEmpty())
                    offenders.append(describe(widget) + QStringLiteral(" tab %1").arg(i));
            }
            continue;
        }
        if (accessibleName(widget).isEmpty())
            offenders.append(describe(widget));
    }
    return offenders;
}

inline QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

// Mnemonics that two visible controls of the window share, and labels whose mnemonic
// leads nowhere (no buddy).
inline QStringList mnemonicProblems(QWidget *window)
{
    QMap<QString, QStringList> owners;
    QStringList problems;
    auto add = [&owners](const QString &text, const QString &who) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            owners[key].append(who);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = main->menuBar()->actions();
        for (const QAction *menu : menus)
            add(menu->text(), QLatin1String("menu ") + menu->text());
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                add(label->text(), describe(label));
            else if (label->textFormat() != Qt::RichText && !mnemonicOf(label->text()).isEmpty())
                problems.append(QLatin1String("mnemonic without buddy: ") + describe(label));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text(), describe(button));
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(group->title(), describe(group));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), describe(tabs) + QLatin1String(" tab ") + tabs->tabText(i));
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems.append(it.key() + QLatin1String(" used by ") + it.value().join(QLatin1String(", ")));
    }
    return problems;
}

// Letters that two items of one menu share: with the menu open, such a letter only moves
// between the items instead of choosing one.
inline QStringList menuMnemonicProblems(const QMenu *menu)
{
    QStringList problems;
    QMap<QString, QStringList> owners;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = mnemonicOf(action->text());
        if (!key.isEmpty())
            owners[key].append(action->text());
        if (const QMenu *submenu = action->menu())
            problems += menuMnemonicProblems(submenu);
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems.append(QStringLiteral("menu %1: %2 used by %3")
                                .arg(menu->title(), it.key(), it.value().join(QLatin1String(", "))));
    }
    return problems;
}

} // namespace accessibilityaudit
