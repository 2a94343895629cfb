#pragma once

#include <QByteArray>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pressdesk {

class Database;

// The first start on an empty newsroom: one page that sets up what every release needs —
// our organization (name, country, website, logo, the "About us" text), the media contact
// printed under each release, the language new releases start in and the time zone of new
// events and embargoes. Start saves it all in one transaction; Later leaves the newsroom
// as it is and does not ask again for this file.
class FirstRunAssistant final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunAssistant(Database &database, QWidget *parent = nullptr);

    // Whether to offer the assistant: no organization of ours, no release, never declined.
    static bool isWanted(Database &database);
    // The media contact new releases start with (0 when none).
    static qint64 defaultContact(Database &database);
    void setImageChooser(std::function<QString()> chooser) { m_chooseImage = std::move(chooser); }

    void accept() override;
    void reject() override;

private:
    bool save();
    void loadLogo();

    Database &m_database;
    QLineEdit *m_name;
    QLineEdit *m_country;
    QLineEdit *m_website;
    QLabel *m_logoLabel;
    QPlainTextEdit *m_boilerplate;
    QLineEdit *m_contactName;
    QLineEdit *m_contactTitle;
    QLineEdit *m_contactEmail;
    QLineEdit *m_contactPhone;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QLabel *m_error;
    QByteArray m_logo;
    std::function<QString()> m_chooseImage;
};

} // namespace pressdesk
