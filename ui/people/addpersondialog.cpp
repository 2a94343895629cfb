#include "addpersondialog.h"

#include "peoplewords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pressdesk {

AddPersonDialog::AddPersonDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_oneTime(new QRadioButton(tr("&Make a one-time password (shown once, after adding)"), this))
    , m_typed(new QRadioButton(tr("&Type a password:"), this))
    , m_password(new QLineEdit(this))
    , m_mustChange(new QCheckBox(tr("Ask them to &choose their own password at first connection"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add Person"));
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_name->setPlaceholderText(tr("anna.berg"));
    m_name->setToolTip(tr("The login name: lower-case letters, digits, _ . and -"));
    m_fullName->setObjectName(QStringLiteral("personFullNameEdit"));
    m_email->setObjectName(QStringLiteral("personEmailEdit"));
    m_role->setObjectName(QStringLiteral("personRoleCombo"));
    for (const QString &role : TeamRepository::roles())
        m_role->addItem(PeopleWords::roleTitle(role), role);
    m_role->setToolTip(PeopleWords::rolesExplained());
    m_oneTime->setObjectName(QStringLiteral("oneTimePasswordRadio"));
    m_typed->setObjectName(QStringLiteral("typedPasswordRadio"));
    m_password->setObjectName(QStringLiteral("personPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_mustChange->setObjectName(QStringLiteral("mustChangePasswordCheck"));
    m_mustChange->setChecked(true);
    m_oneTime->setChecked(true);
    m_problem->setObjectName(QStringLiteral("addPersonProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_name);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addPersonOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPersonDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First password:"), this));
    layout->addWidget(m_oneTime);
    layout->addWidget(m_typed);
    layout->addWidget(m_password);
    layout->addWidget(m_mustChange);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_typed, &QRadioButton::toggled, this, &AddPersonDialog::updateFields);
    updateFields();
}

void AddPersonDialog::updateFields()
{
    m_password->setEnabled(m_typed->isChecked());
    // A one-time password is always replaced at first connection.
    m_mustChange->setEnabled(m_typed->isChecked());
    if (!m_typed->isChecked())
        m_mustChange->setChecked(true);
}

TeamRepository::Person AddPersonDialog::person() const
{
    TeamRepository::Person person;
    person.name = m_name->text().trimmed();
    person.fullName = m_fullName->text().trimmed();
    person.email = m_email->text().trimmed();
    person.role = m_role->currentData().toString();
    return person;
}

QString AddPersonDialog::typedPassword() const
{
    return m_typed->isChecked() ? m_password->text() : QString();
}

bool AddPersonDialog::mustChangePassword() const
{
    return m_mustChange->isChecked();
}

void AddPersonDialog::accept()
{
    static const QRegularExpression loginName(QStringLiteral("^[a-z_][a-z0-9_.-]{0,47}$"));
    QString problem;
    if (!loginName.match(person().name).hasMatch())
        problem = tr("The login name needs lower-case letters, digits, _ . or - (at most 48), starting with a "
                     "letter or _.");
    else if (m_typed->isChecked() && m_password->text().size() < TeamRepository::minimumPasswordLength)
        problem = tr("A password needs at least %n characters.", nullptr, TeamRepository::minimumPasswordLength);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace pressdesk
