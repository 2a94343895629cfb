#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pressdesk {

class Database;

// File ▸ Publish Press Room…: the folder, the address the site will be served at, the
// languages, and whether to open the result in the browser. Publishing runs SiteBuilder
// (the same as `pressdesk publish-site`) and reports what it wrote; the choices are kept
// in QSettings (publish/…) for the next time.
class PublishDialog final : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(Database &database, QWidget *parent = nullptr);

    // Publishes with the dialog's choices; true when the site was written.
    bool publish();
    QString resultText() const;

Q_SIGNALS:
    void published(const QString &summary);

private:
    void chooseFolder();
    void updateButtons();

    Database &m_database;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_languages = nullptr;
    QCheckBox *m_pdfs = nullptr;
    QCheckBox *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace pressdesk
