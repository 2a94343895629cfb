#pragma once

#include "validationissue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

enum class EventFormat { InPerson, Online, Hybrid };
enum class OrganizationRole { Organizer, CoOrganizer, Funder, Partner };
enum class SpeakerRole { Keynote, Panelist, Host };

QString formatKey(EventFormat format);
std::optional<EventFormat> formatFromKey(const QString &key);
QString formatLabel(EventFormat format);
QString organizationRoleKey(OrganizationRole role);
std::optional<OrganizationRole> organizationRoleFromKey(const QString &key);
QString speakerRoleKey(SpeakerRole role);
std::optional<SpeakerRole> speakerRoleFromKey(const QString &key);

struct EventOrganization
{
    qint64 organizationId = 0;
    OrganizationRole role = OrganizationRole::Organizer;
    QString organizationName; // read-only, filled on load
};

struct EventSpeaker
{
    qint64 speakerId = 0;
    SpeakerRole role = SpeakerRole::Panelist;
    QString speakerName; // read-only, filled on load
};

// Something a release announces. Start and end are wall-clock times in timeZone (an IANA
// id), or whole days when allDay is set (the time part is then ignored).
struct Event
{
    qint64 id = 0;
    QString name;
    QString edition;
    QString description;
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    QString timeZone;
    EventFormat format = EventFormat::InPerson;
    QString venue;
    QString city;
    QString country;
    QString onlineUrl;
    QList<EventOrganization> organizations;
    QList<EventSpeaker> speakers;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    int version = 0; // bumped on every save; a save must start from the stored version

    ValidationIssues validate() const;
    // The stored text form: "2026-07-14" for all-day events, "2026-07-14T09:00:00" otherwise.
    QString startText() const;
    QString endText() const;
    // Parses the stored text form in the event's zone; invalid when the text is not a date.
    static QDateTime parseMoment(const QString &text, const QString &timeZone);
};

} // namespace pressdesk
