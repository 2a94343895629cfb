#include "contactrepository.h"

#include "search/contactfilter.h"

#include <QCoreApplication>
#include <QUuid>

namespace pressdesk {

namespace {

const QString selectContact =
    QStringLiteral("SELECT id, uuid, name, outlet, role, beats, languages, country, email, phone, notes, "
                   "do_not_contact, bounced_at, bounce_reply, respects_embargoes, created_at, updated_at, version "
                   "FROM media_contacts ");

QStringList splitStored(const QVariant &value)
{
    QStringList parts;
    for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        parts.append(part.trimmed());
    return parts;
}

} // namespace

ContactRepository::ContactRepository(Database &database)
    : Repository(database, Entity::Contact)
{ }

MediaContact ContactRepository::fromRow(const Query &query) const
{
    MediaContact contact;
    contact.id = query.value(0).toLongLong();
    contact.uuid = query.value(1).toString();
    contact.name = query.value(2).toString();
    contact.outlet = query.value(3).toString();
    contact.role = query.value(4).toString();
    contact.beats = splitStored(query.value(5));
    contact.languages = splitStored(query.value(6));
    contact.country = query.value(7).toString();
    contact.email = query.value(8).toString();
    contact.phone = query.value(9).toString();
    contact.notes = query.value(10).toString();
    contact.doNotContact = query.value(11).toInt() != 0;
    contact.bouncedAt = parseTimestamp(query.value(12));
    contact.bounceReply = query.value(13).toString();
    contact.respectsEmbargoes = query.value(14).toInt() != 0;
    contact.createdAt = parseTimestamp(query.value(15));
    contact.updatedAt = parseTimestamp(query.value(16));
    contact.version = query.value(17).toInt();
    return contact;
}

std::optional<MediaContact> ContactRepository::load(qint64 id)
{
    std::optional<MediaContact> result;
    read([&] {
        Query &query = prepared(selectContact + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"));
        query.bind(0, id).exec();
        if (query.next())
            result = fromRow(query);
        query.finish();
    });
    return result;
}

QList<MediaContact> ContactRepository::readAll(int limit)
{
    QList<MediaContact> result;
    Query &query = prepared(selectContact
        + QStringLiteral("WHERE deleted_at IS NULL ORDER BY %1, id LIMIT ?")
              .arg(database().dialect().caseless(QStringLiteral("name"))));
    query.bind(0, rowLimit(limit)).exec();
    while (query.next())
        result.append(fromRow(query));
    query.finish();
    return result;
}

QList<MediaContact> ContactRepository::list(int limit)
{
    QList<MediaContact> result;
    read([&] { result = readAll(limit); });
    return result;
}

QList<MediaContact> ContactRepository::search(const QString &queryText)
{
    const ContactFilter filter = ContactFilter::parse(queryText);
    QList<MediaContact> result;
    read([&] {
        result = readAll(-1);
        if (!filter.isEmpty())
            result.removeIf([&](const MediaContact &contact) { return !filter.matches(contact); });
    });
    return result;
}

qint64 ContactRepository::findByEmail(const QString &email)
{
    qint64 id = 0;
    const QString address = email.trimmed().toLower();
    if (address.isEmpty())
        return 0;
    read([&] {
        id = prepared(QStringLiteral("SELECT id FROM media_contacts WHERE lower(email) = ? AND deleted_at IS NULL "
                                     "ORDER BY id LIMIT 1"))
                 .bind(0, address)
                 .scalar()
                 .toLongLong();
    });
    return id;
}

void ContactRepository::insertOrUpdate(MediaContact &contact)
{
    const ValidationIssues issues = contact.validate();
    if (!issues.isEmpty())
        throw StorageError(describeIssues(issues));
    const QString address = contact.email.trimmed();
    if (!address.isEmpty()) {
        const QVariant other = prepared(QStringLiteral("SELECT name FROM media_contacts WHERE lower(email) = ? "
                                                       "AND id <> ? AND deleted_at IS NULL LIMIT 1"))
                                   .bind(0, address.toLower())
                                   .bind(1, contact.id)
                                   .scalar();
        if (other.isValid())
            throw StorageError(QCoreApplication::translate("Repository", "%1 already has the address %2.")
                                   .arg(other.toString(), address));
    }
    if (contact.uuid.isEmpty())
        contact.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = now();
    const bool inserting = contact.id == 0;
    Query &query = prepared(inserting
            ? QStringLiteral("INSERT INTO media_contacts (uuid, name, outlet, role, beats, languages, country, email, "
                             "phone, notes, do_not_contact, bounced_at, bounce_reply, respects_embargoes, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            : QStringLiteral("UPDATE media_contacts SET uuid = ?, name = ?, outlet = ?, role = ?, beats = ?, "
                             "languages = ?, country = ?, email = ?, phone = ?, notes = ?, do_not_contact = ?, "
                             "bounced_at = ?, bounce_reply = ?, respects_embargoes = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ?"));
    query.bind(0, contact.uuid)
        .bind(1, contact.name.trimmed())
        .bind(2, text(contact.outlet.trimmed()))
        .bind(3, text(contact.role.trimmed()))
        .bind(4, text(MediaContact::normalizedBeats(contact.beats).join(QLatin1Char(','))))
        .bind(5, text(contact.languages.join(QLatin1Char(','))))
        .bind(6, text(contact.country.trimmed()))
        .bind(7, text(address))
        .bind(8, text(contact.phone.trimmed()))
        .bind(9, text(contact.notes))
        .bind(10, contact.doNotContact ? 1 : 0)
        .bind(11,
            contact.bouncedAt.isValid() ? QVariant(contact.bouncedAt.toUTC().toString(Qt::ISODateWithMs))
                                        : QVariant(QMetaType(QMetaType::QString)))
        .bind(12, text(contact.bounceReply))
        .bind(13, contact.respectsEmbargoes ? 1 : 0);
    if (inserting)
        query.bind(14, timestamp).bind(15, timestamp);
    else
        query.bind(14, timestamp).bind(15, contact.id).bind(16, contact.version);
    query.exec();
    if (inserting) {
        contact.id = query.returnedId();
        contact.createdAt = parseTimestamp(timestamp);
    } else if (query.numRowsAffected() == 0) {
        throwNotSavedBecause(contact.id, contact.version, QCoreApplication::translate("Repository", "media contact"));
    }
    contact.version = contact.version > 0 ? contact.version + 1 : 1;
    contact.updatedAt = parseTimestamp(timestamp);
}

bool ContactRepository::save(MediaContact &contact)
{
    MediaContact saved = contact;
    qint64 id = contact.id;
    const bool ok = write(id, [&] {
        insertOrUpdate(saved);
        id = saved.id;
    });
    if (ok)
        contact = saved;
    return ok;
}

bool ContactRepository::markBounced(qint64 id, const QDateTime &at, const QString &reply)
{
    return write(id, [&] {
        Query &query = prepared(QStringLiteral("UPDATE media_contacts SET bounced_at = ?, bounce_reply = ?, "
                                               "updated_at = ?, version = version + 1 WHERE id = ?"));
        query
            .bind(0,
                at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs))
                             : QVariant(QMetaType(QMetaType::QString)))
            .bind(1, text(at.isValid() ? reply : QString()))
            .bind(2, now())
            .bind(3, id)
            .exec();
        if (query.numRowsAffected() == 0)
            throw StorageError(QCoreApplication::translate("Repository", "There is no %1 with id %2.")
                                   .arg(QStringLiteral("contact"))
                                   .arg(id));
    });
}

} // namespace pressdesk
