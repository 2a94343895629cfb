#include "releasesearchindex.h"

namespace pressdesk {

namespace {

QString insertSelect(const QString &condition)
{
    return QStringLiteral(
               "INSERT INTO releases_fts (rowid, headline, subheadline, lead, body, quotes, speakers) "
               "SELECT r.id, r.headline, r.subheadline, r.lead, r.body, "
               "  (SELECT group_concat(q.text, char(10)) FROM quotes q WHERE q.release_id = r.id), "
               "  (SELECT group_concat(s.full_name || ' ' || q.attribution, char(10)) FROM quotes q "
               "     JOIN speakers s ON s.id = q.speaker_id WHERE q.release_id = r.id) "
               "FROM releases r WHERE r.deleted_at IS NULL AND %1")
        .arg(condition);
}

const QString quotingSpeaker = QStringLiteral("(SELECT release_id FROM quotes WHERE speaker_id = ?)");

} // namespace

QString ReleaseSearchIndex::removeRelease()
{
    return QStringLiteral("DELETE FROM releases_fts WHERE rowid = ?");
}

QString ReleaseSearchIndex::indexRelease()
{
    return insertSelect(QStringLiteral("r.id = ?"));
}

QString ReleaseSearchIndex::removeQuoting()
{
    return QStringLiteral("DELETE FROM releases_fts WHERE rowid IN ") + quotingSpeaker;
}

QString ReleaseSearchIndex::indexQuoting()
{
    return insertSelect(QStringLiteral("r.id IN ") + quotingSpeaker);
}

} // namespace pressdesk
