#include "sitecontent.h"

#include "export/exportsource.h"
#include "storage/publicationstamps.h"
#include "storage/releaserepository.h"

#include <algorithm>
#include <iterator>

namespace pressdesk {

bool SiteContent::isPublic(const Release &release, const QDateTime &now)
{
    if (release.deletedAt.isValid())
        return false;
    if (release.status != ReleaseStatus::Published && release.status != ReleaseStatus::Archived)
        return false;
    return !release.embargoUntil.isValid() || release.embargoUntil <= now;
}

QString SiteContent::summaryOf(const QString &lead)
{
    constexpr int length = 240;
    const QString simplified = lead.simplified();
    if (simplified.size() <= length)
        return simplified;
    QString cut = simplified.left(length);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > length / 2)
        cut.truncate(space);
    return cut + QStringLiteral("…");
}

bool SiteContent::load(Database &database, const QDateTime &now, const QStringList &languages, const Reuse &reuse)
{
    return readList(database, now, languages) && loadItems(database, now, reuse);
}

bool SiteContent::readList(
    Database &database, const QDateTime &now, const QStringList &languages, const KnownRow &known)
{
    m_summaries.clear();
    ReleaseRepository repository(database);
    // The stamps first: a row saved while the list is read carries a newer stamp than the one
    // kept, and is read again next time.
    PublicationStamps stamps(database);
    m_stamps = stamps.releases();
    if (!stamps.errorString().isEmpty()) {
        m_error = stamps.errorString();
        return false;
    }
    const auto newer = [](const Release &a, const Release &b) {
        return a.releaseDate != b.releaseDate ? a.releaseDate > b.releaseDate : a.id > b.id;
    };
    QList<Release> summaries;
    QList<qint64> unknown;
    if (known) {
        summaries.reserve(m_stamps.size());
        for (auto it = m_stamps.constBegin(); it != m_stamps.constEnd(); ++it) {
            if (const Release *row = known(it.key(), it.value()))
                summaries.append(*row);
            else
                unknown.append(it.key());
        }
    }
    constexpr qsizetype fewEnoughToReadOneByOne = 500;
    if (known && unknown.size() <= fewEnoughToReadOneByOne) {
        // Only the releases that changed since the last publish are read (one gone since the
        // stamps were read is left out).
        for (const qint64 id : std::as_const(unknown)) {
            if (std::optional<Release> release = repository.load(id))
                summaries.append(std::move(*release));
            else if (!repository.errorString().isEmpty()) {
                m_error = repository.errorString();
                return false;
            }
        }
        std::sort(summaries.begin(), summaries.end(), newer);
    } else {
        // Only the published and the archived rows are read (not the drafts and releases in
        // review of a large archive), merged newest first as the repository orders them.
        const QList<Release> published = repository.summaries(ReleaseFilter { ReleaseStatus::Published });
        const QList<Release> archived = repository.summaries(ReleaseFilter { ReleaseStatus::Archived });
        if (!repository.errorString().isEmpty()) {
            m_error = repository.errorString();
            return false;
        }
        summaries.clear();
        summaries.reserve(published.size() + archived.size());
        std::merge(
            published.begin(), published.end(), archived.begin(), archived.end(), std::back_inserter(summaries), newer);
    }
    m_summaries.reserve(summaries.size());
    for (const Release &summary : std::as_const(summaries)) {
        if (isPublic(summary, now) && (languages.isEmpty() || languages.contains(summary.language)))
            m_summaries.append(summary);
    }
    return true;
}

bool SiteContent::loadItems(Database &database, const QDateTime &now, const Reuse &reuse)
{
    m_items.clear();
    ExportSource source(database);
    for (const Release &summary : std::as_const(m_summaries)) {
        if (reuse) {
            if (std::optional<Item> item = reuse(summary)) {
                m_items.append(std::move(*item));
                continue;
            }
        }
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
        const QString listSummary = summaryOf(release->lead);
        m_items.append({ std::move(*release), std::move(context), listSummary, false, {}, {}, {} });
    }
    return true;
}

} // namespace pressdesk
