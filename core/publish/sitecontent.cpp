#include "sitecontent.h"

#include "export/exportsource.h"
#include "storage/releaserepository.h"

namespace pressdesk {

bool SiteContent::isPublic(const Release &release, const QDateTime &now)
{
    if (release.deletedAt.isValid())
        return false;
    if (release.status != ReleaseStatus::Published && release.status != ReleaseStatus::Archived)
        return false;
    return !release.embargoUntil.isValid() || release.embargoUntil <= now;
}

bool SiteContent::load(Database &database, const QDateTime &now, const QStringList &languages)
{
    m_items.clear();
    ReleaseRepository repository(database);
    const QList<Release> summaries = repository.summaries(ReleaseFilter {});
    if (!repository.errorString().isEmpty()) {
        m_error = repository.errorString();
        return false;
    }
    ExportSource source(database);
    for (const Release &summary : summaries) {
        if (!isPublic(summary, now) || (!languages.isEmpty() && !languages.contains(summary.language)))
            continue;
        std::optional<Release> release = source.release(summary.id);
        if (!release) {
            m_error = source.errorString();
            return false;
        }
        // Checked again on the full row: it may have changed since the list was read.
        if (!isPublic(*release, now))
            continue;
        ExportContext context = source.contextFor(*release);
        context.generatedAt = now;
        m_items.append({ std::move(*release), std::move(context) });
    }
    return true;
}

} // namespace pressdesk
