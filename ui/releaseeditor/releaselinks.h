#pragma once

#include "domain/release.h"

#include <QObject>

#include <functional>

namespace pressdesk {

class Database;

namespace Ui {
class ReleaseEditor;
}

// The release form's Links tab: the events the release announces and its media contacts,
// picked from their lists. Changes are handed to the editor's undo stack through edit,
// which shows them again with setLinks().
class ReleaseLinks final : public QObject
{
    Q_OBJECT

public:
    // Records a structural change on the undo stack: its text, and the change itself.
    using StructureEdit = std::function<void(const QString &text, const std::function<void()> &change)>;

    ReleaseLinks(Ui::ReleaseEditor &ui, Database &database, StructureEdit edit);

    const QList<EventRef> &events() const { return m_events; }
    const QList<ContactRef> &contacts() const { return m_contacts; }
    void setLinks(const QList<EventRef> &events, const QList<ContactRef> &contacts);

private:
    void eventPicked(qint64 id, const QString &name);
    void removeEvent();
    void contactPicked(qint64 id);
    void removeContact();

    Ui::ReleaseEditor &m_ui;
    Database &m_database;
    StructureEdit m_edit;
    QList<EventRef> m_events;
    QList<ContactRef> m_contacts;
};

} // namespace pressdesk
