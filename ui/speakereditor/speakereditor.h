#pragma once

#include "domain/speaker.h"
#include "editor/editorpage.h"

#include <functional>
#include <memory>

namespace pressdesk {

class ProblemPresenter;

namespace Ui {
class SpeakerEditor;
}

// A speaker: name (the sort name follows the full name until edited), current title,
// organization (picked, or created on save from a new name), contact details, languages,
// bio, a square photo kept in the database, notes, and the releases that quote them.
class SpeakerEditor final : public EditorPage
{
    Q_OBJECT

public:
    explicit SpeakerEditor(Database &database, QWidget *parent = nullptr);
    ~SpeakerEditor() override;

    void startNew() override;
    bool load(qint64 id) override;
    qint64 recordId() const override { return m_speaker.id; }
    QString title() const override;
    bool save() override;
    QJsonObject state() const override;
    void restoreState(const QJsonObject &state) override;

    Speaker current() const;
    // Replaceable for tests: the image file to load as the photo.
    void setImageChooser(std::function<QString()> chooser) { m_chooseImage = std::move(chooser); }
    // Square PNG (centre crop, at most 512 px) of any image Qt can read; empty on failure.
    static QByteArray squarePhoto(const QByteArray &imageData);

private:
    void setSpeaker(const Speaker &speaker);
    void fieldChanged();
    void showPhoto();
    void updateStateLabel();

    std::unique_ptr<Ui::SpeakerEditor> m_ui;
    Speaker m_speaker;
    QByteArray m_photo;
    ProblemPresenter *m_problems = nullptr;
    std::function<QString()> m_chooseImage;
    bool m_sortNameEdited = false;
};

} // namespace pressdesk
