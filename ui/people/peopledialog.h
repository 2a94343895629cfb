#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pressdesk {

class Database;

// Newsroom ▸ People… (admins of a team newsroom): who may connect, with their full name, role
// and when they were last seen; add a person (a one-time password is shown once, here),
// change a person's role, remove a person (their releases, comments and history stay). The
// server checks every change again (TeamRepository).
class PeopleDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Database &database, QWidget *parent = nullptr);
    ~PeopleDialog() override;

    // Asks before a person is removed; replaced by tests.
    void setConfirmer(std::function<bool(const QString &question)> confirmer) { m_confirm = std::move(confirmer); }

    void reload();
    void addPerson();
    void applyRole();
    void removePerson();
    // A new one-time password for the selected person, shown once; they choose their own at
    // their next connection.
    void resetPassword();

private:
    QString selectedName() const;
    void updateButtons();
    void showProblem(const QString &message);
    void showOneTimePassword(const QString &name, const QString &password);

    Database &m_database;
    QTableWidget *m_table;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_applyRole;
    QPushButton *m_remove;
    QPushButton *m_reset;
    QLabel *m_message;
    QLineEdit *m_oneTimePassword;
    QPushButton *m_copy;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace pressdesk
