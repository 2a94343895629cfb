#include "demonewsroom.h"

#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/settingsstore.h"
#include "storage/speakerrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pressdesk {

namespace {

const QString installedKey = QStringLiteral("demo_installed");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

// Resolves the file's cross-reference keys to the ids the repositories assigned.
class Loader
{
public:
    explicit Loader(Database &database)
        : m_organizations(database)
        , m_speakers(database)
        , m_events(database)
        , m_releases(database)
    { }

    void load(const QJsonObject &root)
    {
        const QJsonArray organizations = root.value(QLatin1String("organizations")).toArray();
        for (const QJsonValue &value : organizations)
            addOrganization(value.toObject());
        const QJsonArray speakers = root.value(QLatin1String("speakers")).toArray();
        for (const QJsonValue &value : speakers)
            addSpeaker(value.toObject());
        const QJsonArray events = root.value(QLatin1String("events")).toArray();
        for (const QJsonValue &value : events)
            addEvent(value.toObject());
        const QJsonArray releases = root.value(QLatin1String("releases")).toArray();
        for (const QJsonValue &value : releases)
            addRelease(value.toObject());
    }

private:
    static qint64 lookup(const QHash<QString, qint64> &ids, const QString &key)
    {
        if (key.isEmpty())
            return 0;
        const auto found = ids.constFind(key);
        if (found == ids.constEnd())
            throw StorageError(QStringLiteral("demo newsroom: unknown key \"%1\"").arg(key));
        return *found;
    }

    static void check(bool ok, const Repository &repository, const QString &key)
    {
        if (!ok)
            throw StorageError(QStringLiteral("demo newsroom: %1: %2").arg(key, repository.errorString()));
    }

    void addOrganization(const QJsonObject &object)
    {
        Organization organization;
        organization.name = str(object, "name");
        organization.shortName = str(object, "short_name");
        organization.country = str(object, "country");
        organization.website = str(object, "website");
        organization.address = str(object, "address");
        organization.boilerplate = str(object, "boilerplate");
        organization.isOurs = object.value(QLatin1String("ours")).toBool();
        check(m_organizations.save(organization), m_organizations, str(object, "key"));
        m_organizationIds.insert(str(object, "key"), organization.id);
    }

    void addSpeaker(const QJsonObject &object)
    {
        Speaker speaker;
        speaker.honorific = str(object, "honorific");
        speaker.fullName = str(object, "full_name");
        speaker.sortName = str(object, "sort_name");
        speaker.title = str(object, "title");
        speaker.organizationId = lookup(m_organizationIds, str(object, "organization"));
        speaker.country = str(object, "country");
        speaker.email = str(object, "email");
        speaker.phone = str(object, "phone");
        speaker.bio = str(object, "bio");
        speaker.languages = strings(object.value(QLatin1String("languages")));
        speaker.notes = str(object, "notes");
        check(m_speakers.save(speaker), m_speakers, str(object, "key"));
        m_speakerIds.insert(str(object, "key"), speaker.id);
        m_speakerNames.insert(speaker.id, speaker.fullName);
    }

    void addEvent(const QJsonObject &object)
    {
        Event event;
        event.name = str(object, "name");
        event.edition = str(object, "edition");
        event.description = str(object, "description");
        event.allDay = object.value(QLatin1String("all_day")).toBool();
        event.timeZone = str(object, "time_zone");
        event.start = Event::parseMoment(str(object, "start"), event.timeZone);
        event.end = Event::parseMoment(str(object, "end"), event.timeZone);
        event.format = formatFromKey(str(object, "format")).value_or(EventFormat::InPerson);
        event.venue = str(object, "venue");
        event.city = str(object, "city");
        event.country = str(object, "country");
        event.onlineUrl = str(object, "online_url");
        const QJsonArray organizations = object.value(QLatin1String("organizations")).toArray();
        for (const QJsonValue &value : organizations) {
            const QJsonObject link = value.toObject();
            event.organizations.append({ lookup(m_organizationIds, str(link, "organization")),
                organizationRoleFromKey(str(link, "role")).value_or(OrganizationRole::Partner), {} });
        }
        const QJsonArray speakers = object.value(QLatin1String("speakers")).toArray();
        for (const QJsonValue &value : speakers) {
            const QJsonObject link = value.toObject();
            event.speakers.append({ lookup(m_speakerIds, str(link, "speaker")),
                speakerRoleFromKey(str(link, "role")).value_or(SpeakerRole::Panelist), {} });
        }
        check(m_events.save(event), m_events, str(object, "key"));
        m_eventIds.insert(str(object, "key"), event.id);
    }

    void addRelease(const QJsonObject &object)
    {
        Release release;
        release.language = str(object, "language");
        release.status = statusFromKey(str(object, "status")).value_or(ReleaseStatus::Draft);
        release.headline = str(object, "headline");
        release.subheadline = str(object, "subheadline");
        release.datelineCity = str(object, "dateline_city");
        release.datelineCountry = str(object, "dateline_country");
        release.releaseDate = QDate::fromString(str(object, "release_date"), Qt::ISODate);
        const QString embargo = str(object, "embargo_until");
        if (!embargo.isEmpty()) {
            release.embargoUntil = QDateTime::fromString(embargo, Qt::ISODate).toUTC();
            release.embargoTimeZone = str(object, "embargo_time_zone");
        }
        release.lead = str(object, "lead");
        release.body = str(object, "body");
        release.boilerplate = str(object, "boilerplate");
        release.notesToEditors = str(object, "notes_to_editors");
        release.tags = strings(object.value(QLatin1String("tags")));
        release.author = str(object, "author");
        const QString original = str(object, "translation_of");
        if (!original.isEmpty())
            release.translationGroup = m_translationGroups.value(original);
        const QStringList events = strings(object.value(QLatin1String("events")));
        for (const QString &key : events)
            release.events.append(EventRef { lookup(m_eventIds, key), {} });
        const QStringList contacts = strings(object.value(QLatin1String("contacts")));
        for (const QString &key : contacts)
            release.contacts.append(ContactRef { lookup(m_speakerIds, key), {}, {}, {}, {} });
        const QJsonArray quotes = object.value(QLatin1String("quotes")).toArray();
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            const qint64 speakerId = lookup(m_speakerIds, str(quote, "speaker"));
            release.quotes.append(
                { 0, speakerId, str(quote, "text"), str(quote, "attribution"), m_speakerNames.value(speakerId) });
        }
        check(m_releases.save(release), m_releases, str(object, "key"));
        m_translationGroups.insert(str(object, "key"), release.translationGroup);
    }

    OrganizationRepository m_organizations;
    SpeakerRepository m_speakers;
    EventRepository m_events;
    ReleaseRepository m_releases;
    QHash<QString, qint64> m_organizationIds;
    QHash<QString, qint64> m_speakerIds;
    QHash<qint64, QString> m_speakerNames;
    QHash<QString, qint64> m_eventIds;
    QHash<QString, QString> m_translationGroups;
};

} // namespace

DemoNewsroom::DemoNewsroom(Database &database)
    : m_database(database)
{ }

DemoNewsroom::Result DemoNewsroom::install()
{
    m_error.clear();
    SettingsStore settings(m_database);
    if (settings.value(installedKey).has_value())
        return Result::AlreadyPresent;

    QFile file(QStringLiteral(":/demo/newsroom.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("The demo newsroom is missing from this build.");
        return Result::Failed;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        m_error = QStringLiteral("The demo newsroom is damaged: %1").arg(parseError.errorString());
        return Result::Failed;
    }
    try {
        Transaction transaction(m_database);
        Loader(m_database).load(document.object());
        settings.setValue(installedKey, QStringLiteral("1"));
        transaction.commit();
    } catch (const StorageError &error) {
        m_error = error.message();
        return Result::Failed;
    }
    for (Entity entity : { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release })
        m_database.notifyChanged(entity, 0);
    return Result::Added;
}

} // namespace pressdesk
