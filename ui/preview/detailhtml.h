#pragma once

#include "domain/event.h"
#include "domain/organization.h"
#include "domain/release.h"
#include "domain/speaker.h"

#include <QString>

namespace pressdesk {

// Read-only summaries for the detail pane. Every value is HTML-escaped; no remote
// resources are ever referenced.
class DetailHtml final
{
public:
    static QString release(const Release &release);
    static QString speaker(const Speaker &speaker);
    static QString event(const Event &event);
    static QString organization(const Organization &organization);
    static QString empty(const QString &message);
};

} // namespace pressdesk
