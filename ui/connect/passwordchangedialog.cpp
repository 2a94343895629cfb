#include "passwordchangedialog.h"

#include "storage/database.h"
#include "storage/teamrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pressdesk {

PasswordChangeDialog::PasswordChangeDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordChangeDialog"));
    setWindowTitle(tr("Choose Your Password"));
    auto *intro = new QLabel(tr("You connected to %1 as %2 with a one-time password. Choose your own password to "
                                "start working; the one-time password stops working.")
                                 .arg(database.location().displayName(), TeamRepository(database).currentUser()),
        this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordChangeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString PasswordChangeDialog::password() const
{
    return result() == QDialog::Accepted ? m_password->text() : QString();
}

void PasswordChangeDialog::accept()
{
    QString problem;
    if (m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ.");
    } else {
        TeamRepository team(m_database);
        if (!team.changePassword(m_password->text()))
            problem = team.errorString();
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_repeat->clear();
        return;
    }
    QDialog::accept();
}

} // namespace pressdesk
