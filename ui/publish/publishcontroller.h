#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pressdesk {

class Database;

// File ▸ Publish Press Room…: owns the action and opens PublishDialog.
class PublishController final : public QObject
{
    Q_OBJECT

public:
    PublishController(Database &database, QWidget *window);

    QAction *publishAction() const { return m_action; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void openDialog();

    Database &m_database;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
};

} // namespace pressdesk
