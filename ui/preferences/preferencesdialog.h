#pragma once

#include <QDialog>

#include <memory>

namespace pressdesk {

class Database;

namespace Ui {
class PreferencesDialog;
}

// Preferences: our organization (saved in the database through OrganizationRepository),
// default language of new releases, page size, autosave interval and export folder
// (QSettings, see Preferences).
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
};

} // namespace pressdesk
