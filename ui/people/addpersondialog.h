#pragma once

#include "storage/teamrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pressdesk {

// People ▸ Add Person…: the login name, full name, e-mail and role of a new person, and their
// first password: a one-time password Pressdesk makes (shown once, after adding), or one the
// admin types, which the person may be asked to change at first connection.
class AddPersonDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddPersonDialog(QWidget *parent = nullptr);

    TeamRepository::Person person() const;
    // Empty when Pressdesk is to make a one-time password.
    QString typedPassword() const;
    // Whether the person must choose their own password at first connection.
    bool mustChangePassword() const;

    void accept() override;

private:
    void updateFields();

    QLineEdit *m_name;
    QLineEdit *m_fullName;
    QLineEdit *m_email;
    QComboBox *m_role;
    QRadioButton *m_oneTime;
    QRadioButton *m_typed;
    QLineEdit *m_password;
    QCheckBox *m_mustChange;
    QLabel *m_problem;
};

} // namespace pressdesk
