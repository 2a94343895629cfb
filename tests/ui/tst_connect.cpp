#include "connect/connectdialog.h"
#include "connect/serverlogin.h"
#include "connect/serverpasswords.h"
#include "mainwindow/recentnewsrooms.h"
#include "modalwatch.h"
#include "postgresserver.h"
#include "privatekeychain.h"
#include "storage/database.h"
#include "storage/storelocation.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace pressdesk;

// File ▸ Connect to Team Newsroom… and the password's way into the window: the real dialog
// driven by objectName against a real PostgreSQL server that asks for a password, and the
// real keychain (gnome-keyring's Secret Service on a D-Bus session bus of the test's own).
class TestConnect : public QObject
{
    Q_OBJECT

private:
    test::PostgresServer m_server;
    QTemporaryDir m_home;
    test::PrivateKeychain m_keyring;
    bool m_keychain = false;
    const QString m_password = QStringLiteral("s3cret-Pa55 wörd");

    template<typename T>
    static T *find(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        // keyClicks aborts on non-ASCII text in Qt 6.4: the text goes in one key event.
        QTest::sendKeyEvent(QTest::KeyAction::Click, edit, Qt::Key_unknown, text, Qt::NoModifier);
    }

    void fill(ConnectDialog &dialog, const QString &user, const QString &password)
    {
        type(find<QLineEdit>(&dialog, "hostEdit"), m_server.socketFolder());
        find<QSpinBox>(&dialog, "portSpin")->setValue(m_server.port());
        type(find<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("newsroom"));
        type(find<QLineEdit>(&dialog, "userEdit"), user);
        type(find<QLineEdit>(&dialog, "passwordEdit"), password);
        auto *tls = find<QComboBox>(&dialog, "tlsModeCombo");
        tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
    }

    // Runs work on the ConnectDialog once it is shown (the keychain's own waiting comes first).
    void whenDialogShows(const std::function<void(ConnectDialog *)> &work)
    {
        test::whenModalShows<ConnectDialog>(this, work);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        QVERIFY(m_home.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE newsroom")));
        Database setUp;
        QVERIFY2(
            setUp.initialize(StoreLocation::parse(QStringLiteral("postgresql:///newsroom?host=%1&port=%2&user=postgres")
                                                      .arg(m_server.socketFolder())
                                                      .arg(m_server.port()))),
            qPrintable(setUp.errorString()));
        QVERIFY2(m_server.addPasswordUser(QStringLiteral("anna"), m_password), qPrintable(m_server.errorString()));
        m_keychain = m_keyring.start(m_home.path());
        QVERIFY2(m_keychain, "dbus-daemon and gnome-keyring-daemon (scripts/install-deps.sh) must run");
    }

    void cleanupTestCase() { m_keyring.stop(); }

    void theDialogBuildsTheAddressAndNamesWrongFields()
    {
        ConnectDialog dialog;
        QString error;
        QVERIFY(!dialog.location(&error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("Server")), qPrintable(error));
        type(find<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("db.example.org"));
        find<QSpinBox>(&dialog, "portSpin")->setValue(6543);
        type(find<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("newsroom"));
        QVERIFY(!dialog.location(&error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("User name")), qPrintable(error));
        type(find<QLineEdit>(&dialog, "userEdit"), QStringLiteral("josé"));
        type(find<QLineEdit>(&dialog, "passwordEdit"), m_password);
        auto *tls = find<QComboBox>(&dialog, "tlsModeCombo");
        tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
        QVERIFY(find<QLineEdit>(&dialog, "caFileEdit")->isEnabled());
        type(find<QLineEdit>(&dialog, "caFileEdit"), m_home.filePath(QStringLiteral("missing-ca.pem")));
        QVERIFY(!dialog.location(&error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("CA certificate")), qPrintable(error));
        find<QLineEdit>(&dialog, "caFileEdit")->clear();

        const StoreLocation location = dialog.location(&error);
        QVERIFY2(location.isValid(), qPrintable(error));
        QCOMPARE(location.host(), QStringLiteral("db.example.org"));
        QCOMPARE(location.port(), 6543);
        QCOMPARE(location.user(), QStringLiteral("josé"));
        QCOMPARE(location.sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(location.password(), m_password);
        QVERIFY(!location.redacted().contains(QLatin1String("s3cret")));

        // PRESSDESK_SCREENSHOTS=folder: the dialog as a person sees it, to look at.
        if (const QString folder = qEnvironmentVariable("PRESSDESK_SCREENSHOTS"); !folder.isEmpty()) {
            dialog.setMessage(
                QStringLiteral("The password was refused: password authentication failed for user \"josé\""));
            dialog.show();
            dialog.adjustSize();
            QVERIFY(dialog.grab().save(folder + QStringLiteral("/connect-dialog.png")));
        }

        // Filled in again from an address, as when a remembered password stopped working.
        ConnectDialog again;
        again.setLocation(location);
        QCOMPARE(find<QLineEdit>(&again, "hostEdit")->text(), QStringLiteral("db.example.org"));
        QCOMPARE(find<QComboBox>(&again, "tlsModeCombo")->currentData().toString(), QStringLiteral("verify-full"));
    }

    void testSaysWhatTheServerAnswered()
    {
        ConnectDialog dialog;
        fill(dialog, QStringLiteral("anna"), QStringLiteral("wrong password"));
        find<QPushButton>(&dialog, "testConnectionButton")->click();
        const QString refused = find<QLabel>(&dialog, "testResultLabel")->text();
        QVERIFY2(refused.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(refused));
        QVERIFY(!refused.contains(QLatin1String("wrong password")));

        type(find<QLineEdit>(&dialog, "passwordEdit"), m_password);
        find<QPushButton>(&dialog, "testConnectionButton")->click();
        QCOMPARE(find<QLabel>(&dialog, "testResultLabel")->text(),
            QStringLiteral("Connected: a Pressdesk newsroom is there."));
    }

    // A long answer makes the dialog taller: it squeezed the fields above it, clipping them.
    void aLongAnswerLeavesTheFieldsWhole()
    {
        ConnectDialog dialog;
        fill(dialog, QStringLiteral("anna"), m_password);
        dialog.setTester(
            [](const StoreLocation &) { return QStringLiteral("The server answered at length: ").repeated(12); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        find<QPushButton>(&dialog, "testConnectionButton")->click();
        QApplication::processEvents();
        auto *result = find<QLabel>(&dialog, "testResultLabel");
        QVERIFY(result->text().startsWith(QLatin1String("The server answered")));
        QVERIFY2(result->height() >= result->heightForWidth(result->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(result->height()).arg(result->heightForWidth(result->width()))));
        for (const char *name : { "hostEdit", "databaseEdit", "userEdit", "passwordEdit" }) {
            auto *field = find<QLineEdit>(&dialog, name);
            QVERIFY2(field->height() >= field->sizeHint().height(), name);
        }
    }

    void theKeychainKeepsThePasswordOutOfEverythingElse()
    {
        const StoreLocation location =
            StoreLocation::parse(QStringLiteral("postgresql:///newsroom?host=%1&port=%2&user=anna")
                                     .arg(m_server.socketFolder())
                                     .arg(m_server.port()));
        QString error;
        ServerPasswords::forget(location);
        QVERIFY(!ServerPasswords::read(location, &error));
        QVERIFY2(ServerPasswords::store(location, m_password, &error), qPrintable(error));
        QCOMPARE(ServerPasswords::read(location, &error).value_or(QString()), m_password);
        QVERIFY(!ServerPasswords::keyOf(location).contains(m_password));

        // A window started on the address alone (as Open Recent starts one) finds it there.
        Database window;
        QVERIFY2(ServerLogin::open(window, location, false), qPrintable(window.errorString()));
        QVERIFY(window.isServer());
        QVERIFY(!window.path().contains(m_password));

        // Forgotten: the same start is refused, and with no one at the keyboard nothing asks.
        QVERIFY(ServerPasswords::forget(location, &error));
        Database refused;
        QVERIFY(!ServerLogin::open(refused, location, false));
        QVERIFY2(refused.errorString().contains(QLatin1String("password"), Qt::CaseInsensitive),
            qPrintable(refused.errorString()));
    }

    void aRefusedPasswordIsAskedForAgainAndRemembered()
    {
        const StoreLocation location =
            StoreLocation::parse(QStringLiteral("postgresql:///newsroom?host=%1&port=%2&user=anna")
                                     .arg(m_server.socketFolder())
                                     .arg(m_server.port()));
        ServerPasswords::forget(location);
        QString message;
        whenDialogShows([&](ConnectDialog *dialog) {
            message = find<QLabel>(dialog, "connectMessage")->text();
            type(find<QLineEdit>(dialog, "passwordEdit"), m_password);
            QVERIFY(find<QCheckBox>(dialog, "rememberPasswordCheck")->isChecked());
            find<QDialogButtonBox>(dialog, "connectButtons")->button(QDialogButtonBox::Ok)->click();
        });
        Database window;
        QVERIFY2(ServerLogin::open(window, location, true), qPrintable(window.errorString()));
        QVERIFY2(message.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(ServerPasswords::read(location).value_or(QString()), m_password);
    }

    void connectOpensTheServerInAWindowOfItsOwnWithoutThePassword()
    {
        QMainWindow shell;
        RecentNewsrooms recent(QStringLiteral("/tmp/current.pressdesk"), &shell);
        QString launched;
        QString handed = QStringLiteral("unset");
        recent.setLauncher([&](const QString &path, const QString &password) {
            launched = path;
            handed = password;
            return true;
        });
        const StoreLocation location =
            StoreLocation::parse(QStringLiteral("postgresql:///newsroom?host=%1&port=%2&user=anna")
                                     .arg(m_server.socketFolder())
                                     .arg(m_server.port()));
        ServerPasswords::forget(location);
        whenDialogShows([&](ConnectDialog *dialog) {
            fill(*dialog, QStringLiteral("anna"), m_password);
            find<QDialogButtonBox>(dialog, "connectButtons")->button(QDialogButtonBox::Ok)->click();
        });
        recent.connectAction()->trigger();
        QVERIFY(!launched.isEmpty());
        QVERIFY(StoreLocation::looksLikeServer(launched));
        QVERIFY2(!launched.contains(m_password) && !launched.contains(QLatin1String("s3cret")), qPrintable(launched));
        QCOMPARE(StoreLocation::parse(launched).user(), QStringLiteral("anna"));
        // The new window will find the password in the keychain; the recent list has the address.
        QCOMPARE(ServerPasswords::read(location).value_or(QString()), m_password);
        QVERIFY(handed.isEmpty());
        QVERIFY(RecentNewsrooms::files().contains(launched));
        for (const QString &file : RecentNewsrooms::files())
            QVERIFY(!file.contains(QLatin1String("s3cret")));
    }

    // A password typed without "Remember" is not asked for twice: the new window is handed it
    // in its environment, not on its command line, and nothing is kept in the keychain.
    void aPasswordNotRememberedIsHandedToTheNewWindowOnly()
    {
        QMainWindow shell;
        RecentNewsrooms recent(QStringLiteral("/tmp/current.pressdesk"), &shell);
        QString launched;
        QString handed;
        recent.setLauncher([&](const QString &path, const QString &password) {
            launched = path;
            handed = password;
            return true;
        });
        whenDialogShows([&](ConnectDialog *dialog) {
            fill(*dialog, QStringLiteral("anna"), m_password);
            find<QCheckBox>(dialog, "rememberPasswordCheck")->setChecked(false);
            find<QDialogButtonBox>(dialog, "connectButtons")->button(QDialogButtonBox::Ok)->click();
        });
        recent.connectAction()->trigger();
        QVERIFY(StoreLocation::looksLikeServer(launched));
        QVERIFY(!launched.contains(m_password));
        QCOMPARE(handed, m_password);
        const StoreLocation location = StoreLocation::parse(launched);
        QVERIFY(!ServerPasswords::read(location).has_value());

        // The real program started as the launcher starts it opens the server with the handed
        // password and without it (the keychain has none) refuses.
        const auto start = [&](const QString &password) {
            QProcess window;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            environment.remove(QString::fromLatin1(ServerLogin::passwordVariable));
            if (!password.isEmpty())
                environment.insert(QString::fromLatin1(ServerLogin::passwordVariable), password);
            window.setProcessEnvironment(environment);
            window.start(QStringLiteral(PRESSDESK_BINARY),
                { QStringLiteral("--database"), launched, QStringLiteral("--exit-after-startup") });
            if (!window.waitForFinished(60000))
                qFatal("the window did not finish");
            return window.exitCode();
        };
        QCOMPARE(start(handed), 0);
        QCOMPARE(start(QString()), 1);
    }

    // The handed password moves into the location and out of the environment, so that a window
    // started from this one is not given it.
    void theHandedPasswordLeavesTheEnvironment()
    {
        qputenv(ServerLogin::passwordVariable, "handed over");
        StoreLocation location = StoreLocation::parse(QStringLiteral("postgresql://anna@db.example.org/newsroom"));
        ServerLogin::takeHandedPassword(location);
        QCOMPARE(location.password(), QStringLiteral("handed over"));
        QVERIFY(!qEnvironmentVariableIsSet(ServerLogin::passwordVariable));
        // A password in the address itself wins; the variable still goes.
        qputenv(ServerLogin::passwordVariable, "other");
        ServerLogin::takeHandedPassword(location);
        QCOMPARE(location.password(), QStringLiteral("handed over"));
        QVERIFY(!qEnvironmentVariableIsSet(ServerLogin::passwordVariable));
    }
};

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"
