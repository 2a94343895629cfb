#pragma once

#include "event.h"
#include "organization.h"
#include "release.h"
#include "speaker.h"

#include <QJsonObject>

namespace pressdesk::json {

// The stable JSON shapes of docs/cli.md. Keys are lower_snake_case and never renamed.
// The summary forms carry what lists show; the full forms everything a record has.
QJsonObject releaseSummary(const Release &release);
QJsonObject release(const Release &release);
QJsonObject speaker(const Speaker &speaker);
QJsonObject speakerSummary(const Speaker &speaker);
QJsonObject event(const Event &event);
QJsonObject eventSummary(const Event &event);
QJsonObject organization(const Organization &organization);
QJsonObject organizationSummary(const Organization &organization);

QString timestamp(const QDateTime &moment); // ISO 8601 UTC with Z, or empty

// Compact JSON text any JSON reader accepts: a lone UTF-16 surrogate in a string (text
// pasted from a broken source), which QJsonDocument writes as a \uD800 escape and
// PostgreSQL's jsonb refuses, becomes U+FFFD, as it does in the text columns.
QByteArray compact(const QJsonObject &object);

} // namespace pressdesk::json
