#pragma once

#include <QDialog>

#include <memory>

namespace pressdesk {

class Database;

namespace Ui {
class NewSpeakerDialog;
}

// "New speaker…" from a quote: the few fields a quote needs (name, title, organization,
// country), saved at once through the repositories without leaving the release. A new
// organization name creates the organization too.
class NewSpeakerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewSpeakerDialog(Database &database, QWidget *parent = nullptr);
    ~NewSpeakerDialog() override;

    void setName(const QString &name);
    qint64 speakerId() const { return m_speakerId; }
    QString speakerName() const { return m_speakerName; }

    void accept() override;

private:
    Database &m_database;
    std::unique_ptr<Ui::NewSpeakerDialog> m_ui;
    qint64 m_speakerId = 0;
    QString m_speakerName;
};

} // namespace pressdesk
