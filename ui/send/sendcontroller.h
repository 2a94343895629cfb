#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace pressdesk {

class Database;
class OutboxRetry;

// File ▸ Send to Media… (Ctrl+Shift+M): owns the action, enabled while a release is open
// or selected, and opens SendDialog for it; and OutboxRetry, which sends what waits in the
// outbox when the connection is back, saying so in the status bar.
class SendController final : public QObject
{
    Q_OBJECT

public:
    // currentRelease: the release in front (0 when none); prepare: called first (to save
    // what an editor holds), false cancels.
    SendController(
        Database &database, QWidget *window, std::function<qint64()> currentRelease, std::function<bool()> prepare);

    QAction *sendAction() const { return m_action; }
    // Tries the outbox again by itself while the window is open.
    OutboxRetry *outboxRetry() const { return m_retry; }
    void updateAction();

private:
    void openDialog();

    Database &m_database;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
    OutboxRetry *m_retry = nullptr;
    std::function<qint64()> m_currentRelease;
    std::function<bool()> m_prepare;
};

} // namespace pressdesk
