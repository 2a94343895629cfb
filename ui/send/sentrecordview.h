#pragma once

#include "storage/outboxstore.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

class QTabWidget;

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
    // A page "sentPage" of tabs holding a new view, read again whenever the page is shown
    // (the outbox is written on threads of its own).
    static SentRecordView *addPage(QTabWidget *tabs, Database &database, const QString &title);

    // Shows the record of another release (0: one not saved yet).
    void setRelease(qint64 releaseId);
    void reload();
    // Messages queued for SMTP, after the last reload.
    int waitingCount() const { return m_waiting; }
    // Messages whose delivery is uncertain (in flight when Pressdesk stopped), after the last reload.
    const QList<OutboxMessage> &uncertainMessages() const { return m_uncertain; }
    QTreeWidget *tree() const { return m_tree; }

private:
    Database &m_database;
    qint64 m_releaseId = 0;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    int m_waiting = 0;
    QList<OutboxMessage> m_uncertain;
};

} // namespace pressdesk
