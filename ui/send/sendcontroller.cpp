#include "sendcontroller.h"

#include "senddialog.h"

#include <QAction>
#include <QWidget>

namespace pressdesk {

SendController::SendController(
    Database &database, QWidget *window, std::function<qint64()> currentRelease, std::function<bool()> prepare)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_currentRelease(std::move(currentRelease))
    , m_prepare(std::move(prepare))
{
    m_action = new QAction(tr("Send to &Media…"), window);
    m_action->setObjectName(QStringLiteral("sendToMediaAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_action->setStatusTip(tr("E-mail the current release to media lists and people"));
    connect(m_action, &QAction::triggered, this, &SendController::openDialog);
    updateAction();
}

void SendController::updateAction()
{
    m_action->setEnabled(m_currentRelease && m_currentRelease() > 0);
}

void SendController::openDialog()
{
    const qint64 id = m_currentRelease ? m_currentRelease() : 0;
    if (id <= 0 || (m_prepare && !m_prepare()))
        return;
    auto *dialog = new SendDialog(m_database, id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pressdesk
