#pragma once

#include <QString>
#include <QStringList>

namespace pressdesk {

// One person a release can be sent to, resolved from the media contacts and lists.
struct Recipient
{
    qint64 contactId = 0; // 0 for an address given by hand (a test send)
    QString name;
    QString email;
    QStringList languages; // ISO 639-1 codes, most preferred first
    bool respectsEmbargoes = false;
};

} // namespace pressdesk
