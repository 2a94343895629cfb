#pragma once

#include <QObject>

class QAction;
class QWidget;

class QMenuBar;

namespace pressdesk {

class Database;

// Newsroom ▸ People…: enabled for the admins (and the owner) of a team newsroom; for anyone
// else its tooltip and status tip say why not. Opens the PeopleDialog.
class PeopleController final : public QObject
{
    Q_OBJECT

public:
    PeopleController(Database &database, QWidget *window);

    QAction *peopleAction() const { return m_people; }
    // The Newsroom menu with People…, before Help when the bar has it.
    void addMenu(QMenuBar *bar);
    // Reads this connection's role again and enables the action or says why not.
    void updateAction();
    void showPeople();

private:
    Database &m_database;
    QWidget *m_window;
    QAction *m_people;
};

} // namespace pressdesk
