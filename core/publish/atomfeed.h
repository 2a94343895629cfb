#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// An Atom 1.0 feed (RFC 4287) of a language's latest releases, with full content.
class AtomFeed final
{
public:
    struct Entry
    {
        QString id; // urn:uuid:…
        QString title;
        QString url; // absolute
        QDateTime published;
        QDateTime updated;
        QString summary;
        QString contentHtml;
        QStringList categories;
    };

    QString language;
    QString title;
    QString id;
    QString selfUrl;
    QString homeUrl;
    QString author;
    QString generator;
    QList<Entry> entries;

    QByteArray toXml() const;
    // Text without the characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/F).
    static QString xmlSafe(const QString &text);
};

} // namespace pressdesk
