#pragma once

#include "shortcutcatalog.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace pressdesk {

// Help ▸ Keyboard Shortcuts: the catalog's entries grouped by menu, with a filter field
// that matches action names and keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutCatalog::Entry> &entries, QWidget *parent = nullptr);

    void setFilter(const QString &text);

private:
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace pressdesk
