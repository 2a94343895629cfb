#pragma once

#include "importproblem.h"
#include "importrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

// Speakers from vCard files as Outlook, Gmail, Apple Contacts, Android and Thunderbird
// write them (2.1, 3.0 and 4.0; the syntax is VCardReader's): the inverse of VCardExporter.
// FN (or N) gives the name, N the sort name and honorific, TITLE (or ROLE) the title, ORG
// the organization (found or created by name), the preferred or work EMAIL and TEL, ADR's
// country, LANG in PREF order, NOTE the biography, PHOTO inline (base64 or a data: URI);
// a photo given as a link is kept in the notes, never fetched. The UID is the external id.
// A card without a name, or cut off by the end of the file, is skipped and listed in
// problems; a value that cannot be kept (an e-mail address that is not one, a language
// that is not a code, a photo over the size limit) is left out with a warning.
class VCardImporter final
{
public:
    struct Result
    {
        QList<ImportRecord> records;
        ImportProblems problems;
        QString error; // nothing at all could be read
        int line = 0;
    };

    static Result read(const QByteArray &bytes, const QString &fileName);
};

} // namespace pressdesk
