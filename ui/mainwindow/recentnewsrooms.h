#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace pressdesk {

// File ▸ Open Newsroom…, File ▸ Connect to Team Newsroom… and File ▸ Open Recent: the
// newsroom files and servers this user opened last (newest first, at most maxFiles, kept in
// QSettings; servers without their password). Another newsroom opens in a window of its own
// (a new Pressdesk process on that file or server), so the one in use keeps its database and
// its editors. A file that has gone is said so and leaves the list.
class RecentNewsrooms final : public QObject
{
    Q_OBJECT

public:
    RecentNewsrooms(const QString &currentPath, QWidget *window);

    static constexpr int maxFiles = 8;
    static QStringList files();
    // Puts a file at the top of the list.
    static void remember(const QString &path);

    QAction *openAction() const { return m_openAction; }
    // File ▸ Connect to Team Newsroom…: the ConnectDialog; the newsroom opens in a window of
    // its own, which finds the password in the keychain (or asks for it).
    QAction *connectAction() const { return m_connectAction; }
    QMenu *menu() const { return m_menu; }
    // Starts the window on another newsroom; tests replace it. `password` is given only for a
    // server whose password was typed without "Remember" (or that the keychain could not
    // keep): the new window gets it in its environment (ServerLogin::takeHandedPassword),
    // which only that process and its user can read, never on its command line.
    using Launcher = std::function<bool(const QString &path, const QString &password)>;
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }
    void open(const QString &path, const QString &password = QString());

private:
    void rebuildMenu();
    void connectToServer();

    QString m_current;
    QWidget *m_window;
    QAction *m_openAction;
    QAction *m_connectAction;
    QMenu *m_menu;
    Launcher m_launcher;
    std::function<QString()> m_chooseFile;
};

} // namespace pressdesk
