#include "syntheticarchive.h"

#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace pressdesk {

namespace {

struct Place
{
    QString city;
    QString country;
    QString zone;
};

struct Pool
{
    QStringList givenNames, familyNames, titles, organizations, topics, actions, eventKinds, eventSubjects, tags,
        figures, sentences, quotes;
    QList<Place> places;
};

QStringList strings(const QJsonObject &root, const char *key)
{
    QStringList result;
    const QJsonArray array = root.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

Pool loadPool()
{
    QFile file(QStringLiteral(":/demo/pool.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("The synthetic data pool is missing from this build."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    Pool pool;
    pool.givenNames = strings(root, "given_names");
    pool.familyNames = strings(root, "family_names");
    pool.titles = strings(root, "titles");
    pool.organizations = strings(root, "organizations");
    pool.topics = strings(root, "topics");
    pool.actions = strings(root, "actions");
    pool.eventKinds = strings(root, "event_kinds");
    pool.eventSubjects = strings(root, "event_subjects");
    pool.tags = strings(root, "tags");
    pool.figures = strings(root, "figures");
    pool.sentences = strings(root, "sentences");
    pool.quotes = strings(root, "quotes");
    const QJsonArray places = root.value(QLatin1String("places")).toArray();
    for (const QJsonValue &value : places) {
        const QJsonObject place = value.toObject();
        pool.places.append({ place.value(QLatin1String("city")).toString(),
            place.value(QLatin1String("country")).toString(), place.value(QLatin1String("zone")).toString() });
    }
    if (pool.givenNames.isEmpty() || pool.places.isEmpty() || pool.sentences.isEmpty() || pool.quotes.isEmpty()
        || pool.titles.isEmpty() || pool.topics.isEmpty())
        throw StorageError(QStringLiteral("The synthetic data pool is incomplete."));
    return pool;
}

class Generator
{
public:
    Generator(Database &database, quint32 seed)
        : m_random(seed)
        , m_pool(loadPool())
        , m_organizations(database)
        , m_speakers(database)
        , m_events(database)
        , m_releases(database)
    { }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(static_cast<int>(list.size())));
    }

    QString fill(QString text, const Place &place)
    {
        text.replace(QLatin1String("%country%"), place.country);
        text.replace(QLatin1String("%city%"), place.city);
        text.replace(QLatin1String("%topic%"), pick(m_pool.topics));
        text.replace(QLatin1String("%figure%"), pick(m_pool.figures));
        text.replace(QLatin1String("%years%"), QString::number(2 + m_random.bounded(4)));
        text.replace(QLatin1String("%percent%"), QString::number(20 + m_random.bounded(70)));
        return text;
    }

    void check(bool ok, const Repository &repository)
    {
        if (!ok)
            throw StorageError(repository.errorString());
    }

    void makeOrganizations()
    {
        for (const QString &name : std::as_const(m_pool.organizations)) {
            const Place &place = pick(m_pool.places);
            Organization organization;
            organization.name = name + QLatin1String(" of ") + place.country;
            organization.country = place.country;
            check(m_organizations.save(organization), m_organizations);
            m_organizationIds.append(organization.id);
        }
    }

    void makeSpeakers(int count)
    {
        for (int i = 0; i < count; ++i) {
            const Place &place = pick(m_pool.places);
            Speaker speaker;
            speaker.honorific = m_random.bounded(3) == 0 ? QStringLiteral("Dr.") : QString();
            speaker.fullName = pick(m_pool.givenNames) + QLatin1Char(' ') + pick(m_pool.familyNames) + QLatin1Char(' ')
                + pick(m_pool.familyNames);
            speaker.title = fill(pick(m_pool.titles), place);
            speaker.organizationId = pick(m_organizationIds);
            speaker.country = place.country;
            speaker.languages = { QStringLiteral("es"), QStringLiteral("en") };
            check(m_speakers.save(speaker), m_speakers);
            m_speakerPool.append(speaker);
        }
    }

    void makeEvents(int count)
    {
        for (int i = 0; i < count; ++i) {
            const Place &place = pick(m_pool.places);
            Event event;
            event.name = pick(m_pool.eventKinds) + QLatin1Char(' ') + pick(m_pool.eventSubjects);
            event.edition = m_random.bounded(2) == 0 ? QString() : QStringLiteral("%1th").arg(4 + m_random.bounded(10));
            event.timeZone = place.zone;
            const QDate day = QDate(2018, 1, 1).addDays(m_random.bounded(3000));
            event.start = QDateTime(day, QTime(9, 0), QTimeZone(place.zone.toUtf8()));
            event.end = event.start.addDays(m_random.bounded(3)).addSecs(8 * 3600);
            event.format = static_cast<EventFormat>(m_random.bounded(3));
            event.city = place.city;
            event.country = place.country;
            event.venue = QStringLiteral("Conference Centre of ") + place.city;
            if (event.format != EventFormat::InPerson)
                event.onlineUrl = QStringLiteral("https://events.example.org/%1").arg(i + 1);
            event.description = fill(pick(m_pool.sentences), place);
            event.organizations.append({ pick(m_organizationIds), OrganizationRole::Organizer, {} });
            event.speakers.append({ pick(m_speakerPool).id, SpeakerRole::Keynote, {} });
            check(m_events.save(event), m_events);
            m_eventPool.append(event);
        }
    }

    Release makeRelease()
    {
        const Place &place = pick(m_pool.places);
        Release release;
        // A version 4 UUID from the seeded generator, so that the same seed gives the same ids.
        QByteArray bytes(16, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = static_cast<char>(m_random.bounded(256));
        bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
        bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
        release.uuid = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        const int languageDraw = m_random.bounded(10);
        release.language =
            languageDraw < 6 ? QStringLiteral("en") : (languageDraw < 9 ? QStringLiteral("es") : QStringLiteral("fr"));
        release.status = static_cast<ReleaseStatus>(m_random.bounded(5));
        const QString topic = pick(m_pool.topics);
        const QString organization = pick(m_pool.organizations);
        release.headline = organization + QLatin1String(" and partners ") + pick(m_pool.actions) + QLatin1Char(' ')
            + topic + QLatin1String(" in ") + place.city;
        release.subheadline = fill(pick(m_pool.sentences), place);
        release.datelineCity = place.city.toUpper();
        release.datelineCountry = place.country;
        release.releaseDate = QDate(2015, 1, 1).addDays(m_random.bounded(4300));
        release.lead = fill(pick(m_pool.sentences), place) + QLatin1Char(' ') + fill(pick(m_pool.sentences), place);
        QStringList paragraphs;
        const int paragraphCount = 3 + m_random.bounded(4);
        for (int p = 0; p < paragraphCount; ++p)
            paragraphs.append(
                fill(pick(m_pool.sentences), place) + QLatin1Char(' ') + fill(pick(m_pool.sentences), place));
        release.body = paragraphs.join(QLatin1String("\n\n"));
        release.author = pick(m_pool.givenNames) + QLatin1Char(' ') + pick(m_pool.familyNames);
        release.tags = { pick(m_pool.tags), pick(m_pool.tags) };
        release.tags.removeDuplicates();
        const int quoteCount = 2 + m_random.bounded(2);
        for (int q = 0; q < quoteCount; ++q) {
            const Speaker &speaker = pick(m_speakerPool);
            release.quotes.append({ 0, speaker.id, pick(m_pool.quotes), speaker.title, speaker.fullName });
        }
        if (m_random.bounded(4) == 0) {
            const Event &event = pick(m_eventPool);
            release.events.append(EventRef { event.id, event.name });
        }
        release.contacts.append(ContactRef { pick(m_speakerPool).id, {}, {}, {}, {} });
        if (release.status == ReleaseStatus::Approved && m_random.bounded(5) == 0) {
            release.embargoUntil = QDateTime(release.releaseDate, QTime(15, 0), Qt::UTC);
            release.embargoTimeZone = place.zone;
        }
        return release;
    }

    void saveRelease(Release &release)
    {
        ReleaseRepository::SaveOptions options;
        options.recordRevision = false;
        check(m_releases.save(release, options), m_releases);
    }

private:
    QRandomGenerator m_random;
    Pool m_pool;
    OrganizationRepository m_organizations;
    SpeakerRepository m_speakers;
    EventRepository m_events;
    ReleaseRepository m_releases;
    QList<qint64> m_organizationIds;
    QList<Speaker> m_speakerPool;
    QList<Event> m_eventPool;
};

} // namespace

SyntheticArchive::SyntheticArchive(Database &database)
    : m_database(database)
{ }

bool SyntheticArchive::generate(int releases, quint32 seed, const std::function<bool(int, int)> &progress)
{
    m_error.clear();
    m_stats = {};
    if (releases <= 0)
        return true;
    const int speakers = std::max(20, releases / 100);
    const int events = std::max(5, releases / 500);
    try {
        Transaction transaction(m_database);
        Generator generator(m_database, seed);
        generator.makeOrganizations();
        generator.makeSpeakers(speakers);
        generator.makeEvents(events);
        for (int i = 0; i < releases; ++i) {
            Release release = generator.makeRelease();
            generator.saveRelease(release);
            if (progress && (i % 1000 == 999) && !progress(i + 1, releases)) {
                m_error = QStringLiteral("Cancelled.");
                return false;
            }
        }
        transaction.commit();
    } catch (const StorageError &error) {
        m_error = error.message();
        return false;
    }
    m_stats = { releases, speakers, events };
    m_database.refreshStatistics();
    for (Entity entity : { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release })
        m_database.notifyChanged(entity, 0);
    return true;
}

} // namespace pressdesk
