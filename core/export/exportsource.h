#pragma once

#include "domain/release.h"
#include "exportcontext.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace pressdesk {

class Database;
class ReleaseRepository;

// Reads what an export needs from the database: the release and, around it, the issuing
// organization, the linked events and the people quoted or named as contacts. Shared
// records (our organization, an event linked from many releases) are read once per source,
// which is what keeps a batch of a year's releases quick.
class ExportSource final
{
public:
    explicit ExportSource(Database &database);
    ~ExportSource();

    std::optional<Release> release(qint64 id);
    std::optional<Event> event(qint64 id);
    std::optional<Speaker> speaker(qint64 id);
    std::optional<Organization> organization(qint64 id);
    ExportContext contextFor(const Release &release);
    // For calendars and address cards: our organization, the events' organizations and
    // the speakers' organizations.
    ExportContext contextFor(const QList<Event> &events);

    // Ids of the releases not in the trash, newest release date first; all statuses when
    // status is empty.
    QList<qint64> releaseIds(const std::optional<ReleaseStatus> &status);
    QList<qint64> eventIds();
    QList<qint64> speakerIds();
    QString errorString() const { return m_error; }

private:
    Database &m_database;
    // One repository for every release read: its statements are prepared once, not per release.
    std::unique_ptr<ReleaseRepository> m_releases;
    QString m_error;
    std::optional<Organization> m_ours;
    QHash<qint64, Organization> m_organizations;
    QHash<qint64, Event> m_events;
    QHash<qint64, Speaker> m_speakers;
};

} // namespace pressdesk
