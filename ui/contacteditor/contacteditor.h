#pragma once

#include "domain/mediacontact.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pressdesk {

class Database;

// One media contact's form: name, outlet, role, e-mail, phone, country, languages (ISO
// 639-1 codes, most preferred first), beats, notes, "do not contact", "respects embargoes"
// and, when the address bounced, the date and the server's reply with a button to clear it.
// Saves through ContactRepository; a refused save shows why and keeps the typing.
class ContactEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactEditor(Database &database, QWidget *parent = nullptr);

    void startNew();
    bool load(qint64 id);
    qint64 contactId() const { return m_contact.id; }
    MediaContact current() const;
    bool save();

Q_SIGNALS:
    void saved(qint64 id);

private:
    void setContact(const MediaContact &contact);
    void showBounce();

    Database &m_database;
    MediaContact m_contact;
    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_languages = nullptr;
    QLineEdit *m_beats = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_doNotContact = nullptr;
    QCheckBox *m_respectsEmbargoes = nullptr;
    QLabel *m_bounce = nullptr;
    QPushButton *m_clearBounce = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pressdesk
