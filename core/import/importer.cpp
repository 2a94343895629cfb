#include "importer.h"

#include "duplicatefinder.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/importledger.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "textfolding.h"

#include <QCoreApplication>
#include <QSet>

namespace pressdesk {

namespace {

// Everything one run needs; a failure anywhere throws StorageError with the reason.
class Run
{
public:
    Run(Database &database, ImportResult &result)
        : m_database(database)
        , m_result(result)
        , m_finder(database)
        , m_releases(database)
        , m_speakers(database)
        , m_events(database)
        , m_organizations(database)
        , m_ledger(database)
    { }

    QSet<Entity> touched;

    void check(bool ok, const Repository &repository)
    {
        if (!ok)
            throw StorageError(repository.errorString());
    }

    qint64 organization(const QString &name, const QString &website = {})
    {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return 0;
        if (const std::optional<qint64> id = m_finder.findOrganization(trimmed))
            return *id;
        Organization organization;
        organization.name = trimmed;
        if (website.startsWith(QLatin1String("http://")) || website.startsWith(QLatin1String("https://")))
            organization.website = website;
        check(m_organizations.save(organization), m_organizations);
        m_finder.rememberOrganization(organization.id, organization.name);
        touched.insert(Entity::Organization);
        m_result.entries.append({ ImportAction::Create, Entity::Organization, organization.id, organization.name,
            m_file, m_line, 0, {}, true });
        return organization.id;
    }

    // An existing speaker, one found by name, or a new one.
    qint64 speaker(const ProposedSpeaker &proposed)
    {
        if (proposed.existingId > 0) {
            if (!m_speakers.exists(proposed.existingId))
                throw StorageError(
                    QCoreApplication::translate("Import", "There is no speaker with id %1.").arg(proposed.existingId));
            return proposed.existingId;
        }
        if (const std::optional<qint64> id = m_finder.findSpeakerByName(proposed.fullName))
            return *id;
        Speaker speaker;
        speaker.fullName = proposed.fullName.trimmed();
        speaker.title = proposed.title.trimmed();
        speaker.email = proposed.email.trimmed();
        speaker.phone = proposed.phone.trimmed();
        speaker.organizationId = organization(proposed.organization);
        check(m_speakers.save(speaker), m_speakers);
        m_finder.rememberSpeaker(speaker.id, speaker.fullName, proposed.organization);
        touched.insert(Entity::Speaker);
        m_result.entries.append(
            { ImportAction::Create, Entity::Speaker, speaker.id, speaker.fullName, m_file, m_line, 0, {}, true });
        return speaker.id;
    }

    void external(const ImportRecord &record, Entity entity, qint64 id)
    {
        if (record.externalScheme.isEmpty() || record.externalId.isEmpty())
            return;
        if (m_finder.findExternal(record.externalScheme, record.externalId))
            return; // keep both: the id stays with the record that had it first
        m_ledger.addExternalId(record.externalScheme, record.externalId, entity, id);
        m_finder.rememberExternal(record.externalScheme, record.externalId, id);
    }

    void release(const ImportRecord &record, ImportResult::Entry &entry)
    {
        Release release = record.release;
        release.quotes.clear();
        for (const ProposedQuote &proposed : record.quotes) {
            if (proposed.speaker.isNone() || proposed.text.trimmed().isEmpty())
                continue;
            Quote quote;
            quote.speakerId = speaker(proposed.speaker);
            quote.text = proposed.text.trimmed();
            quote.attribution = proposed.attribution.trimmed();
            release.quotes.append(quote);
        }
        release.contacts.clear();
        for (const ProposedSpeaker &contact : record.contacts) {
            const qint64 id = speaker(contact);
            const bool listed = std::any_of(release.contacts.cbegin(), release.contacts.cend(),
                [id](const ContactRef &ref) { return ref.id == id; });
            if (!listed)
                release.contacts.append({ id, {}, {}, {}, {} });
        }
        release.events.clear();
        for (const QString &name : record.eventNames) {
            if (const std::optional<qint64> id = m_finder.findEventByName(name))
                release.events.append({ *id, name });
        }
        if (!record.issuerName.isEmpty()) {
            const std::optional<Organization> ours = m_organizations.ours();
            if (!ours || TextFolding::fold(ours->name) != TextFolding::fold(record.issuerName))
                release.organizationId = organization(record.issuerName);
        }
        if (record.action == ImportAction::Update) {
            const std::optional<Release> existing = m_releases.load(record.duplicateOf);
            if (!existing)
                throw StorageError(
                    QCoreApplication::translate("Import", "There is no release with id %1.").arg(record.duplicateOf));
            release.id = existing->id;
            release.uuid = existing->uuid;
            release.translationGroup = existing->translationGroup;
            release.version = existing->version;
            release.createdAt = existing->createdAt;
            if (!release.publishedAt.isValid())
                release.publishedAt = existing->publishedAt;
        } else {
            release.id = 0;
            const bool uuidTaken = m_ledger.releaseUuidTaken(release.uuid);
            if (uuidTaken) {
                // Keep both: the copy gets a uuid of its own.
                release.uuid.clear();
                release.translationGroup.clear();
            }
        }
        // A release the file calls published may lack what Pressdesk requires of one.
        if (!release.validate().isEmpty() && release.status != ReleaseStatus::Draft
            && release.validateFor(ReleaseStatus::Draft).isEmpty()) {
            release.status =
                release.validateFor(ReleaseStatus::Approved).isEmpty() ? ReleaseStatus::Approved : ReleaseStatus::Draft;
        }
        ReleaseRepository::SaveOptions options;
        options.recordRevision = false;
        check(m_releases.save(release, options), m_releases);
        entry.id = release.id;
        m_finder.rememberRelease(release.id, release);
        external(record, Entity::Release, release.id);
        if (!record.originalText.isEmpty())
            m_ledger.addSource(release.id, record.originalFormat, record.file, record.originalText);
        touched.insert(Entity::Release);
    }

    void speakerRecord(const ImportRecord &record, ImportResult::Entry &entry)
    {
        Speaker speaker = record.speaker;
        speaker.organizationId = organization(record.organizationName);
        if (record.action == ImportAction::Update) {
            const std::optional<Speaker> existing = m_speakers.load(record.duplicateOf);
            if (!existing)
                throw StorageError(
                    QCoreApplication::translate("Import", "There is no speaker with id %1.").arg(record.duplicateOf));
            // What the file has replaces; what it leaves empty stays.
            Speaker merged = *existing;
            const auto take = [](QString &into, const QString &value) {
                if (!value.trimmed().isEmpty())
                    into = value;
            };
            take(merged.honorific, speaker.honorific);
            take(merged.fullName, speaker.fullName);
            take(merged.sortName, speaker.sortName);
            take(merged.title, speaker.title);
            take(merged.country, speaker.country);
            take(merged.email, speaker.email);
            take(merged.phone, speaker.phone);
            take(merged.bio, speaker.bio);
            take(merged.notes, speaker.notes);
            if (speaker.organizationId > 0)
                merged.organizationId = speaker.organizationId;
            if (!speaker.photo.isEmpty())
                merged.photo = speaker.photo;
            if (!speaker.languages.isEmpty())
                merged.languages = speaker.languages;
            speaker = merged;
        } else {
            speaker.id = 0;
        }
        check(m_speakers.save(speaker), m_speakers);
        entry.id = speaker.id;
        m_finder.rememberSpeaker(speaker.id, speaker.fullName, record.organizationName);
        external(record, Entity::Speaker, speaker.id);
        touched.insert(Entity::Speaker);
    }

    void eventRecord(const ImportRecord &record, ImportResult::Entry &entry)
    {
        Event event = record.event;
        event.organizations.clear();
        if (!record.organizerName.isEmpty())
            event.organizations.append(
                { organization(record.organizerName, record.organizerWebsite), OrganizationRole::Organizer, {} });
        if (record.action == ImportAction::Update) {
            const std::optional<Event> existing = m_events.load(record.duplicateOf);
            if (!existing)
                throw StorageError(
                    QCoreApplication::translate("Import", "There is no event with id %1.").arg(record.duplicateOf));
            event.id = existing->id;
            event.version = existing->version;
            event.speakers = existing->speakers;
            if (event.organizations.isEmpty())
                event.organizations = existing->organizations;
        } else {
            event.id = 0;
        }
        check(m_events.save(event), m_events);
        entry.id = event.id;
        m_finder.rememberEvent(event.id, event);
        external(record, Entity::Event, event.id);
        touched.insert(Entity::Event);
    }

    void record(const ImportRecord &record)
    {
        m_file = record.file;
        m_line = record.line;
        ImportResult::Entry entry { record.action, record.entity, 0, record.label(), record.file, record.line,
            record.duplicateOf, record.duplicateReason, false };
        if (record.action == ImportAction::Skip) {
            m_result.entries.append(entry);
            return;
        }
        // The entry goes in before the record's dependents are listed after it.
        const qsizetype index = m_result.entries.size();
        m_result.entries.append(entry);
        ImportResult::Entry &written = m_result.entries[index];
        ImportResult::Entry copy = written;
        switch (record.entity) {
        case Entity::Release:
            release(record, copy);
            break;
        case Entity::Speaker:
            speakerRecord(record, copy);
            break;
        case Entity::Event:
            eventRecord(record, copy);
            break;
        case Entity::Organization:
            copy.id = organization(record.organizationName);
            break;
        case Entity::Contact: // media contacts are imported by ContactImporter
        case Entity::MediaList:
            break;
        }
        m_result.entries[index] = copy;
    }

private:
    Database &m_database;
    ImportResult &m_result;
    DuplicateFinder m_finder;
    ReleaseRepository m_releases;
    SpeakerRepository m_speakers;
    EventRepository m_events;
    OrganizationRepository m_organizations;
    ImportLedger m_ledger;
    QString m_file;
    int m_line = 0;
};

} // namespace

Importer::Importer(Database &database)
    : m_database(database)
{ }

bool Importer::plan(ImportPlan &plan)
{
    m_error.clear();
    try {
        DuplicateFinder finder(m_database);
        for (ImportRecord &record : plan.records) {
            const std::optional<DuplicateFinder::Match> match = finder.find(record);
            record.duplicateOf = match ? match->id : 0;
            record.duplicateReason = match ? match->reason : QString();
            if (!match)
                record.action = ImportAction::Create;
            else if (plan.policy == DuplicatePolicy::Skip)
                record.action = ImportAction::Skip;
            else if (plan.policy == DuplicatePolicy::Update)
                record.action = ImportAction::Update;
            else
                record.action = ImportAction::Create;
            // Records later in the same plan see this one as already there.
            if (!match) {
                const qint64 pending = -1;
                switch (record.entity) {
                case Entity::Release:
                    finder.rememberRelease(pending, record.release);
                    break;
                case Entity::Speaker:
                    finder.rememberSpeaker(pending, record.speaker.fullName, record.organizationName);
                    break;
                case Entity::Event:
                    finder.rememberEvent(pending, record.event);
                    break;
                case Entity::Organization:
                    finder.rememberOrganization(pending, record.organizationName);
                    break;
                case Entity::Contact:
                case Entity::MediaList:
                    break;
                }
                finder.rememberExternal(record.externalScheme, record.externalId, pending);
            } else if (match->id < 0) {
                // A duplicate of a record earlier in this import: never written twice.
                record.duplicateOf = 0;
                record.duplicateReason = QCoreApplication::translate("Import", "appears twice in this import");
                record.action = plan.policy == DuplicatePolicy::KeepBoth ? ImportAction::Create : ImportAction::Skip;
            }
        }
    } catch (const StorageError &error) {
        m_error = error.message();
        return false;
    }
    return true;
}

ImportResult Importer::run(const ImportPlan &plan, bool dryRun)
{
    ImportResult result;
    result.dryRun = dryRun;
    QSet<Entity> touched;
    const ImportRecord *current = nullptr;
    try {
        Transaction transaction(m_database);
        Run run(m_database, result);
        for (const ImportRecord &record : plan.records) {
            current = &record;
            run.record(record);
        }
        current = nullptr;
        touched = run.touched;
        if (!dryRun)
            transaction.commit();
    } catch (const StorageError &error) {
        result.ok = false;
        result.entries.clear();
        if (current) {
            result.failedFile = current->file;
            result.failedLine = current->line;
            const QString where =
                current->file.isEmpty() ? QString() : QStringLiteral("%1:%2: ").arg(current->file).arg(current->line);
            result.error =
                QCoreApplication::translate("Import", "%1%2 \"%3\" could not be imported: %4 Nothing was imported.")
                    .arg(where, current->entityKey(), current->label(), error.message());
        } else {
            result.error = QCoreApplication::translate("Import", "The import failed: %1 Nothing was imported.")
                               .arg(error.message());
        }
        return result;
    }
    result.ok = true;
    if (!dryRun) {
        for (Entity entity : { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release }) {
            if (touched.contains(entity))
                m_database.notifyChanged(entity, 0);
        }
    }
    return result;
}

} // namespace pressdesk
