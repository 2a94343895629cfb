#include "sitenote.h"

namespace pressdesk {

// Text as UTF-8: the manifest of a large archive holds tens of thousands of notes, mostly
// ASCII, and is written at every publish; UTF-16 made it twice as long to write and read.
QDataStream &operator<<(QDataStream &stream, const ManifestText &text)
{
    return stream << text.text.toUtf8();
}

QDataStream &operator>>(QDataStream &stream, ManifestTextIn text)
{
    QByteArray bytes;
    stream >> bytes;
    text.text = QString::fromUtf8(bytes);
    return stream;
}

QDataStream &operator<<(QDataStream &stream, const ManifestTexts &texts)
{
    stream << qint32(texts.texts.size());
    for (const QString &text : texts.texts)
        stream << ManifestText { text };
    return stream;
}

QDataStream &operator>>(QDataStream &stream, ManifestTextsIn texts)
{
    qint32 count = 0;
    stream >> count;
    texts.texts.clear();
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QString text;
        stream >> ManifestTextIn { text };
        texts.texts.append(text);
    }
    return stream;
}

QDataStream &operator<<(QDataStream &stream, const SiteNote &note)
{
    const Release &row = note.row;
    using T = ManifestText;
    stream << T { note.stamp } << row.id << T { row.uuid } << T { row.language } << T { row.translationGroup }
           << qint32(row.status) << T { row.headline } << row.releaseDate << row.embargoUntil << row.updatedAt
           << row.publishedAt << qint32(row.version);
    stream << note.fingerprint << T { note.summary } << ManifestTexts { note.tags } << qint32(note.quotes.size());
    for (const SiteNote::Quote &quote : note.quotes)
        stream << quote.speakerId << T { quote.speakerName } << T { quote.attribution };
    stream << note.events << qint32(note.contacts.size());
    for (const SiteNote::Contact &contact : note.contacts)
        stream << contact.id << T { contact.name } << T { contact.title } << T { contact.email } << T { contact.phone };
    return stream << ManifestTexts { note.files };
}

QDataStream &operator>>(QDataStream &stream, SiteNote &note)
{
    qint32 count = 0;
    qint32 status = 0;
    qint32 version = 0;
    Release &row = note.row;
    using T = ManifestTextIn;
    stream >> T { note.stamp } >> row.id >> T { row.uuid } >> T { row.language } >> T { row.translationGroup } >> status
        >> T { row.headline } >> row.releaseDate >> row.embargoUntil >> row.updatedAt >> row.publishedAt >> version;
    row.status = static_cast<ReleaseStatus>(status);
    row.version = version;
    stream >> note.fingerprint >> T { note.summary } >> ManifestTextsIn { note.tags } >> count;
    note.quotes.clear();
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        SiteNote::Quote quote;
        stream >> quote.speakerId >> T { quote.speakerName } >> T { quote.attribution };
        note.quotes.append(quote);
    }
    stream >> note.events >> count;
    note.contacts.clear();
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        SiteNote::Contact contact;
        stream >> contact.id >> T { contact.name } >> T { contact.title } >> T { contact.email } >> T { contact.phone };
        note.contacts.append(contact);
    }
    return stream >> ManifestTextsIn { note.files };
}

} // namespace pressdesk
