#include "speakerrepository.h"

#include "searchindex.h"

#include <QCoreApplication>

namespace pressdesk {

namespace {

const QString selectSpeaker =
    QStringLiteral("SELECT s.id, s.honorific, s.full_name, s.sort_name, s.title, s.organization_id, "
                   "coalesce(o.name, ''), s.country, s.email, s.phone, s.bio, s.photo, s.languages, s.notes, "
                   "s.created_at, s.updated_at, s.deleted_at, s.version "
                   "FROM speakers s LEFT JOIN organizations o ON o.id = s.organization_id ");

} // namespace

SpeakerRepository::SpeakerRepository(Database &database)
    : Repository(database, Entity::Speaker)
{ }

Speaker SpeakerRepository::fromRow(const Query &query) const
{
    Speaker speaker;
    speaker.id = query.value(0).toLongLong();
    speaker.honorific = query.value(1).toString();
    speaker.fullName = query.value(2).toString();
    speaker.sortName = query.value(3).toString();
    speaker.title = query.value(4).toString();
    speaker.organizationId = query.value(5).toLongLong();
    speaker.organizationName = query.value(6).toString();
    speaker.country = query.value(7).toString();
    speaker.email = query.value(8).toString();
    speaker.phone = query.value(9).toString();
    speaker.bio = query.value(10).toString();
    speaker.photo = query.value(11).toByteArray();
    speaker.languages = query.value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    speaker.notes = query.value(13).toString();
    speaker.createdAt = parseTimestamp(query.value(14));
    speaker.updatedAt = parseTimestamp(query.value(15));
    speaker.deletedAt = parseTimestamp(query.value(16));
    speaker.version = query.value(17).toInt();
    return speaker;
}

std::optional<Speaker> SpeakerRepository::load(qint64 id)
{
    std::optional<Speaker> result;
    read([&] {
        Query &query = prepared(selectSpeaker + QStringLiteral("WHERE s.id = ?"));
        query.bind(0, id).exec();
        if (query.next())
            result = fromRow(query);
        query.finish();
    });
    return result;
}

QList<Speaker> SpeakerRepository::list(int limit)
{
    QList<Speaker> result;
    read([&] {
        Query &query = prepared(selectSpeaker
            + QStringLiteral("WHERE s.deleted_at IS NULL ORDER BY %1, s.id LIMIT ?")
                  .arg(database().dialect().caseless(QStringLiteral("s.sort_name"))));
        query.bind(0, rowLimit(limit)).exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
    });
    return result;
}

bool SpeakerRepository::save(Speaker &speaker)
{
    const ValidationIssues issues = speaker.validate();
    if (!issues.isEmpty())
        return fail(describeIssues(issues));
    if (speaker.sortName.trimmed().isEmpty())
        speaker.sortName = speaker.derivedSortName();
    const QString timestamp = now();
    qint64 id = speaker.id;
    const bool ok = write(id, [&] {
        const bool inserting = id == 0;
        bool renamed = false;
        if (!inserting) {
            const QString previousName =
                prepared(QStringLiteral("SELECT full_name FROM speakers WHERE id = ?")).bind(0, id).scalar().toString();
            // Releases quoting this speaker index the name: they forget the old one first.
            renamed = previousName != speaker.fullName.trimmed();
            if (renamed)
                updateIndex(SearchIndex::unindexQuoting(backend()), id);
        }
        Query &query =
            prepared(inserting ? QStringLiteral("INSERT INTO speakers (honorific, full_name, sort_name, title, "
                                                "organization_id, country, email, phone, bio, photo, languages, "
                                                "notes, created_at, updated_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                               : QStringLiteral("UPDATE speakers SET honorific = ?, full_name = ?, sort_name = ?, "
                                                "title = ?, organization_id = ?, country = ?, email = ?, phone = ?, "
                                                "bio = ?, photo = ?, languages = ?, notes = ?, updated_at = ?, "
                                                "version = version + 1 WHERE id = ? AND version = ?"));
        query.bind(0, text(speaker.honorific))
            .bind(1, speaker.fullName.trimmed())
            .bind(2, text(speaker.sortName.trimmed()))
            .bind(3, text(speaker.title))
            .bind(4, optionalId(speaker.organizationId))
            .bind(5, text(speaker.country))
            .bind(6, text(speaker.email.trimmed()))
            .bind(7, text(speaker.phone))
            .bind(8, text(speaker.bio))
            .bind(9, speaker.photo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(speaker.photo))
            .bind(10, text(speaker.languages.join(QLatin1Char(','))))
            .bind(11, text(speaker.notes));
        if (inserting)
            query.bind(12, timestamp).bind(13, timestamp);
        else
            query.bind(12, timestamp).bind(13, id).bind(14, speaker.version);
        query.exec();
        if (inserting)
            id = query.returnedId();
        else if (query.numRowsAffected() == 0)
            throwNotSavedBecause(id, speaker.version, QCoreApplication::translate("Repository", "speaker"));
        if (renamed)
            updateIndex(SearchIndex::indexQuoting(backend()), id);
        afterLifecycleChange(id);
    });
    if (ok) {
        if (speaker.id == 0)
            speaker.createdAt = parseTimestamp(timestamp);
        speaker.id = id;
        speaker.version = speaker.version > 0 ? speaker.version + 1 : 1;
        speaker.updatedAt = parseTimestamp(timestamp);
    }
    return ok;
}

void SpeakerRepository::afterLifecycleChange(qint64 id)
{
    updateIndex(SearchIndex::removeSpeaker(backend()), id);
    updateIndex(SearchIndex::addSpeaker(backend()), id);
}

QString SpeakerRepository::usedBy(qint64 id)
{
    Query &query = prepared(QStringLiteral("SELECT r.headline FROM releases r WHERE r.id IN "
                                           "(SELECT release_id FROM quotes WHERE speaker_id = ? "
                                           " UNION SELECT release_id FROM release_contacts WHERE speaker_id = ?) "
                                           "ORDER BY r.release_date DESC LIMIT 4"));
    query.bind(0, id).bind(1, id).exec();
    QStringList headlines;
    while (query.next())
        headlines.append(QStringLiteral("\u201C%1\u201D").arg(query.value(0).toString()));
    query.finish();
    if (headlines.isEmpty())
        return {};
    return QCoreApplication::translate("Repository",
        "The speaker is quoted or named as a contact in: %1. "
        "Remove them from those releases first.")
        .arg(headlines.join(QLatin1String("; ")));
}

} // namespace pressdesk
