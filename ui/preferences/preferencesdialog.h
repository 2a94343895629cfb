#pragma once

#include <QDialog>

#include <memory>

class QComboBox;

namespace pressdesk {

class Database;
class MailPreferences;

namespace Ui {
class PreferencesDialog;
}

// Preferences: the interface language (applied at the next start), our organization (saved in the database through
// OrganizationRepository), default language of new releases, page size, autosave interval and export folder (QSettings,
// see Preferences), and sending e-mail (MailPreferences).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Database &database, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    Database &m_database;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    qint64 m_oursId = 0;
    QComboBox *m_interfaceLanguageCombo = nullptr;
    MailPreferences *m_mail = nullptr;
};

} // namespace pressdesk
