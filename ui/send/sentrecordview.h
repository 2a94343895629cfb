#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pressdesk {

class Database;

// The record of a release's distribution: who got which version (language and revision),
// when, how (draft or SMTP) and in what state (queued, sending, sent, failed, uncertain),
// with the server's reply; read from the outbox through core (Outbox), for the release
// and its translations.
class SentRecordView final : public QWidget
{
    Q_OBJECT

public:
    SentRecordView(Database &database, qint64 releaseId, QWidget *parent = nullptr);

    void reload();
    // Messages waiting (queued or uncertain) for SMTP, after the last reload.
    int waitingCount() const { return m_waiting; }
    QTreeWidget *tree() const { return m_tree; }

private:
    Database &m_database;
    qint64 m_releaseId = 0;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    int m_waiting = 0;
};

} // namespace pressdesk
