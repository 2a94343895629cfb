#pragma once

#include "domain/release.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QJsonObject>

namespace pressdesk {

// A release as an IPTC ninjs 2.2 news item, for newsrooms and wire systems. Valid against
// the ninjs 2.2 JSON schema (tests/data/ninjs-schema_2.2.json).
class NinjsExporter final
{
public:
    static QJsonObject item(const Release &release, const ExportContext &context);
    static QByteArray render(const Release &release, const ExportContext &context);
};

} // namespace pressdesk
