#pragma once

#include "domain/event.h"
#include "editor/editorpage.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace pressdesk {

class EventListModel;
class OrganizationListModel;
class ProblemPresenter;
class SpeakerListModel;

namespace Ui {
class EventEditor;
}

// An event: name, edition, description, start and end (whole days, or times in a time
// zone; the end not before the start), format with the place shown for in-person and
// hybrid events and the link for online and hybrid ones, organizations and speakers with
// their roles, and the releases that link it.
class EventEditor final : public EditorPage
{
    Q_OBJECT

public:
    explicit EventEditor(Database &database, QWidget *parent = nullptr);
    ~EventEditor() override;

    void startNew() override;
    bool load(qint64 id) override;
    qint64 recordId() const override { return m_event.id; }
    QString title() const override;
    bool save() override;
    QJsonObject state() const override;
    void restoreState(const QJsonObject &state) override;

    Event current() const;

private:
    void setEvent(const Event &event);
    void fieldChanged();
    void updateFormat();
    void updateStateLabel();
    void refreshTables();
    void pushLinks(const QString &text, const std::function<void()> &change);
    QJsonObject links() const;
    void applyLinks(const QJsonValue &value);

    std::unique_ptr<Ui::EventEditor> m_ui;
    Event m_event;
    QList<EventOrganization> m_organizations;
    QList<EventSpeaker> m_speakers;
    ProblemPresenter *m_problems = nullptr;
    SpeakerListModel *m_speakerModel = nullptr;
    OrganizationListModel *m_organizationModel = nullptr;
    QDateTime m_shownStart; // to move the end by as much as the start moved
};

} // namespace pressdesk
