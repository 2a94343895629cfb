#pragma once

#include "domain/release.h"

#include <QByteArray>
#include <QDataStream>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// What the press room's manifest keeps about a public release between two publishes: its
// fingerprint, what its list entries show and the files it was made into. An unchanged
// release is taken from its note instead of being read and made again.
struct SiteNote
{
    struct Quote
    {
        qint64 speakerId = 0;
        QString speakerName;
        QString attribution;
    };
    struct Contact
    {
        qint64 id = 0;
        QString name;
        QString title;
        QString email;
        QString phone;
    };

    QByteArray fingerprint; // SitePass::fingerprint()
    // The release's row stamp (PublicationStamps::releases) and the fields of its
    // list row the press room uses (no text past the headline): while the stamp is the same,
    // the row is not read again.
    QString stamp;
    Release row;
    QString summary; // the lead as lists show it
    QStringList tags;
    QList<Quote> quotes;
    QList<qint64> events;
    QList<Contact> contacts;
    QStringList files;

    bool isEmpty() const { return fingerprint.isEmpty(); }
};

// The manifest's text, written as UTF-8: ManifestText { name } out, ManifestTextIn { name } in.
struct ManifestText
{
    const QString &text;
};
struct ManifestTextIn
{
    QString &text;
};
struct ManifestTexts
{
    const QStringList &texts;
};
struct ManifestTextsIn
{
    QStringList &texts;
};
QDataStream &operator<<(QDataStream &stream, const ManifestText &text);
QDataStream &operator>>(QDataStream &stream, ManifestTextIn text);
QDataStream &operator<<(QDataStream &stream, const ManifestTexts &texts);
QDataStream &operator>>(QDataStream &stream, ManifestTextsIn texts);

QDataStream &operator<<(QDataStream &stream, const SiteNote &note);
QDataStream &operator>>(QDataStream &stream, SiteNote &note);

} // namespace pressdesk
