#pragma once

#include <QGroupBox>

class QLineEdit;
class QSpinBox;

namespace pressdesk {

// Preferences ▸ Sending e-mail: the officer's name and address (From, and "Send test to
// me"), the SMTP server, user, certificates and pace. A password typed here goes to the
// system keychain through SmtpPasswords, never to the settings.
class MailPreferences final : public QGroupBox
{
    Q_OBJECT

public:
    explicit MailPreferences(QWidget *parent = nullptr);

    // Checks and keeps what was typed; false with *error set when something is not valid or
    // the keychain refused the password (nothing is kept then).
    bool save(QString *error);

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_perMinute = nullptr;
};

} // namespace pressdesk
