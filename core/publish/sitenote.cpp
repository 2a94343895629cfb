#include "sitenote.h"

namespace pressdesk {

QDataStream &operator<<(QDataStream &stream, const SiteNote &note)
{
    const Release &row = note.row;
    stream << note.stamp << row.id << row.uuid << row.language << row.translationGroup << qint32(row.status)
           << row.headline << row.releaseDate << row.embargoUntil << row.updatedAt << row.publishedAt
           << qint32(row.version);
    stream << note.fingerprint << note.summary << note.tags << qint32(note.quotes.size());
    for (const SiteNote::Quote &quote : note.quotes)
        stream << quote.speakerId << quote.speakerName << quote.attribution;
    stream << note.events << qint32(note.contacts.size());
    for (const SiteNote::Contact &contact : note.contacts)
        stream << contact.id << contact.name << contact.title << contact.email << contact.phone;
    return stream << note.files;
}

QDataStream &operator>>(QDataStream &stream, SiteNote &note)
{
    qint32 count = 0;
    qint32 status = 0;
    qint32 version = 0;
    Release &row = note.row;
    stream >> note.stamp >> row.id >> row.uuid >> row.language >> row.translationGroup >> status >> row.headline
        >> row.releaseDate >> row.embargoUntil >> row.updatedAt >> row.publishedAt >> version;
    row.status = static_cast<ReleaseStatus>(status);
    row.version = version;
    stream >> note.fingerprint >> note.summary >> note.tags >> count;
    note.quotes.clear();
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        SiteNote::Quote quote;
        stream >> quote.speakerId >> quote.speakerName >> quote.attribution;
        note.quotes.append(quote);
    }
    stream >> note.events >> count;
    note.contacts.clear();
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        SiteNote::Contact contact;
        stream >> contact.id >> contact.name >> contact.title >> contact.email >> contact.phone;
        note.contacts.append(contact);
    }
    return stream >> note.files;
}

} // namespace pressdesk
