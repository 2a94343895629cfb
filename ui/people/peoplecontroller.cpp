#include "peoplecontroller.h"

#include "peopledialog.h"
#include "peoplewords.h"
#include "storage/database.h"
#include "storage/teamrepository.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace pressdesk {

PeopleController::PeopleController(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_people(new QAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&People…"), window))
{
    m_people->setObjectName(QStringLiteral("peopleAction"));
    connect(m_people, &QAction::triggered, this, &PeopleController::showPeople);
    updateAction();
}

void PeopleController::updateAction()
{
    QString why;
    if (!m_database.isServer()) {
        why = tr("A Pressdesk file has one person, you, with every role; people are managed on a team newsroom "
                 "(File ▸ Connect to Team Newsroom…).");
    } else {
        const QString role = TeamRepository(m_database).currentRole();
        if (role != QLatin1String("admin") && role != QLatin1String("owner"))
            why = tr("Only admins manage people; you are %1 here.")
                      .arg(role.isEmpty() ? tr("no person of this newsroom") : PeopleWords::roleTitle(role));
    }
    m_people->setEnabled(why.isEmpty());
    const QString tip = why.isEmpty() ? tr("Add people to this newsroom, change their roles or remove them") : why;
    m_people->setToolTip(tip);
    m_people->setStatusTip(tip);
}

void PeopleController::showPeople()
{
    PeopleDialog dialog(m_database, m_window);
    dialog.exec();
}

void PeopleController::addMenu(QMenuBar *bar)
{
    // No access key: every letter of its name is taken by an editor's fields in some
    // language (tst_accessibility); F10 and the arrows reach it.
    auto *newsroom = new QMenu(tr("Newsroom"), bar);
    newsroom->setObjectName(QStringLiteral("newsroomMenu"));
    newsroom->addAction(m_people);
    if (auto *help = bar->findChild<QMenu *>(QStringLiteral("helpMenu")))
        bar->insertMenu(help->menuAction(), newsroom);
    else
        bar->addMenu(newsroom);
}

} // namespace pressdesk
