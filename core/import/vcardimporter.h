#pragma once

#include "importrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

// Speakers from vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) files, and 2.1 where it is easy:
// the inverse of VCardExporter. N gives the sort name and honorific, ORG the organization
// (found or created by name), ADR's country, LANG in PREF order, NOTE the biography,
// PHOTO as a data: URI (4.0) or inline base64 (3.0). The UID is the external id.
class VCardImporter final
{
public:
    struct Result
    {
        QList<ImportRecord> records;
        QString error;
        int line = 0;
    };

    static Result read(const QByteArray &bytes, const QString &fileName);
};

} // namespace pressdesk
