#pragma once

#include "domain/organization.h"
#include "domain/release.h"
#include "domain/validationissue.h"

#include <QString>

#include <functional>
#include <optional>

namespace pressdesk {

class Database;

// Saving a release the way the editor does it, and making its translation: the rules
// around the repository that are not the window's business.
class ReleaseService final
{
public:
    explicit ReleaseService(Database &database);

    // Asked when someone else saved the release since it was loaded: given mine and the
    // stored one, says what to keep (theirs, or mine / a merge saved on top of theirs), or
    // nothing to stop without saving.
    struct Resolution
    {
        bool takeTheirs = false;
        Release release; // when not taking theirs
    };
    using ConflictResolver = std::function<std::optional<Resolution>(const Release &mine, const Release &theirs)>;

    struct Result
    {
        bool ok = false;
        ValidationIssues issues; // the release's own problems, by field
        QString error; // a storage error, in words
        bool returnedToReview = false; // an approved release whose text changed
        bool tookTheirs = false; // the conflict was settled with the stored version
    };
    // Checks the release, saves it (a revision by author), settles a conflict through the
    // resolver, and on success leaves in release what is stored now, read back (speaker
    // names and contact details come from their records).
    Result save(Release &release, const QString &author, const ConflictResolver &resolver = {});

    // A translation of a saved release into language, saved as a new draft in the same
    // translation group. Returns its id, or 0 with error set.
    qint64 createTranslation(const Release &saved, const QString &language, const QString &author, QString *error);

    // The organization a release speaks for: its own, else ours (its boilerplate, and its
    // country for the spelling of English).
    std::optional<Organization> organizationFor(const Release &release);

private:
    Database &m_database;
};

} // namespace pressdesk
