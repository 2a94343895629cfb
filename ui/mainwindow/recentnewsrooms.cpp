#include "recentnewsrooms.h"

#include "connect/connectdialog.h"
#include "connect/serverlogin.h"
#include "connect/serverpasswords.h"
#include "preferences/preferences.h"
#include "storage/storelocation.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QWidget>

namespace pressdesk {

namespace {

QString canonical(const QString &path)
{
    // A server is remembered by its address without the password.
    if (StoreLocation::looksLikeServer(path))
        return StoreLocation::parse(path).redacted();
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
}

void store(const QStringList &files)
{
    Preferences::setRecentNewsrooms(files);
}

} // namespace

RecentNewsrooms::RecentNewsrooms(const QString &currentPath, QWidget *window)
    : QObject(window)
    , m_current(canonical(currentPath))
    , m_window(window)
    , m_openAction(new QAction(tr("Open Ne&wsroom…"), this))
    , m_connectAction(new QAction(tr("Connect to &Team Newsroom…"), this))
    , m_menu(new QMenu(tr("Open R&ecent"), window))
{
    m_openAction->setObjectName(QStringLiteral("openNewsroomAction"));
    m_openAction->setToolTip(tr("Open another newsroom file in a window of its own"));
    m_connectAction->setObjectName(QStringLiteral("connectTeamNewsroomAction"));
    m_connectAction->setToolTip(tr("Open a newsroom your team shares on a PostgreSQL server"));
    connect(m_connectAction, &QAction::triggered, this, &RecentNewsrooms::connectToServer);
    m_menu->setObjectName(QStringLiteral("openRecentMenu"));
    m_launcher = [](const QString &path, const QString &password) {
        QProcess process;
        process.setProgram(QCoreApplication::applicationFilePath());
        process.setArguments({ QStringLiteral("--database"), path });
        if (!password.isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(ServerLogin::passwordVariable), password);
            process.setProcessEnvironment(environment);
        }
        return process.startDetached();
    };
    m_chooseFile = [this] {
        return FileDialogs::openFileName(m_window, tr("Open Newsroom"), QString(),
            tr("Pressdesk newsrooms (*.pressdesk *.sqlite *.db);;All files (*)"));
    };
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path = m_chooseFile();
        if (!path.isEmpty())
            open(path);
    });
    connect(m_menu, &QMenu::aboutToShow, this, &RecentNewsrooms::rebuildMenu);
    remember(currentPath);
    rebuildMenu();
}

QStringList RecentNewsrooms::files()
{
    return Preferences::recentNewsrooms();
}

void RecentNewsrooms::remember(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, maxFiles));
}

void RecentNewsrooms::open(const QString &path, const QString &password)
{
    const QString file = canonical(path);
    if (file == m_current) {
        m_window->activateWindow();
        return;
    }
    if (!StoreLocation::looksLikeServer(file) && !QFileInfo::exists(file)) {
        QStringList list = files();
        list.removeAll(file);
        store(list);
        rebuildMenu();
        QMessageBox::warning(m_window, tr("Open Newsroom"),
            tr("%1 is no longer there (moved, renamed or deleted); it is taken off the list.")
                .arg(QDir::toNativeSeparators(file)));
        return;
    }
    if (!m_launcher(file, password)) {
        QMessageBox::warning(
            m_window, tr("Open Newsroom"), tr("Pressdesk could not start on %1.").arg(QDir::toNativeSeparators(file)));
        return;
    }
    remember(file);
}

void RecentNewsrooms::connectToServer()
{
    ConnectDialog dialog(m_window);
    // The last server used is the likeliest.
    for (const QString &file : files()) {
        if (StoreLocation::looksLikeServer(file)) {
            dialog.setLocation(StoreLocation::parse(file));
            break;
        }
    }
    StoreLocation server;
    // Connect tries the connection first: the dialog stays open with the server's answer
    // until it works or the person gives up.
    while (dialog.exec() == QDialog::Accepted) {
        server = dialog.location();
        const QString problem = dialog.tester()(server);
        if (problem.isEmpty())
            break;
        dialog.setMessage(problem);
        server = StoreLocation();
    }
    if (!server.isValid())
        return;
    // The new window finds the password in the keychain, or is handed it for its session.
    QString error;
    bool kept = false;
    if (dialog.remembersPassword() && !server.password().isEmpty()) {
        kept = ServerPasswords::store(server, server.password(), &error);
        if (!kept)
            QMessageBox::warning(m_window, tr("Connect to Team Newsroom"),
                tr("The system keychain could not keep the password (%1). The new window uses it until it is "
                   "closed.")
                    .arg(error));
    } else if (!dialog.remembersPassword()) {
        ServerPasswords::forget(server);
    }
    open(server.redacted(), kept ? QString() : server.password());
}

void RecentNewsrooms::rebuildMenu()
{
    m_menu->clear();
    int shown = 0;
    const QStringList list = files();
    for (const QString &file : list) {
        if (file == m_current)
            continue;
        ++shown;
        // "&1 news.sqlite — /home/ana/press": the name first, the folder to tell two apart;
        // "&2 newsroom on db.example.org — postgresql://anna@db.example.org/newsroom".
        const QFileInfo info(file);
        const bool server = StoreLocation::looksLikeServer(file);
        const QString name = server ? StoreLocation::parse(file).displayName() : info.fileName();
        const QString where = server ? file : QDir::toNativeSeparators(info.absolutePath());
        QAction *action = m_menu->addAction(QStringLiteral("&%1 %2 \u2014 %3")
                                                .arg(shown)
                                                .arg(QString(name).replace(QLatin1Char('&'), QLatin1String("&&")),
                                                    QString(where).replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setObjectName(QStringLiteral("recentNewsroom%1").arg(shown));
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { open(file); });
    }
    if (shown == 0) {
        QAction *none = m_menu->addAction(tr("No Other Newsrooms Yet"));
        none->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    connect(clear, &QAction::triggered, this, [this] {
        store({ m_current });
        rebuildMenu();
    });
}

} // namespace pressdesk
