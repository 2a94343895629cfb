#include "statuspanel.h"

#include "storage/database.h"

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include <utility>

namespace pressdesk {

StatusPanel::StatusPanel(Database &database, QMainWindow *window, QWidget *undoButton, std::function<void()> autosave)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_autosave(std::move(autosave))
    , m_count(new QLabel(window))
    , m_path(new QLabel(window))
    , m_editorStatus(new QLabel(window))
{
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_path->setObjectName(QStringLiteral("databasePathLabel"));
    m_path->setText(m_database.isServer() ? tr("Team newsroom: %1").arg(m_database.path())
                                          : QDir::toNativeSeparators(m_database.path()));
    m_path->setToolTip(
        m_database.isServer() ? tr("The PostgreSQL server and database in use") : tr("The database file in use"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editorStatus->setObjectName(QStringLiteral("editorStatusLabel"));
    QStatusBar *bar = window->statusBar();
    bar->addWidget(m_count, 1);
    bar->addPermanentWidget(undoButton);
    bar->addPermanentWidget(m_editorStatus);
    bar->addPermanentWidget(m_path);
    connect(&m_database, &Database::writesHalted, this, &StatusPanel::writesHalted);
    connect(&m_database, &Database::reachabilityChanged, this, &StatusPanel::reachabilityChanged);
}

void StatusPanel::showCount(Section section, int count, bool capped, int cap)
{
    if (capped) {
        m_count->setText(tr("More than %n match(es)", nullptr, cap));
        return;
    }
    QString text;
    switch (section) {
    case Section::Releases:
        text = tr("%n release(s)", nullptr, count);
        break;
    case Section::Speakers:
        text = tr("%n speaker(s)", nullptr, count);
        break;
    case Section::Events:
        text = tr("%n event(s)", nullptr, count);
        break;
    case Section::Organizations:
        text = tr("%n organization(s)", nullptr, count);
        break;
    case Section::Trash:
        text = tr("%n item(s) in the trash", nullptr, count);
        break;
    case Section::Contacts: // the page counts its own rows
        break;
    }
    m_count->setText(text);
}

// The file was pulled from under Pressdesk (Database::guardWrites): say so once, keep every
// editor's text in the recovery copy beside the file, and write nothing more.
void StatusPanel::writesHalted(const QString &reason)
{
    m_autosave();
    auto *box =
        new QMessageBox(QMessageBox::Critical, tr("Pressdesk Stopped Saving"), reason, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("writesHaltedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_path->setText(tr("%1 (not saving)").arg(QDir::toNativeSeparators(m_database.path())));
}

// The team's server went away: say so where the newsroom is named, keep every editor's text
// in its recovery copy on this computer, and say when the session is back (the Database
// tries again by itself).
void StatusPanel::reachabilityChanged(bool reachable, const QString &reason)
{
    if (reachable) {
        m_path->setText(tr("Team newsroom: %1").arg(m_database.path()));
        m_path->setToolTip(tr("The PostgreSQL server and database in use"));
        m_window->statusBar()->showMessage(tr("Connected to the server again."), 10000);
        return;
    }
    m_autosave();
    m_path->setText(tr("Server unreachable, reconnecting… (%1)").arg(m_database.path()));
    m_path->setToolTip(tr("Your edits stay in their editors and in a recovery copy on this computer; save again once "
                          "the server is back.\n%1")
                           .arg(reason));
}

} // namespace pressdesk
