#include "releaserepository.h"

#include "domain/domainjson.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace pressdesk {

namespace {

// What an approval approves: everything that is printed or sent, not who saved or when.
bool sameApprovedText(const Release &a, const Release &b)
{
    const auto quotes = [](const Release &release) {
        QStringList parts;
        for (const Quote &quote : release.quotes)
            parts << QString::number(quote.speakerId) << quote.text << quote.attribution;
        return parts;
    };
    const auto links = [](const Release &release) {
        QList<qint64> ids;
        for (const EventRef &event : release.events)
            ids << event.id;
        ids << -1;
        for (const ContactRef &contact : release.contacts)
            ids << contact.id;
        return ids;
    };
    return a.headline == b.headline && a.subheadline == b.subheadline && a.datelineCity == b.datelineCity
        && a.datelineCountry == b.datelineCountry && a.releaseDate == b.releaseDate && a.embargoUntil == b.embargoUntil
        && a.embargoTimeZone == b.embargoTimeZone && a.lead == b.lead && a.body == b.body
        && a.boilerplate == b.boilerplate && a.notesToEditors == b.notesToEditors && a.tags == b.tags
        && a.language == b.language && a.organizationId == b.organizationId && quotes(a) == quotes(b)
        && links(a) == links(b);
}

const QString selectRelease =
    QStringLiteral("SELECT id, uuid, language, translation_group, status, headline, subheadline, dateline_city, "
                   "dateline_country, release_date, embargo_until, embargo_time_zone, lead, body, boilerplate, "
                   "notes_to_editors, author, organization_id, version, created_at, updated_at, published_at, "
                   "deleted_at FROM releases ");

const QString selectSummary =
    QStringLiteral("SELECT id, uuid, language, translation_group, status, headline, subheadline, dateline_city, "
                   "dateline_country, release_date, embargo_until, embargo_time_zone, '', '', '', '', author, "
                   "organization_id, version, created_at, updated_at, published_at, deleted_at FROM releases ");

} // namespace

ReleaseRepository::ReleaseRepository(Database &database)
    : Repository(database, Entity::Release)
{ }

Release ReleaseRepository::fromRow(const Query &query) const
{
    Release release;
    release.id = query.value(0).toLongLong();
    release.uuid = query.value(1).toString();
    release.language = query.value(2).toString();
    release.translationGroup = query.value(3).toString();
    release.status = statusFromKey(query.value(4).toString()).value_or(ReleaseStatus::Draft);
    release.headline = query.value(5).toString();
    release.subheadline = query.value(6).toString();
    release.datelineCity = query.value(7).toString();
    release.datelineCountry = query.value(8).toString();
    release.releaseDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    release.embargoUntil = parseTimestamp(query.value(10));
    release.embargoTimeZone = query.value(11).toString();
    release.lead = query.value(12).toString();
    release.body = query.value(13).toString();
    release.boilerplate = query.value(14).toString();
    release.notesToEditors = query.value(15).toString();
    release.author = query.value(16).toString();
    release.organizationId = query.value(17).toLongLong();
    release.version = query.value(18).toInt();
    release.createdAt = parseTimestamp(query.value(19));
    release.updatedAt = parseTimestamp(query.value(20));
    release.publishedAt = parseTimestamp(query.value(21));
    release.deletedAt = parseTimestamp(query.value(22));
    return release;
}

void ReleaseRepository::loadChildren(Release &release)
{
    Query &tags = prepared(QStringLiteral("SELECT tag FROM release_tags WHERE release_id = ? ORDER BY position"));
    tags.bind(0, release.id).exec();
    while (tags.next())
        release.tags.append(tags.value(0).toString());
    tags.finish();

    Query &quotes =
        prepared(QStringLiteral("SELECT q.id, q.speaker_id, q.text, q.attribution, s.full_name, q.placement "
                                ""
                                "FROM quotes q "
                                "JOIN speakers s ON s.id = q.speaker_id WHERE q.release_id = ? ORDER BY q.position"));
    quotes.bind(0, release.id).exec();
    while (quotes.next()) {
        release.quotes.append({ quotes.value(0).toLongLong(), quotes.value(1).toLongLong(), quotes.value(2).toString(),
            quotes.value(3).toString(), quotes.value(4).toString(),
            quotes.value(5).isNull() ? -1 : quotes.value(5).toInt() });
    }
    quotes.finish();

    Query &events =
        prepared(QStringLiteral("SELECT e.id, e.name FROM release_events l JOIN events e ON e.id = l.event_id "
                                "WHERE l.release_id = ? ORDER BY l.position"));
    events.bind(0, release.id).exec();
    while (events.next())
        release.events.append({ events.value(0).toLongLong(), events.value(1).toString() });
    events.finish();

    Query &contacts =
        prepared(QStringLiteral("SELECT s.id, s.full_name, s.title, s.email, s.phone FROM release_contacts l "
                                "JOIN speakers s ON s.id = l.speaker_id WHERE l.release_id = ? ORDER BY l.position"));
    contacts.bind(0, release.id).exec();
    while (contacts.next()) {
        release.contacts.append({ contacts.value(0).toLongLong(), contacts.value(1).toString(),
            contacts.value(2).toString(), contacts.value(3).toString(), contacts.value(4).toString() });
    }
    contacts.finish();
}

std::optional<Release> ReleaseRepository::load(qint64 id)
{
    std::optional<Release> result;
    read([&] {
        Query &query = prepared(selectRelease + QStringLiteral("WHERE id = ?"));
        query.bind(0, id).exec();
        if (query.next())
            result = fromRow(query);
        query.finish();
        if (result)
            loadChildren(*result);
    });
    return result;
}

std::optional<Release> ReleaseRepository::loadByUuid(const QString &uuid)
{
    QVariant id;
    if (!read([&] { id = prepared(QStringLiteral("SELECT id FROM releases WHERE uuid = ?")).bind(0, uuid).scalar(); }))
        return std::nullopt;
    if (!id.isValid())
        return std::nullopt;
    return load(id.toLongLong());
}

QList<Release> ReleaseRepository::summaries(const ReleaseFilter &filter)
{
    QList<Release> result;
    read([&] {
        Query &query = prepared(selectSummary
            + QStringLiteral("WHERE deleted_at IS NULL AND (CAST(? AS TEXT) IS NULL OR status = ?) "
                             "ORDER BY release_date DESC, id DESC LIMIT ?"));
        const QVariant status =
            filter.status ? QVariant(statusKey(*filter.status)) : QVariant(QMetaType(QMetaType::QString));
        query.bind(0, status).bind(1, status).bind(2, rowLimit(filter.limit)).exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
    });
    return result;
}

QList<Revision> ReleaseRepository::revisions(qint64 releaseId)
{
    QList<Revision> result;
    read([&] {
        Query &query = prepared(QStringLiteral("SELECT id, release_id, version, author, created_at, snapshot "
                                               "FROM revisions WHERE release_id = ? ORDER BY id"));
        query.bind(0, releaseId).exec();
        while (query.next()) {
            result.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                query.value(3).toString(), parseTimestamp(query.value(4)), query.value(5).toString().toUtf8() });
        }
        query.finish();
    });
    return result;
}

QStringList ReleaseRepository::tags()
{
    QStringList result;
    read([&] {
        // One spelling per tag whatever its case, the most used first.
        const SqlDialect &sql = database().dialect();
        Query &query =
            prepared(QStringLiteral("SELECT min(t.tag) FROM release_tags t JOIN releases r ON r.id = "
                                    "t.release_id WHERE r.deleted_at IS NULL GROUP BY %1 "
                                    "ORDER BY count(*) DESC, %2")
                         .arg(sql.caseless(QStringLiteral("t.tag")), sql.caseless(QStringLiteral("min(t.tag)"))));
        query.exec();
        while (query.next())
            result.append(query.value(0).toString());
        query.finish();
    });
    return result;
}

QList<Release> ReleaseRepository::quoting(qint64 speakerId)
{
    QList<Release> result;
    read([&] {
        Query &query = prepared(selectSummary
            + QStringLiteral("WHERE deleted_at IS NULL AND id IN (SELECT release_id FROM quotes WHERE speaker_id = ?) "
                             "ORDER BY release_date DESC, id DESC"));
        query.bind(0, speakerId).exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
    });
    return result;
}

QList<Release> ReleaseRepository::linkingEvent(qint64 eventId)
{
    QList<Release> result;
    read([&] {
        Query &query = prepared(selectSummary
            + QStringLiteral(
                "WHERE deleted_at IS NULL AND id IN (SELECT release_id FROM release_events WHERE event_id = ?) "
                "ORDER BY release_date DESC, id DESC"));
        query.bind(0, eventId).exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
    });
    return result;
}

QList<Release> ReleaseRepository::translations(const QString &translationGroup)
{
    QList<Release> result;
    if (translationGroup.isEmpty())
        return result;
    read([&] {
        Query &query =
            prepared(selectSummary + QStringLiteral("WHERE deleted_at IS NULL AND translation_group = ? ORDER BY id"));
        query.bind(0, translationGroup).exec();
        while (query.next())
            result.append(fromRow(query));
        query.finish();
    });
    return result;
}

bool ReleaseRepository::save(Release &release, SaveOptions options)
{
    const ValidationIssues issues = release.validate();
    if (!issues.isEmpty())
        return fail(describeIssues(issues));

    m_conflict = false;
    m_returnedToReview = false;
    Release saved = release;
    if (saved.id > 0 && saved.status == ReleaseStatus::Approved) {
        const std::optional<Release> stored = load(saved.id);
        if (stored && stored->status == ReleaseStatus::Approved && !sameApprovedText(*stored, saved)) {
            saved.status = ReleaseStatus::InReview;
            m_returnedToReview = true;
        }
    }
    const QString timestamp = now();
    const bool inserting = saved.id == 0;
    if (saved.uuid.isEmpty())
        saved.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (saved.translationGroup.isEmpty())
        saved.translationGroup = saved.uuid;
    if (inserting)
        saved.createdAt = parseTimestamp(timestamp);
    saved.updatedAt = parseTimestamp(timestamp);
    if (saved.status == ReleaseStatus::Published && !saved.publishedAt.isValid())
        saved.publishedAt = saved.updatedAt;
    ++saved.version;

    qint64 id = saved.id;
    const bool ok = write(id, [&] {
        if (!inserting)
            updateIndex(SearchIndex::unindexRelease(backend()), id);
        Query &query = prepared(inserting
                ? QStringLiteral("INSERT INTO releases (uuid, language, translation_group, status, headline, "
                                 "subheadline, dateline_city, dateline_country, release_date, embargo_until, "
                                 "embargo_time_zone, lead, body, boilerplate, notes_to_editors, author, "
                                 "organization_id, version, published_at, updated_at, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                : QStringLiteral("UPDATE releases SET uuid = ?, language = ?, translation_group = ?, "
                                 "status = ?, headline = ?, subheadline = ?, dateline_city = ?, "
                                 "dateline_country = ?, release_date = ?, embargo_until = ?, "
                                 "embargo_time_zone = ?, lead = ?, body = ?, boilerplate = ?, "
                                 "notes_to_editors = ?, author = ?, organization_id = ?, version = ?, "
                                 "published_at = ?, updated_at = ? WHERE id = ? AND version = ?"));
        query.bind(0, saved.uuid)
            .bind(1, saved.language)
            .bind(2, saved.translationGroup)
            .bind(3, statusKey(saved.status))
            .bind(4, saved.headline.trimmed())
            .bind(5, text(saved.subheadline))
            .bind(6, text(saved.datelineCity))
            .bind(7, text(saved.datelineCountry))
            .bind(8, text(saved.releaseDate.toString(Qt::ISODate)))
            .bind(9, text(json::timestamp(saved.embargoUntil)))
            .bind(10, text(saved.embargoUntil.isValid() ? saved.embargoTimeZone : QString()))
            .bind(11, text(saved.lead))
            .bind(12, text(saved.body))
            .bind(13, text(saved.boilerplate))
            .bind(14, text(saved.notesToEditors))
            .bind(15, text(saved.author))
            .bind(16, optionalId(saved.organizationId))
            .bind(17, saved.version)
            .bind(18, text(saved.publishedAt.isValid() ? saved.publishedAt.toString(Qt::ISODateWithMs) : QString()))
            .bind(19, timestamp)
            .bind(20, inserting ? QVariant(timestamp) : QVariant(id));
        if (!inserting)
            query.bind(21, release.version); // the version this save started from
        query.exec();
        if (inserting) {
            id = query.returnedId();
        } else if (query.numRowsAffected() == 0) {
            const QVariant current =
                prepared(QStringLiteral("SELECT version FROM releases WHERE id = ?")).bind(0, id).scalar();
            if (!current.isValid())
                throw StorageError(
                    QCoreApplication::translate("Repository", "There is no release with id %1.").arg(id));
            m_conflict = true;
            throw StorageError(QCoreApplication::translate("Repository",
                "The release was changed elsewhere since it was opened "
                "(version %1 was opened, version %2 is saved). Nothing "
                "was overwritten.")
                                   .arg(release.version)
                                   .arg(current.toInt()));
        }
        saved.id = id;
        writeChildren(saved, inserting);
        updateIndex(SearchIndex::indexRelease(backend()), id);
        if (options.recordRevision) {
            const QByteArray snapshot = json::compact(json::release(saved));
            prepared(QStringLiteral("INSERT INTO revisions (release_id, version, author, created_at, snapshot) "
                                    "VALUES (?, ?, ?, ?, ?)"))
                .bind(0, id)
                .bind(1, saved.version)
                .bind(2, text(options.revisionAuthor.isEmpty() ? saved.author : options.revisionAuthor))
                .bind(3, timestamp)
                .bind(4, QString::fromUtf8(snapshot))
                .exec();
        }
    });
    if (ok)
        release = saved;
    return ok;
}

void ReleaseRepository::writeChildren(const Release &release, bool isNew)
{
    const qint64 id = release.id;
    // A new release has no children to replace; skipping the deletes matters in bulk.
    auto clear = [&](const char *table) {
        if (!isNew)
            prepared(QStringLiteral("DELETE FROM %1 WHERE release_id = ?").arg(QLatin1String(table)))
                .bind(0, id)
                .exec();
    };
    clear("release_tags");
    Query &addTag = prepared(
        QStringLiteral("INSERT INTO release_tags (release_id, tag, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (qsizetype i = 0; i < release.tags.size(); ++i) {
        const QString tag = release.tags.at(i).trimmed();
        if (!tag.isEmpty())
            addTag.bind(0, id).bind(1, tag).bind(2, static_cast<int>(i)).exec();
    }

    clear("quotes");
    Query &addQuote = prepared(QStringLiteral("INSERT INTO quotes (release_id, speaker_id, position, text, "
                                              "attribution, placement) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < release.quotes.size(); ++i) {
        const Quote &quote = release.quotes.at(i);
        addQuote.bind(0, id)
            .bind(1, quote.speakerId)
            .bind(2, static_cast<int>(i))
            .bind(3, quote.text)
            .bind(4, text(quote.attribution))
            .bind(5, quote.placement >= 0 ? QVariant(quote.placement) : QVariant(QMetaType(QMetaType::Int)))
            .exec();
    }

    clear("release_events");
    Query &addEvent = prepared(QStringLiteral(
        "INSERT INTO release_events (release_id, event_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (qsizetype i = 0; i < release.events.size(); ++i)
        addEvent.bind(0, id).bind(1, release.events.at(i).id).bind(2, static_cast<int>(i)).exec();

    clear("release_contacts");
    Query &addContact = prepared(QStringLiteral(
        "INSERT INTO release_contacts (release_id, speaker_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (qsizetype i = 0; i < release.contacts.size(); ++i)
        addContact.bind(0, id).bind(1, release.contacts.at(i).id).bind(2, static_cast<int>(i)).exec();
}

void ReleaseRepository::beforeLifecycleChange(qint64 id)
{
    updateIndex(SearchIndex::unindexRelease(backend()), id);
}

void ReleaseRepository::afterLifecycleChange(qint64 id)
{
    updateIndex(SearchIndex::indexRelease(backend()), id);
}

} // namespace pressdesk
