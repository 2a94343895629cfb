#pragma once

#include "storage/storelocation.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pressdesk {

// File ▸ Connect to Team Newsroom…: the server (host, port, database, user, password), how
// the connection is protected (TLS mode, the CA certificate file), whether the keychain keeps
// the password, and a Test button that connects and says what it found. Also asks again when
// a remembered password no longer works, filled in and with the server's answer shown.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (its password too, when it has one).
    void setLocation(const StoreLocation &location);
    // The server as filled in, with the password; invalid (and error says why) when a field
    // is wrong.
    StoreLocation location(QString *error = nullptr) const;
    bool remembersPassword() const;
    // A message above the fields ("The password was refused: …").
    void setMessage(const QString &message);
    // Connects and checks that a Pressdesk newsroom is there; replaced by tests.
    void setTester(std::function<QString(const StoreLocation &)> tester) { m_tester = std::move(tester); }
    const std::function<QString(const StoreLocation &)> &tester() const { return m_tester; }

    void accept() override;

private:
    void test();
    void showResult(const QString &text);
    void updateCaFile();

    QLabel *m_message;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_tlsMode;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    std::function<QString(const StoreLocation &)> m_tester;
};

} // namespace pressdesk
