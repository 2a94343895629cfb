#include "publicationstamps.h"

#include "domain/releasestatus.h"

#include <QCryptographicHash>

namespace pressdesk {

PublicationStamps::PublicationStamps(Database &database)
    : Repository(database, Entity::Release)
{ }

QHash<qint64, QString> PublicationStamps::releases()
{
    QHash<qint64, QString> result;
    read([&] {
        Query &query = prepared(QStringLiteral("SELECT id, uuid, version, updated_at FROM releases "
                                               "WHERE deleted_at IS NULL AND status IN (?, ?)"));
        query.bind(0, statusKey(ReleaseStatus::Published)).bind(1, statusKey(ReleaseStatus::Archived)).exec();
        while (query.next()) {
            result.insert(query.value(0).toLongLong(),
                query.value(1).toString() + QLatin1Char(':') + query.value(2).toString() + QLatin1Char(':')
                    + query.value(3).toString());
        }
        query.finish();
    });
    return result;
}

QByteArray PublicationStamps::surroundings()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const bool ok = read([&] {
        for (const char *table : { "organizations", "events", "speakers" }) {
            Query &query = prepared(QStringLiteral("SELECT id, version, updated_at, deleted_at FROM %1 ORDER BY id")
                                        .arg(QLatin1String(table)));
            query.exec();
            while (query.next()) {
                hash.addData(QStringLiteral("%1:%2:%3:%4;")
                                 .arg(query.value(0).toLongLong())
                                 .arg(query.value(1).toLongLong())
                                 .arg(query.value(2).toString(), query.value(3).toString())
                                 .toUtf8());
            }
            query.finish();
            hash.addData("|");
        }
    });
    return ok ? hash.result().toHex() : QByteArray();
}

} // namespace pressdesk
