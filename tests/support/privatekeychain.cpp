#include "privatekeychain.h"

namespace pressdesk::test {

PrivateKeychain::~PrivateKeychain()
{
    stop();
}

bool PrivateKeychain::start(const QString &home)
{
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_RUNTIME_DIR", home.toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toUtf8());
    m_bus.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_bus.waitForStarted() || !m_bus.waitForReadyRead(10'000))
        return false;
    const QByteArray address = m_bus.readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    QProcess keyring;
    keyring.start(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--daemonize") });
    if (!keyring.waitForStarted())
        return false;
    keyring.write("test-keyring-password");
    keyring.closeWriteChannel();
    return keyring.waitForFinished(20'000) && keyring.exitCode() == 0;
}

void PrivateKeychain::stop()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.kill();
        m_bus.waitForFinished();
    }
}

} // namespace pressdesk::test
