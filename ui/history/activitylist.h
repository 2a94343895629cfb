#pragma once

#include <QTreeWidget>

namespace pressdesk {

class Database;

// A release's activity log (TeamRepository::activity), newest first: who did what and when,
// each action in words, the messages sent included (schema 12: "sent").
class ActivityList final : public QTreeWidget
{
    Q_OBJECT

public:
    ActivityList(Database &database, qint64 releaseId, QWidget *parent = nullptr);

    void reload();
    // What an activity row says, in the interface's language.
    static QString describe(const QString &action, const QString &detail);

private:
    Database &m_database;
    qint64 m_releaseId = 0;
};

} // namespace pressdesk
