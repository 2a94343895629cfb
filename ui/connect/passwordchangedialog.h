#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace pressdesk {

class Database;

// Right after connecting with a one-time password: the person chooses their own (twice,
// at least TeamRepository::minimumPasswordLength characters). Until they do, the server
// grants them nothing, so the window does not open without it.
class PasswordChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordChangeDialog(Database &database, QWidget *parent = nullptr);

    // The password chosen, once accepted (for the keychain).
    QString password() const;
    void accept() override;

private:
    Database &m_database;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace pressdesk
