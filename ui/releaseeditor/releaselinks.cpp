#include "releaselinks.h"

#include "releaseeditor.h"
#include "services/speakerservice.h"
#include "ui_releaseeditor.h"

namespace pressdesk {

ReleaseLinks::ReleaseLinks(Ui::ReleaseEditor &ui, Database &database, StructureEdit edit)
    : m_ui(ui)
    , m_database(database)
    , m_edit(std::move(edit))
{
    connect(ui.eventPicker, &RecordPicker::picked, this, &ReleaseLinks::eventPicked);
    connect(ui.removeEventButton, &QPushButton::clicked, this, &ReleaseLinks::removeEvent);
    connect(ui.contactPicker, &RecordPicker::picked, this, [this](qint64 id) { contactPicked(id); });
    connect(ui.removeContactButton, &QPushButton::clicked, this, &ReleaseLinks::removeContact);
}

void ReleaseLinks::setLinks(const QList<EventRef> &events, const QList<ContactRef> &contacts)
{
    m_events = events;
    m_contacts = contacts;
    m_ui.eventsList->clear();
    for (const EventRef &event : std::as_const(m_events))
        m_ui.eventsList->addItem(event.name);
    m_ui.contactsList->clear();
    for (const ContactRef &contact : std::as_const(m_contacts)) {
        QStringList details { contact.name };
        if (!contact.title.isEmpty())
            details.append(contact.title);
        if (!contact.email.isEmpty())
            details.append(contact.email);
        m_ui.contactsList->addItem(details.join(QStringLiteral(" \u00B7 ")));
    }
    const auto links = m_events.size() + m_contacts.size();
    m_ui.pagesTabs->setTabText(m_ui.pagesTabs->indexOf(m_ui.linksPage),
        links == 0 ? ReleaseEditor::tr("Links") : ReleaseEditor::tr("Links (%1)").arg(links));
}

void ReleaseLinks::eventPicked(qint64 id, const QString &name)
{
    const bool known = std::any_of(m_events.cbegin(), m_events.cend(), [id](const EventRef &e) { return e.id == id; });
    if (!known)
        m_edit(ReleaseEditor::tr("Link event"), [&] { m_events.append({ id, name }); });
    m_ui.eventPicker->clear();
}

void ReleaseLinks::removeEvent()
{
    const int row = m_ui.eventsList->currentRow();
    if (row >= 0 && row < m_events.size())
        m_edit(ReleaseEditor::tr("Unlink event"), [&] { m_events.removeAt(row); });
}

void ReleaseLinks::contactPicked(qint64 id)
{
    const bool known =
        std::any_of(m_contacts.cbegin(), m_contacts.cend(), [id](const ContactRef &c) { return c.id == id; });
    const auto contact = SpeakerService(m_database).contact(id);
    if (!known && contact)
        m_edit(ReleaseEditor::tr("Add media contact"), [&] { m_contacts.append(*contact); });
    m_ui.contactPicker->clear();
}

void ReleaseLinks::removeContact()
{
    const int row = m_ui.contactsList->currentRow();
    if (row >= 0 && row < m_contacts.size())
        m_edit(ReleaseEditor::tr("Remove media contact"), [&] { m_contacts.removeAt(row); });
}

} // namespace pressdesk
