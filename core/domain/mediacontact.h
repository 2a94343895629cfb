#pragma once

#include "validationissue.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pressdesk {

// A journalist, editor or partner's communications officer a release can be sent to.
// Languages are ISO 639-1 codes, most preferred first. A contact marked "do not contact"
// or bounced (with the date and the server's reply) never receives anything.
struct MediaContact
{
    qint64 id = 0;
    QString uuid; // given on the first save
    QString name;
    QString outlet;
    QString role;
    QStringList beats; // topics: "economy", "health"
    QStringList languages;
    QString country;
    QString email;
    QString phone;
    QString notes;
    bool doNotContact = false;
    QDateTime bouncedAt; // invalid while the address works
    QString bounceReply;
    bool respectsEmbargoes = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // bumped on every save; a save must start from the stored version

    bool isBounced() const { return bouncedAt.isValid(); }
    ValidationIssues validate() const;
    // Languages as typed ("ES, fr; en") to lower-case codes in order, without repeats.
    static QStringList normalizedLanguages(const QStringList &languages);
    // Beats as typed ("economy; trade, Health") trimmed, without repeats.
    static QStringList normalizedBeats(const QStringList &beats);
    // "a, b; c" to its parts.
    static QStringList splitList(const QString &text);
};

} // namespace pressdesk
