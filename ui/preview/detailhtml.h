#pragma once

#include "domain/event.h"
#include "domain/organization.h"
#include "domain/release.h"
#include "domain/speaker.h"

#include <QPalette>
#include <QString>

namespace pressdesk {

// Read-only summaries for the detail pane. Every value is HTML-escaped; no remote
// resources are ever referenced. Colours come from the palette given (the application's
// by default), so render again when it changes.
class DetailHtml final
{
public:
    static QString release(const Release &release, const QPalette &palette = QPalette());
    static QString speaker(const Speaker &speaker, const QPalette &palette = QPalette());
    static QString event(const Event &event, const QPalette &palette = QPalette());
    static QString organization(const Organization &organization, const QPalette &palette = QPalette());
    static QString empty(const QString &message, const QPalette &palette = QPalette());
};

} // namespace pressdesk
