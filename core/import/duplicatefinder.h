#pragma once

#include "importrecord.h"

#include <QHash>
#include <QString>

#include <optional>

namespace pressdesk {

class Database;

// Finds the record an imported one duplicates: by external id first (ninjs uri, iCalendar
// UID, vCard UID), then by the release's uuid, then by content: folded headline + release
// date for releases, folded name + organization for speakers, folded name + start for
// events, folded name for organizations. Keeps what it has read, and learns the records
// an import creates (remember()), so one file cannot duplicate itself either.
class DuplicateFinder final
{
public:
    struct Match
    {
        qint64 id = 0;
        QString reason;
    };

    explicit DuplicateFinder(Database &database);

    std::optional<Match> find(const ImportRecord &record);
    std::optional<qint64> findExternal(const QString &scheme, const QString &value);
    // A speaker by name alone, when exactly one speaker has it (for quotes and contacts).
    std::optional<qint64> findSpeakerByName(const QString &fullName);
    std::optional<qint64> findOrganization(const QString &name);
    std::optional<qint64> findEventByName(const QString &name);

    void rememberSpeaker(qint64 id, const QString &fullName, const QString &organization);
    void rememberOrganization(qint64 id, const QString &name);
    void rememberRelease(qint64 id, const Release &release);
    void rememberEvent(qint64 id, const Event &event);
    void rememberExternal(const QString &scheme, const QString &value, qint64 id);

    static QString speakerKey(const QString &fullName, const QString &organization);
    static QString releaseKey(const QString &headline, const QDate &date);
    static QString eventKey(const QString &name, const QString &startText);

private:
    void load();

    Database &m_database;
    bool m_loaded = false;
    QHash<QString, qint64> m_speakers; // name + organization
    QHash<QString, QList<qint64>> m_speakerNames; // name alone
    QHash<QString, qint64> m_organizations;
    QHash<QString, qint64> m_releases;
    QHash<QString, qint64> m_releaseUuids;
    QHash<QString, qint64> m_events;
    QHash<QString, qint64> m_eventNames;
    QHash<QString, qint64> m_external; // "scheme\nvalue"
};

} // namespace pressdesk
