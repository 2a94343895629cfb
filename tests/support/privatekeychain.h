#pragma once

#include <QProcess>
#include <QString>

namespace pressdesk::test {

// A D-Bus session bus and an unlocked gnome-keyring (Secret Service) for this test process
// only: HOME and the XDG folders point into home, so the user's own keychain is never
// touched. Needs dbus-daemon and gnome-keyring-daemon (scripts/install-deps.sh).
class PrivateKeychain final
{
public:
    PrivateKeychain() = default;
    ~PrivateKeychain();
    PrivateKeychain(const PrivateKeychain &) = delete;
    PrivateKeychain &operator=(const PrivateKeychain &) = delete;

    // home: an empty folder that lives as long as this object.
    bool start(const QString &home);
    void stop();

private:
    QProcess m_bus;
};

} // namespace pressdesk::test
