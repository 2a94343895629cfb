#pragma once

#include "domain/organization.h"
#include "editor/editorpage.h"

#include <functional>
#include <memory>

class QPushButton;

namespace pressdesk {

class ProblemPresenter;

namespace Ui {
class OrganizationEditor;
}

// An organization: names, country, website, address, logo (PNG or SVG bytes in the
// database) and the boilerplate its releases end with. Which one is ours is set in
// Preferences and only shown here.
class OrganizationEditor final : public EditorPage
{
    Q_OBJECT

public:
    explicit OrganizationEditor(Database &database, QWidget *parent = nullptr);
    ~OrganizationEditor() override;

    void startNew() override;
    bool load(qint64 id) override;
    qint64 recordId() const override { return m_organization.id; }
    QString title() const override;
    bool save() override;
    QJsonObject state() const override;
    void restoreState(const QJsonObject &state) override;

    Organization current() const;
    void setImageChooser(std::function<QString()> chooser) { m_chooseImage = std::move(chooser); }

private:
    void setOrganization(const Organization &organization);
    void fieldChanged();
    void showLogo();
    void updateStateLabel();

    QPushButton *m_useAsOurs = nullptr;
    std::unique_ptr<Ui::OrganizationEditor> m_ui;
    Organization m_organization;
    QByteArray m_logo;
    ProblemPresenter *m_problems = nullptr;
    std::function<QString()> m_chooseImage;
};

} // namespace pressdesk
