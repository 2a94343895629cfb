#pragma once

#include "event.h"
#include "organization.h"
#include "release.h"
#include "speaker.h"

#include <QJsonObject>

namespace pressdesk::json {

// The inverse of domainjson.h: reads the full shapes back into domain values, for
// revision snapshots and autosaved drafts. Unknown keys are ignored and missing ones keep
// the value type's default. Drafts may carry binary images as "photo_base64" and
// "logo_base64", which the CLI shapes leave out.
Release releaseFromJson(const QJsonObject &object);
Speaker speakerFromJson(const QJsonObject &object);
Event eventFromJson(const QJsonObject &object);
Organization organizationFromJson(const QJsonObject &object);

QDateTime timestampFromJson(const QJsonValue &value);

} // namespace pressdesk::json
