#include "releaseservice.h"

#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"

namespace pressdesk {

ReleaseService::ReleaseService(Database &database)
    : m_database(database)
{ }

ReleaseService::Result ReleaseService::save(Release &release, const QString &author, const ConflictResolver &resolver)
{
    Result result;
    result.issues = release.validate();
    if (!result.issues.isEmpty())
        return result;
    ReleaseRepository repository(m_database);
    ReleaseRepository::SaveOptions options;
    options.revisionAuthor = author;
    Release saving = release;
    if (!repository.save(saving, options)) {
        const QString saveError = repository.errorString();
        const std::optional<Release> theirs =
            repository.lastSaveConflicted() && resolver ? repository.load(saving.id) : std::nullopt;
        const std::optional<Resolution> kept = theirs ? resolver(saving, *theirs) : std::nullopt;
        if (!kept) {
            result.error = saveError;
            return result;
        }
        if (kept->takeTheirs) {
            result.tookTheirs = true;
            saving = *theirs;
        } else {
            // Mine (or the merge) goes on top of theirs as a new revision; theirs stays in history.
            saving = kept->release;
            saving.version = theirs->version;
            if (!repository.save(saving, options)) {
                result.error = repository.errorString();
                return result;
            }
        }
    }
    result.returnedToReview = repository.returnedToReview();
    const std::optional<Release> reloaded = repository.load(saving.id);
    release = reloaded ? *reloaded : saving;
    result.ok = true;
    return result;
}

qint64 ReleaseService::createTranslation(
    const Release &saved, const QString &language, const QString &author, QString *error)
{
    Release translation = saved.translation(language);
    ReleaseRepository repository(m_database);
    ReleaseRepository::SaveOptions options;
    options.revisionAuthor = author;
    if (!repository.save(translation, options)) {
        if (error)
            *error = repository.errorString();
        return 0;
    }
    return translation.id;
}

std::optional<Organization> ReleaseService::organizationFor(const Release &release)
{
    OrganizationRepository organizations(m_database);
    return release.organizationId > 0 ? organizations.load(release.organizationId) : organizations.ours();
}

} // namespace pressdesk
