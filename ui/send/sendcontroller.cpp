#include "sendcontroller.h"

#include "outboxretry.h"
#include "senddialog.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
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
    m_retry = new OutboxRetry(database, this);
    connect(m_retry, &OutboxRetry::passFinished, this, [this](const OutboxRunner::Summary &summary) {
        auto *main = qobject_cast<QMainWindow *>(m_window);
        if (!main)
            return;
        if (summary.uncertainFound > 0)
            main->statusBar()->showMessage(tr("%n message(s) were being sent when Pressdesk stopped: they may or may "
                                              "not have arrived. Review them under Send to Media ▸ Record.",
                nullptr, summary.uncertainFound));
        else if (summary.sent > 0)
            main->statusBar()->showMessage(
                tr("%n message(s) that waited in the outbox were sent.", nullptr, summary.sent), 10'000);
    });
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
