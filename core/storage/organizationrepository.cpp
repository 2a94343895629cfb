#include "organizationrepository.h"

#include "searchindex.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

const QString columns = QStringLiteral("id, name, short_name, country, website, address, boilerplate, logo, is_ours, "
                                       "created_at, updated_at, deleted_at, version");

} // namespace

OrganizationRepository::OrganizationRepository(Database &database)
    : Repository(database, Entity::Organization)
{ }

Organization OrganizationRepository::fromRow(const Query &query) const
{
    Organization organization;
    organization.id = query.value(0).toLongLong();
    organization.name = query.value(1).toString();
    organization.shortName = query.value(2).toString();
    organization.country = query.value(3).toString();
    organization.website = query.value(4).toString();
    organization.address = query.value(5).toString();
    organization.boilerplate = query.value(6).toString();
    organization.logo = query.value(7).toByteArray();
    organization.isOurs = query.value(8).toBool();
    organization.createdAt = parseTimestamp(query.value(9));
    organization.updatedAt = parseTimestamp(query.value(10));
    organization.deletedAt = parseTimestamp(query.value(11));
    organization.version = query.value(12).toInt();
    return organization;
}

std::optional<Organization> OrganizationRepository::load(qint64 id)
{
    std::optional<Organization> result;
    read([&] {
        Query &query = prepared(QStringLiteral("SELECT %1 FROM organizations WHERE id = ?").arg(columns));
        query.bind(0, id).exec();
        if (query.next())
            result = fromRow(query);
        query.finish();
    });
    return result;
}

std::optional<Organization> OrganizationRepository::ours()
{
    std::optional<Organization> result;
    read([&] {
        Query &query = prepared(QStringLiteral("SELECT %1 FROM organizations WHERE is_ours = 1 "
                                               "AND deleted_at IS NULL ORDER BY id LIMIT 1")
                                    .arg(columns));
        query.exec();
        if (query.next())
            result = fromRow(query);
        query.finish();
    });
    return result;
}

std::optional<qint64> OrganizationRepository::findByName(const QString &name)
{
    std::optional<qint64> result;
    read([&] {
        const SqlDialect &sql = database().dialect();
        const QVariant id = prepared(
            QStringLiteral("SELECT id FROM organizations WHERE deleted_at IS NULL "
                           "AND (%1 OR %2) ORDER BY id LIMIT 1")
                .arg(sql.caselessEquals(QStringLiteral("name")), sql.caselessEquals(QStringLiteral("short_name"))))
                                .bind(0, name)
                                .bind(1, name)
                                .scalar();
        if (id.isValid())
            result = id.toLongLong();
    });
    return result;
}

QList<Organization> OrganizationRepository::list(int limit)
{
    QList<Organization> result;
    read([&] {
        Query &query = prepared(QStringLiteral("SELECT %1 FROM organizations WHERE deleted_at IS NULL "
                                               "ORDER BY %2, id LIMIT ?")
                                    .arg(columns, database().dialect().caseless(QStringLiteral("name"))));
        query.bind(0, rowLimit(limit)).exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
    });
    return result;
}

bool OrganizationRepository::save(Organization &organization)
{
    const ValidationIssues issues = organization.validate();
    if (!issues.isEmpty())
        return fail(describeIssues(issues));
    const QString timestamp = now();
    qint64 id = organization.id;
    const bool ok = write(id, [&] {
        if (organization.isOurs) {
            prepared(QStringLiteral("UPDATE organizations SET is_ours = 0 WHERE is_ours = 1 AND id <> ?"))
                .bind(0, id)
                .exec();
        }
        const bool inserting = id == 0;
        Query &query =
            prepared(inserting ? QStringLiteral("INSERT INTO organizations (name, short_name, country, website, "
                                                "address, boilerplate, logo, is_ours, created_at, updated_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                               : QStringLiteral("UPDATE organizations SET name = ?, short_name = ?, country = ?, "
                                                "website = ?, address = ?, boilerplate = ?, logo = ?, is_ours = ?, "
                                                "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
        query.bind(0, organization.name.trimmed())
            .bind(1, text(organization.shortName))
            .bind(2, text(organization.country))
            .bind(3, text(organization.website))
            .bind(4, text(organization.address))
            .bind(5, text(organization.boilerplate))
            .bind(6,
                organization.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(organization.logo))
            .bind(7, organization.isOurs ? 1 : 0);
        if (inserting)
            query.bind(8, timestamp).bind(9, timestamp);
        else
            query.bind(8, timestamp).bind(9, id).bind(10, organization.version);
        query.exec();
        if (inserting)
            id = query.returnedId();
        else if (query.numRowsAffected() == 0)
            throwNotSavedBecause(id, organization.version, QCoreApplication::translate("Repository", "organization"));
        // Speakers and events are found by their organization's name.
        if (!inserting) {
            for (const QString &sql : { SearchIndex::removeSpeakersOf(backend()), SearchIndex::addSpeakersOf(backend()),
                     SearchIndex::removeEventsOf(backend()), SearchIndex::addEventsOf(backend()) })
                updateIndex(sql, id);
        }
    });
    if (ok) {
        if (organization.id == 0)
            organization.createdAt = parseTimestamp(timestamp);
        organization.id = id;
        organization.version = organization.version > 0 ? organization.version + 1 : 1;
        organization.updatedAt = parseTimestamp(timestamp);
    }
    return ok;
}

QString OrganizationRepository::usedBy(qint64 id)
{
    const int events = prepared(QStringLiteral("SELECT count(*) FROM event_organizations WHERE organization_id = ?"))
                           .bind(0, id)
                           .scalar()
                           .toInt();
    if (events > 0)
        return QCoreApplication::translate("Repository",
            "The organization takes part in %n event(s); remove it "
            "from them first.",
            nullptr, events);
    return {};
}

} // namespace pressdesk
