#include "peopledialog.h"

#include "addpersondialog.h"
#include "peoplewords.h"
#include "storage/teamrepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

enum Column { NameColumn, FullNameColumn, RoleColumn, LastSeenColumn, ColumnCount };

} // namespace

PeopleDialog::PeopleDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_role(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add Person…"), this))
    , m_applyRole(new QPushButton(tr("Change &Role"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_reset(new QPushButton(tr("Reset &Password…"), this))
    , m_message(new QLabel(this))
    , m_oneTimePassword(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("People"), question) == QMessageBox::Yes;
    };

    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Full Name"), tr("Role"), tr("Last Seen") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(LastSeenColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("People of this newsroom"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const QString &role : TeamRepository::roles())
        m_role->addItem(PeopleWords::roleTitle(role), role);
    m_role->setToolTip(PeopleWords::rolesExplained());
    m_role->setAccessibleName(tr("Role of the selected person"));
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_applyRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_reset->setToolTip(tr("Gives them a one-time password, shown once here; they choose their own when they next "
                           "connect."));
    m_remove->setToolTip(tr("They can no longer connect; their releases, comments and history stay, with their name."));
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_oneTimePassword->setObjectName(QStringLiteral("oneTimePasswordEdit"));
    m_oneTimePassword->setReadOnly(true);
    m_oneTimePassword->setAccessibleName(tr("One-time password"));
    m_oneTimePassword->hide();
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->hide();
    connect(
        m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_oneTimePassword->text()); });

    auto *roleRow = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setBuddy(m_role);
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_role);
    roleRow->addWidget(m_applyRole);
    roleRow->addStretch();
    roleRow->addWidget(m_add);
    roleRow->addWidget(m_reset);
    roleRow->addWidget(m_remove);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_oneTimePassword);
    passwordRow->addWidget(m_copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &PeopleDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(roleRow);
    layout->addWidget(m_message);
    layout->addLayout(passwordRow);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_applyRole, &QPushButton::clicked, this, &PeopleDialog::applyRole);
    connect(m_remove, &QPushButton::clicked, this, &PeopleDialog::removePerson);
    connect(m_reset, &QPushButton::clicked, this, &PeopleDialog::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    resize(640, 420);
    reload();
}

// The one-time password is not kept anywhere once the dialog is gone.
PeopleDialog::~PeopleDialog()
{
    m_oneTimePassword->clear();
}

void PeopleDialog::reload()
{
    const QString selected = selectedName();
    TeamRepository team(m_database);
    const QList<TeamRepository::Person> people = team.people();
    if (!team.errorString().isEmpty())
        showProblem(team.errorString());
    m_table->setRowCount(0);
    for (const TeamRepository::Person &person : people) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(person.name);
        name->setData(Qt::UserRole, person.name);
        name->setData(Qt::UserRole + 1, person.role);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, FullNameColumn, new QTableWidgetItem(person.fullName));
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(PeopleWords::roleTitle(person.role)));
        m_table->setItem(row, LastSeenColumn,
            new QTableWidgetItem(person.mustChangePassword ? tr("Not yet (has a one-time password)")
                                                           : PeopleWords::lastSeen(person.lastSeen)));
        if (person.name == selected)
            m_table->selectRow(row);
    }
    for (int column = NameColumn; column < LastSeenColumn; ++column)
        m_table->resizeColumnToContents(column);
    updateButtons();
}

QString PeopleDialog::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (QTableWidgetItem *name = m_table->item(item->row(), NameColumn))
            return name->data(Qt::UserRole).toString();
    }
    return {};
}

void PeopleDialog::updateButtons()
{
    const QString name = selectedName();
    m_applyRole->setEnabled(!name.isEmpty());
    m_role->setEnabled(!name.isEmpty());
    m_remove->setEnabled(!name.isEmpty());
    m_reset->setEnabled(!name.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, NameColumn);
        if (item->data(Qt::UserRole).toString() == name) {
            const int index = m_role->findData(item->data(Qt::UserRole + 1));
            if (index >= 0)
                m_role->setCurrentIndex(index);
        }
    }
}

void PeopleDialog::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PeopleDialog::showOneTimePassword(const QString &name, const QString &password)
{
    m_oneTimePassword->setText(password);
    m_oneTimePassword->setVisible(!password.isEmpty());
    m_copy->setVisible(!password.isEmpty());
    if (!password.isEmpty())
        showProblem(tr("One-time password for %1, shown only now: give it to them in person. They choose their own "
                       "password when they first connect; this one expires in 7 days.")
                        .arg(name));
}

void PeopleDialog::addPerson()
{
    AddPersonDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TeamRepository::Person person = dialog.person();
    const bool generated = dialog.typedPassword().isEmpty();
    const QString password = generated ? TeamRepository::oneTimePassword() : dialog.typedPassword();
    TeamRepository team(m_database);
    showOneTimePassword(QString(), QString());
    if (!team.addPerson(person, password, dialog.mustChangePassword())) {
        showProblem(team.errorString());
        return;
    }
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == person.name)
            m_table->selectRow(row);
    }
    if (generated)
        showOneTimePassword(person.name, password);
    else
        showProblem(tr("%1 is added as %2.").arg(person.name, PeopleWords::roleTitle(person.role)));
}

void PeopleDialog::applyRole()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const QString role = m_role->currentData().toString();
    TeamRepository team(m_database);
    showOneTimePassword(QString(), QString());
    if (!team.setRole(name, role)) {
        showProblem(team.errorString());
        return;
    }
    reload();
    showProblem(tr("%1 is now %2.").arg(name, PeopleWords::roleTitle(role)));
}

void PeopleDialog::removePerson()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!m_confirm(tr("Remove %1 from this newsroom? They can no longer connect; their releases, comments and "
                      "history stay, with their name.")
                       .arg(name)))
        return;
    TeamRepository team(m_database);
    showOneTimePassword(QString(), QString());
    if (!team.removePerson(name)) {
        showProblem(team.errorString());
        return;
    }
    reload();
    showProblem(tr("%1 can no longer connect; their work stays.").arg(name));
}

void PeopleDialog::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!m_confirm(tr("Give %1 a new one-time password? Their present password stops working now, and until they "
                      "choose their own at their next connection they can do nothing else.")
                       .arg(name)))
        return;
    const QString password = TeamRepository::oneTimePassword();
    TeamRepository team(m_database);
    showOneTimePassword(QString(), QString());
    if (!team.resetPassword(name, password)) {
        showProblem(team.errorString());
        return;
    }
    reload();
    showOneTimePassword(name, password);
}

} // namespace pressdesk
