#pragma once

#include "importrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pressdesk {

// IPTC ninjs news items (2.x; 1.x's headline, body_html and body_text too), one object or
// an array of them, as releases: the inverse of NinjsExporter. The uri is the external id
// (and "urn:uuid:…" gives the release its uuid back), the HTML body goes back to Markdown
// with the exported quotes taken out of it, quoted people and media contacts become
// proposed speakers.
class NinjsImporter final
{
public:
    struct Result
    {
        QList<ImportRecord> records;
        QString error; // empty when the file was read
        int line = 0; // where the error is
    };

    static Result read(const QByteArray &bytes, const QString &fileName);
    static ImportRecord fromItem(const QJsonObject &item);
};

} // namespace pressdesk
