#pragma once

#include "domain/mediacontact.h"

#include <QByteArray>
#include <QList>

namespace pressdesk {

// Media contacts for other programs: vCard 4.0 (RFC 6350: FN, N, ORG as the outlet, TITLE
// as the role, EMAIL, TEL, LANG in order of preference, ADR's country, CATEGORIES as the
// beats, NOTE) and CSV (UTF-8, a header row in the field keys ContactImporter matches, so
// an exported list reads back as it was).
class ContactExporter final
{
public:
    static QByteArray vcard(const QList<MediaContact> &contacts);
    static QByteArray csv(const QList<MediaContact> &contacts);
    static QStringList csvColumns();
};

} // namespace pressdesk
