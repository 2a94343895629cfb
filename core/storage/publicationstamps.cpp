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
        // Two queries that each read one index, not the rows (whose bodies would be read past):
        // the public ids, then every row's last change.
        Query &ids = prepared(QStringLiteral("SELECT id FROM releases WHERE deleted_at IS NULL AND status IN (?, ?)"));
        ids.bind(0, statusKey(ReleaseStatus::Published)).bind(1, statusKey(ReleaseStatus::Archived)).exec();
        while (ids.next())
            result.insert(ids.value(0).toLongLong(), QString());
        ids.finish();
        Query &changes = prepared(
            QStringLiteral("SELECT id, updated_at FROM releases WHERE deleted_at IS NULL ORDER BY updated_at, id"));
        changes.exec();
        while (changes.next()) {
            const auto found = result.find(changes.value(0).toLongLong());
            if (found != result.end())
                *found = changes.value(1).toString();
        }
        changes.finish();
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
                for (int column = 0; column < 4; ++column) {
                    const QString value = query.value(column).toString();
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(value.constData()), value.size() * 2));
                    hash.addData(QByteArrayView(";", 1));
                }
            }
            query.finish();
            hash.addData("|");
        }
    });
    return ok ? hash.result().toHex() : QByteArray();
}

} // namespace pressdesk
