#pragma once

#include "import/releaseplan.h"

#include <QKeySequence>
#include <QListWidget>

namespace pressdesk {

// The pasted text as blocks, each tinted and labelled with the field it went to. A block is
// moved to another field from its context menu or with a key (H headline, S subheadline,
// L lead, B body, Q quote, N notes, A about, I or Delete ignore); the view only asks, through
// reassignRequested, and shows the plan it is given.
class ImportBlockView final : public QListWidget
{
    Q_OBJECT

public:
    explicit ImportBlockView(QWidget *parent = nullptr);

    void setPlan(const ReleasePlan &plan);
    static int fieldCount();
    static QString fieldName(ReleasePlan::Field field);
    static QColor fieldHue(ReleasePlan::Field field);
    static QKeySequence fieldKey(ReleasePlan::Field field);

Q_SIGNALS:
    void reassignRequested(int row, pressdesk::ReleasePlan::Field field);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<QAction *> m_fieldActions;
};

} // namespace pressdesk
