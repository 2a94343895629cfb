#pragma once

#include "domain/release.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace pressdesk {

struct Revision
{
    qint64 id = 0;
    qint64 releaseId = 0;
    int version = 0;
    QString author;
    QDateTime createdAt;
    QByteArray snapshot; // JSON of the release as saved (json::release)
};

struct ReleaseFilter
{
    std::optional<ReleaseStatus> status;
    int limit = -1;
};

class ReleaseRepository final : public Repository
{
public:
    struct SaveOptions
    {
        // Generated and imported releases have no edit history to keep.
        bool recordRevision = true;
        // Who saved, for the revision; empty: the release's author.
        QString revisionAuthor;
    };

    explicit ReleaseRepository(Database &database);

    std::optional<Release> load(qint64 id);
    std::optional<Release> loadByUuid(const QString &uuid);
    // The list fields only (no body, quotes or links), newest release date first.
    QList<Release> summaries(const ReleaseFilter &filter);
    QList<Revision> revisions(qint64 releaseId);
    // Every tag in use on releases not in the trash, most used first, for completion.
    QStringList tags();
    // Summaries of the releases not in the trash that quote the speaker, newest first.
    QList<Release> quoting(qint64 speakerId);
    // Summaries of the releases not in the trash that link the event, newest first.
    QList<Release> linkingEvent(qint64 eventId);
    // Summaries of the releases of a translation group (originals and translations).
    QList<Release> translations(const QString &translationGroup);

    // One transaction: the row, tags, quotes, event and contact links, the search index
    // and a revision. Inserts when id is 0 (assigning uuid and translation group).
    // An approved release whose text changes goes back to in review (returnedToReview()):
    // what was approved is no longer what would be published.
    bool save(Release &release, SaveOptions options);
    bool returnedToReview() const { return m_returnedToReview; }
    bool save(Release &release) { return save(release, SaveOptions {}); }
    // The last save failed because another process (or window) saved the release since it
    // was loaded: the caller offers to keep its version as a new revision, take theirs, or
    // merge. Nothing was written.
    bool lastSaveConflicted() const { return m_conflict; }

protected:
    void beforeLifecycleChange(qint64 id) override;
    void afterLifecycleChange(qint64 id) override;

private:
    Release fromRow(const Query &query) const;
    void loadChildren(Release &release);
    void writeChildren(const Release &release, bool isNew);

    bool m_conflict = false;
    bool m_returnedToReview = false;
};

} // namespace pressdesk
