#include "publishcontroller.h"

#include "publishdialog.h"

#include <QAction>
#include <QWidget>

namespace pressdesk {

PublishController::PublishController(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    m_action = new QAction(tr("Publish Press &Room…"), window);
    m_action->setObjectName(QStringLiteral("publishSiteAction"));
    m_action->setStatusTip(tr("Write the published releases as a website with feeds"));
    connect(m_action, &QAction::triggered, this, &PublishController::openDialog);
}

void PublishController::openDialog()
{
    auto *dialog = new PublishDialog(m_database, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PublishDialog::published, this, &PublishController::message);
    dialog->open();
}

} // namespace pressdesk
