#pragma once

#include "domain/event.h"
#include "domain/release.h"
#include "domain/speaker.h"
#include "storage/entity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// Who a quote is by, as proposed: an existing speaker (existingId), a new one described by
// name, title and organization, or nobody (both empty: the quote stays in the body only).
struct ProposedSpeaker
{
    qint64 existingId = 0;
    QString fullName;
    QString title;
    QString organization;
    QString email;
    QString phone;

    bool isNone() const { return existingId == 0 && fullName.trimmed().isEmpty(); }
};

struct ProposedQuote
{
    QString text;
    QString attribution; // as printed, after the name
    ProposedSpeaker speaker;
};

enum class ImportAction { Create, Update, Skip };

// One record an import would write: a release (with its quotes' speakers), a speaker or an
// event, where it came from, and what to do when it is already in the database.
struct ImportRecord
{
    Entity entity = Entity::Release;
    QString file;
    int line = 0;
    QString externalScheme; // "ninjs", "ical", "vcard"; empty when the format has no ids
    QString externalId;

    Release release;
    QList<ProposedQuote> quotes;
    QString originalText; // releases split from text: kept with the release
    QString originalFormat; // "text", "md", "html"
    QList<ProposedSpeaker> contacts; // media contacts, matched or created like quoted speakers
    QStringList eventNames; // linked events, matched by name ("4th Congress …")
    QString issuerName; // issuing organization; ours when it matches or is empty

    Speaker speaker;
    QString organizationName; // the speaker's organization, found or created by name

    Event event;
    QString organizerName; // the event's organizer, found or created by name
    QString organizerWebsite;

    // Set by DuplicateFinder.
    qint64 duplicateOf = 0;
    QString duplicateReason;
    ImportAction action = ImportAction::Create;

    QString label() const;
    QString entityKey() const;
};

} // namespace pressdesk
