#pragma once

#include "domain/speaker.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QList>

namespace pressdesk {

// Speakers as vCard 4.0 (RFC 6350) cards, for the journalist's address book: FN, N,
// TITLE, ORG, EMAIL, TEL, LANG, NOTE and the photo as a data URI.
class VCardExporter final
{
public:
    static QByteArray render(const QList<Speaker> &speakers, const ExportContext &context);
};

} // namespace pressdesk
