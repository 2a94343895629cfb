#include "mailpreferences.h"

#include "distribution/mailaddress.h"
#include "distribution/smtppasswords.h"
#include "distribution/smtpsender.h"
#include "preferences.h"

#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace pressdesk {

namespace {

QLineEdit *edit(QWidget *parent, const char *name, const QString &text)
{
    auto *created = new QLineEdit(text, parent);
    created->setObjectName(QLatin1String(name));
    return created;
}

} // namespace

MailPreferences::MailPreferences(QWidget *parent)
    : QGroupBox(tr("Sending e-mail"), parent)
{
    setObjectName(QStringLiteral("mailPreferences"));
    const Preferences::Mail mail = Preferences::mail();
    m_name = edit(this, "senderNameEdit", mail.senderName);
    m_email = edit(this, "senderEmailEdit", mail.senderEmail);
    m_email->setPlaceholderText(tr("you@example.org"));
    m_url = edit(this, "smtpUrlEdit", mail.smtpUrl);
    m_url->setPlaceholderText(tr("smtp://mail.example.org:587"));
    m_url->setToolTip(tr("smtp://host:587 uses STARTTLS; smtps://host:465 uses TLS from the start"));
    m_user = edit(this, "smtpUserEdit", mail.smtpUser);
    m_user->setPlaceholderText(tr("Empty when the server needs no login"));
    m_password = edit(this, "smtpPasswordEdit", QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain"));
    m_caFile = edit(this, "smtpCaFileEdit", QDir::toNativeSeparators(mail.caFile));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file of certificates to trust"));
    m_perMinute = new QSpinBox(this);
    m_perMinute->setObjectName(QStringLiteral("smtpPerMinuteSpin"));
    m_perMinute->setRange(0, 10'000);
    m_perMinute->setSpecialValueText(tr("No limit"));
    m_perMinute->setValue(mail.perMinute);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your e-&mail address:"), m_email);
    form->addRow(tr("SMTP &server:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Certificates:"), m_caFile);
    form->addRow(tr("Messages per minu&te:"), m_perMinute);
}

bool MailPreferences::save(QString *error)
{
    Preferences::Mail mail;
    mail.senderName = MailAddress::headerSafe(m_name->text()).trimmed();
    mail.senderEmail = m_email->text().trimmed();
    mail.smtpUrl = m_url->text().trimmed();
    mail.smtpUser = m_user->text().trimmed();
    mail.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    mail.perMinute = m_perMinute->value();
    if (!mail.senderEmail.isEmpty() && !MailAddress::isValidEmail(mail.senderEmail)) {
        *error = tr("\"%1\" is not an e-mail address.").arg(mail.senderEmail);
        return false;
    }
    SmtpAccount account;
    account.url = mail.smtpUrl;
    account.user = mail.smtpUser;
    if (!mail.smtpUrl.isEmpty()) {
        if (const QString problem = account.problem(); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (!m_password->text().isEmpty()) {
        if (mail.smtpUrl.isEmpty() || mail.smtpUser.isEmpty()) {
            *error = tr("A password needs an SMTP server and a user.");
            return false;
        }
        QString keychainError;
        if (!SmtpPasswords::store(mail.smtpUser, account.server(), m_password->text(), &keychainError)) {
            *error = tr("The password could not be kept in the system keychain: %1").arg(keychainError);
            return false;
        }
        m_password->clear();
    }
    Preferences::setMail(mail);
    return true;
}

} // namespace pressdesk
